using System.Management.Automation;
using System.Text.RegularExpressions;
using AstroBin.Errors;
using AstroBin.Tests.Hostile;

namespace AstroBin.Tests.Errors;

/// <summary>
/// The error catalogue and the code agree: every error id the source writes (a string literal "AstroBin...", the
/// way every id is written) is catalogued with the category the code gives it, and every catalogued id is written.
/// </summary>
public class ErrorCatalogueTests
{
    // A string literal that names an AstroBin error id. Cmdlet nouns ([Cmdlet(Verbs..., "AstroBinImage")]) and
    // type names in doc comments (cref="AstroBinException") are the only other literals of this shape.
    private static readonly Regex IdLiteral = new("\"(AstroBin[A-Z][A-Za-z0-9]*)\"", RegexOptions.Compiled);
    private static readonly Regex CmdletAttribute = new(@"\[Cmdlet\(\s*Verbs\w+\.\w+\s*,\s*""AstroBin\w+""", RegexOptions.Compiled);
    private static readonly Regex Cref = new(@"cref=""AstroBin\w+""", RegexOptions.Compiled);

    // Tags of the Information stream (AstroBinSyncSummary) are not error ids.
    private static readonly Regex InformationCall = new(@"WriteInformation\([^;]*;", RegexOptions.Compiled | RegexOptions.Singleline);
    // Where the code gives an id its category: Create("AstroBinX", ErrorCategory.Y ...) and ("AstroBinX", ErrorCategory.Y).
    private static readonly Regex IdWithCategory = new(@"""(AstroBin[A-Z][A-Za-z0-9]*)""\s*,\s*ErrorCategory\.(\w+)", RegexOptions.Compiled);
    private static readonly Regex NamedIdWithCategory = new(@"ApiKeyLookup\.(\w+ErrorId)\s*,\s*ErrorCategory\.(\w+)", RegexOptions.Compiled);

    private static readonly string Source = Path.Combine(ChildPwsh.RepositoryRoot(), "src");
    private static readonly string CatalogueFile = Path.Combine(Source, "AstroBin", "Errors", "ErrorCatalogue.cs");

    /// <summary>The error-id literals of the given C# text (comments' crefs, cmdlet nouns and Information-stream tags left out).</summary>
    internal static IEnumerable<string> IdsWritten(string code)
    {
        var cleaned = InformationCall.Replace(Cref.Replace(CmdletAttribute.Replace(code, string.Empty), string.Empty), string.Empty);
        return IdLiteral.Matches(cleaned).Select(match => match.Groups[1].Value);
    }

    private static Dictionary<string, List<string>> IdsInSource()
    {
        var found = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var file in Directory.EnumerateFiles(Source, "*.cs", SearchOption.AllDirectories))
        {
            if (file == CatalogueFile || file.Contains(Path.DirectorySeparatorChar + "obj" + Path.DirectorySeparatorChar)) continue;
            foreach (var id in IdsWritten(File.ReadAllText(file)))
            {
                if (!found.TryGetValue(id, out var files)) found[id] = files = new List<string>();
                files.Add(Path.GetRelativePath(Source, file));
            }
        }
        return found;
    }

    [Fact]
    public void Every_id_the_code_writes_is_catalogued()
    {
        var catalogued = ErrorCatalogue.Entries.Select(entry => entry.Id).ToHashSet(StringComparer.Ordinal);
        var missing = IdsInSource().Where(pair => !catalogued.Contains(pair.Key))
            .Select(pair => pair.Key + " (" + string.Join(", ", pair.Value.Distinct()) + ")").ToList();
        Assert.True(missing.Count == 0, "Written but not in src/AstroBin/Errors/ErrorCatalogue.cs (add one line each): " + string.Join("; ", missing));
    }

    [Fact]
    public void Every_catalogued_id_is_written_somewhere()
    {
        var written = IdsInSource();
        var unused = ErrorCatalogue.Entries.Select(entry => entry.Id).Where(id => !written.ContainsKey(id)).ToList();
        Assert.True(unused.Count == 0, "In the catalogue but written nowhere in src/ (remove them): " + string.Join(", ", unused));
    }

    [Fact]
    public void Each_id_is_catalogued_once_with_what_to_do()
    {
        var ids = ErrorCatalogue.Entries.Select(entry => entry.Id).ToList();
        Assert.Equal(ids.Count, ids.Distinct(StringComparer.Ordinal).Count());
        foreach (var entry in ErrorCatalogue.Entries)
        {
            Assert.Matches("^AstroBin[A-Z][A-Za-z0-9]+$", entry.Id);
            Assert.NotEmpty(entry.Categories);
            Assert.False(string.IsNullOrWhiteSpace(entry.When), entry.Id + " says when");
            Assert.False(string.IsNullOrWhiteSpace(entry.WhatToDo), entry.Id + " says what to do");
            Assert.False(string.IsNullOrWhiteSpace(entry.Cmdlets), entry.Id + " names its cmdlets");
        }
    }

    [Fact]
    public void The_cmdlets_named_are_the_modules()
    {
        var exported = typeof(ErrorCatalogue).Assembly.GetTypes()
            .Select(type => type.GetCustomAttributes(typeof(CmdletAttribute), false).Cast<CmdletAttribute>().FirstOrDefault())
            .Where(attribute => attribute != null).Select(attribute => attribute!.VerbName + "-" + attribute.NounName).ToHashSet();
        foreach (var entry in ErrorCatalogue.Entries)
        {
            foreach (var name in entry.Cmdlets.Split(", ").Where(name => name != ErrorCatalogue.AnyApiCmdlet))
            {
                Assert.True(exported.Contains(name), entry.Id + " names '" + name + "', which is not a cmdlet of the module");
            }
        }
    }

    [Fact]
    public void The_code_gives_each_id_a_category_the_catalogue_lists()
    {
        var categories = ErrorCatalogue.Entries.ToDictionary(entry => entry.Id, entry => entry.Categories);
        var named = new Dictionary<string, string>
        {
            ["MissingErrorId"] = AstroBin.State.ApiKeyLookup.MissingErrorId,
            ["InvalidErrorId"] = AstroBin.State.ApiKeyLookup.InvalidErrorId,
            ["InsecureFileErrorId"] = AstroBin.State.ApiKeyLookup.InsecureFileErrorId,
        };
        var wrong = new List<string>();
        foreach (var file in Directory.EnumerateFiles(Source, "*.cs", SearchOption.AllDirectories).Where(file => file != CatalogueFile))
        {
            var code = File.ReadAllText(file);
            var uses = IdWithCategory.Matches(code).Select(match => (Id: match.Groups[1].Value, Category: match.Groups[2].Value))
                .Concat(NamedIdWithCategory.Matches(code).Select(match => (Id: named[match.Groups[1].Value], Category: match.Groups[2].Value)));
            foreach (var (id, category) in uses)
            {
                if (categories.TryGetValue(id, out var listed) && !listed.Any(known => known.ToString() == category))
                    wrong.Add(id + " is written as " + category + " in " + Path.GetFileName(file));
            }
        }
        Assert.True(wrong.Count == 0, "Categories the catalogue does not list: " + string.Join("; ", wrong));
    }

    [Fact]
    public void The_scan_finds_ids_and_skips_nouns_and_crefs()
    {
        const string code = """
            /// <see cref="AstroBinException"/>
            [Cmdlet(VerbsCommon.Get, "AstroBinImage", HelpUri = HelpLinks.Pages + "Get-AstroBinImage.md")]
            WriteError(ErrorRecords.Create("AstroBinSomethingNew", ErrorCategory.InvalidData, message, null));
            """;
        Assert.Equal(new[] { "AstroBinSomethingNew" }, IdsWritten(code).ToArray());
    }
}
