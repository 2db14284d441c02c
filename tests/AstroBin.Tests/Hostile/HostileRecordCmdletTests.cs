using static AstroBin.Tests.Hostile.HostileLists;

namespace AstroBin.Tests.Hostile;

/// <summary>
/// Search-AstroBinImage over 30 records of which four do not fit the model (0.1.0 returned 0 of 30 after four
/// retries, blaming the base URI): 26 images and four AstroBinRecordUnreadable errors, each in its place.
/// </summary>
public sealed class HostileRecordCmdletTests
{
    [Fact]
    public async Task Search_writes_every_readable_record_and_one_error_naming_the_field_for_each_other_in_its_place()
    {
        var odd = UnfitRecords;
        await using var server = await StartListWithUnfitRecordsAsync();

        var lines = await ChildPwsh.RunAsync(server,
            "Set-AstroBinConfiguration -MaxRetry 4",
            "Search-AstroBinImage -ErrorAction Continue 2>&1 | ForEach-Object { if ($_ -is [System.Management.Automation.ErrorRecord]) "
            + "{ 'ERROR {0} {1} {2} {3}' -f $_.FullyQualifiedErrorId.Split(',')[0], $_.CategoryInfo.Category, $_.TargetObject.Offset, $_.TargetObject.Field; 'MESSAGE ' + $_.ErrorDetails.Message } "
            + "else { 'IMAGE ' + $_.Id } }");

        var expected = Enumerable.Range(0, 30).Select(n => odd.ContainsKey(n)
            ? "ERROR AstroBinRecordUnreadable InvalidData " + n + " $." + odd[n].Split('"')[1]
            : "IMAGE " + n);
        Assert.Equal(expected, lines.Where(line => line.StartsWith("IMAGE ", StringComparison.Ordinal) || line.StartsWith("ERROR ", StringComparison.Ordinal)));
        var message = lines.First(line => line.StartsWith("MESSAGE ", StringComparison.Ordinal));
        Assert.Contains("offset 2 of image/", message);
        Assert.Contains("$.w", message);
        Assert.DoesNotContain("base URI", message);
        Assert.Equal(2, server.Requests.Count);
    }
}
