# The schema/ documents through the generic request cmdlet, against the emulator.
param(
    [Parameter(Mandatory)] [string] $ModulePath,
    [Parameter(Mandatory)] [string] $BaseUri,
    [Parameter(Mandatory)] [string] $ApiKey,
    [Parameter(Mandatory)] [string] $ApiSecret,
    [string] $EmulatorDll
)

BeforeAll {
    Import-Module $ModulePath -Force
    Set-AstroBinConfiguration -BaseUri $BaseUri
    Set-AstroBinApiKey -ApiKey $ApiKey -ApiSecret (ConvertTo-SecureString $ApiSecret -AsPlainText -Force)
}

Describe 'Invoke-AstroBinApi <resource>/schema/' {
    It 'returns the top pick schema as one object with its three fields' {
        $schema = @(Invoke-AstroBinApi toppick/schema/)
        $schema.Count | Should -Be 1
        $schema[0].default_limit | Should -Be 20
        $schema[0].allowed_list_http_methods | Should -Be 'get'
        @($schema[0].fields.PSObject.Properties.Name | Sort-Object) | Should -Be @('date', 'image', 'resource_uri')
        $schema[0].fields.image.type | Should -Be 'related'
        $schema[0].fields.image.related_schema | Should -Be '/api/v1/image/schema/'
        $schema[0].fields.resource_uri.readonly | Should -BeTrue
    }

    It 'names the image filters with tastypie''s ALL and ALL_WITH_RELATIONS constants' {
        $schema = Invoke-AstroBinApi image/schema
        $schema.filtering.title | Should -Be 1
        $schema.filtering.user | Should -Be 2
        $schema.ordering | Should -Be @('published', 'uploaded', 'title')
    }
}
