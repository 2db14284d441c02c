using System.Collections;
using System.Management.Automation;
using System.Management.Automation.Runspaces;
using System.Text;
using System.Xml;
using AstroBin.Api;

namespace AstroBin.Tests.Secrets;

/// <summary>
/// A runspace of this test process with the module imported from its assembly: what a host serving
/// several people from one process does. <see cref="Run"/> returns everything each stream carried.
/// </summary>
public sealed class ModuleRunspace : IDisposable
{
    /// <summary>A script prefix: the test key pair and the base URI given (no retries), for this runspace only, so that no other test sees them.</summary>
    public const string UseKeyHere = "param($BaseUri, $Key, $Secret) Set-AstroBinConfiguration -BaseUri $BaseUri -MaxRetry 0 -Scope Runspace; "
        + "Set-AstroBinApiKey -ApiKey $Key -ApiSecret (ConvertTo-SecureString $Secret -AsPlainText -Force) -Scope Runspace; ";

    private readonly Runspace runspace;

    public ModuleRunspace()
    {
        runspace = RunspaceFactory.CreateRunspace(InitialSessionState.CreateDefault2());
        runspace.Open();
        Run("param($Assembly) Import-Module -Assembly $Assembly", typeof(AstroBinClient).Assembly);
    }

    /// <summary>Runs <paramref name="script"/> with -Verbose and -Debug on; a terminating error is caught into <see cref="ScriptRun.Errors"/>.</summary>
    public ScriptRun Run(string script, params object[] arguments)
    {
        using var shell = PowerShell.Create(runspace);
        shell.AddScript("$VerbosePreference = 'Continue'; $DebugPreference = 'Continue'; $WarningPreference = 'Continue'").Invoke();
        shell.Commands.Clear();
        shell.AddScript(script);
        foreach (var argument in arguments) shell.AddArgument(argument);
        var output = new List<PSObject>();
        var errors = new List<ErrorRecord>();
        try
        {
            output.AddRange(shell.Invoke());
        }
        catch (RuntimeException ex)
        {
            errors.Add(ex.ErrorRecord);
        }
        errors.AddRange(shell.Streams.Error);
        return new ScriptRun(output, errors,
            shell.Streams.Warning.Select(w => w.Message).ToList(),
            shell.Streams.Verbose.Select(v => v.Message).Concat(shell.Streams.Debug.Select(d => d.Message)).Concat(shell.Streams.Information.Select(i => i.ToString())).ToList());
    }

    public void Dispose() => runspace.Dispose();
}

/// <summary>What one script wrote, stream by stream.</summary>
public sealed record ScriptRun(List<PSObject> Output, List<ErrorRecord> Errors, List<string> Warnings, List<string> Log)
{
    /// <summary>Every character any stream carried: output as text, XML and JSON, errors with their details and exceptions.</summary>
    public string AllText()
    {
        var text = new StringBuilder();
        foreach (var item in Output) text.AppendLine(item.BaseObject is XmlDocument xml ? xml.OuterXml : item.ToString());
        text.AppendLine(ToJson(Output.Where(o => o.BaseObject is not XmlDocument).ToArray()));
        foreach (var error in Errors)
        {
            text.AppendLine(error.ToString()).AppendLine(error.ErrorDetails?.Message).AppendLine(error.Exception.ToString())
                .AppendLine(error.CategoryInfo.ToString()).AppendLine(Convert.ToString(error.TargetObject));
            if (error.Exception is AstroBin.Api.Errors.AstroBinException api) text.AppendLine(api.RequestUri);
        }
        foreach (var line in Warnings.Concat(Log)) text.AppendLine(line);
        return text.ToString();
    }

    // Every property, nested, by PowerShell's own reading of the objects.
    private static string ToJson(PSObject[] values)
    {
        if (values.Length == 0) return string.Empty;
        using var shell = PowerShell.Create();
        shell.AddCommand("ConvertTo-Json").AddParameter("InputObject", values).AddParameter("Depth", 20).AddParameter("Compress");
        return string.Concat(shell.Invoke().Select(o => o.ToString()));
    }
}
