using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using AstroBin.Api.Json;
using AstroBin.Emulator.Data;
using AstroBin.Sync;
using AstroBin.Tests.Sync;
using Xunit.Abstractions;

namespace AstroBin.Tests.Gallery;

/// <summary>
/// A photographer's portfolio (the emulator's <see cref="ImageChanges.AddPortfolio"/>: revisions with a final one,
/// solved and unsolved images, long and non-Latin titles, a hostile description) synced for real with -IncludeRevision
/// and the Gallery and Regular sizes, then its gallery opened from disk in headless Chromium.
/// </summary>
public sealed class PortfolioGalleryTests(PortfolioGalleryTests.SyncedPortfolio portfolio, ITestOutputHelper output)
    : IClassFixture<PortfolioGalleryTests.SyncedPortfolio>
{
    public const string Owner = "portfolio_owner";

    /// <summary>One sync of the portfolio, shared by the tests (they only read it).</summary>
    public sealed class SyncedPortfolio : IAsyncLifetime
    {
        private readonly SyncRig rig = new();

        public string Folder { get; } = SyncRig.NewFolder();

        public IReadOnlyList<string> Ids { get; private set; } = [];

        /// <summary>The image records on disk by id.</summary>
        public Dictionary<string, Image> Records { get; } = new(StringComparer.Ordinal);

        /// <summary>Each image's revision records on disk, with the folder (relative, '/') they are in.</summary>
        public Dictionary<string, List<(ImageRevision Record, string Folder)>> Revisions { get; } = new(StringComparer.Ordinal);

        public SyncManifest Manifest { get; private set; } = null!;

        public async Task InitializeAsync()
        {
            await rig.InitializeAsync();
            Ids = rig.Server.Data.Changes.AddPortfolio(Owner);
            var results = await rig.SyncUserAsync(Folder, Owner, includeRevisions: true, sizes: [ImageSize.Gallery, ImageSize.Regular]);
            Assert.All(results, result => Assert.Equal(SyncAction.Added, result.Action));
            SyncGallery.Write(Folder, SyncManifest.Load(Folder));
            Manifest = SyncManifest.Load(Folder);
            foreach (var image in Manifest.Images)
            {
                Records[image.ImageId] = JsonSerializer.Deserialize(File.ReadAllBytes(Path.Combine(Folder, image.Folder, SyncLayout.ImageRecordName)), AstroBinJsonContext.Default.Image)!;
                Revisions[image.ImageId] = image.Files.Where(file => file.Path.EndsWith("/" + SyncLayout.RevisionRecordName, StringComparison.Ordinal))
                    .Select(file => (JsonSerializer.Deserialize(File.ReadAllBytes(Path.Combine(Folder, file.Path)), AstroBinJsonContext.Default.ImageRevision)!,
                        file.Path[..file.Path.LastIndexOf('/')]))
                    .ToList();
            }
        }

        public async Task DisposeAsync()
        {
            await rig.DisposeAsync();
            Directory.Delete(Folder, recursive: true);
        }
    }

    private string Index => Path.Combine(portfolio.Folder, GalleryPage.FileName);

    private string PageOf(string id) => Path.Combine(portfolio.Folder, GalleryPage.PagesFolder, id + ".html");

    /// <summary>The ids of the cards, in the grid's order, and those without the hidden attribute.</summary>
    private const string CardsScript = """
        ({
          order: Array.from(document.querySelectorAll('#grid > article[data-image]')).map(card => card.dataset.image),
          shown: Array.from(document.querySelectorAll('#grid > article[data-image]')).filter(card => !card.hasAttribute('hidden')).map(card => card.dataset.image),
          visible: Array.from(document.querySelectorAll('#grid > article[data-image]')).filter(card => card.getBoundingClientRect().height > 0).map(card => card.dataset.image),
          hash: location.hash
        })
        """;

    [Fact]
    public async Task A_card_shows_the_final_revision_and_the_image_page_lists_every_revision()
    {
        var finals = portfolio.Records.Values.Where(image => !image.IsFinal).ToList();
        Assert.Equal(2, finals.Count);
        await using var chromium = await HeadlessChromium.StartAsync(1400, 900, fileAccess: true);
        await chromium.OpenAsync(Index);
        foreach (var image in finals)
        {
            var final = Assert.Single(portfolio.Revisions[image.ImageId], revision => revision.Record.IsFinal);
            var original = portfolio.Manifest.Find(image.ImageId)!.Folder;
            // The card's picture, decoded, against the final revision's file on disk of the same rendering (and not the original's).
            var compare = await chromium.EvaluateAsync($$"""
                (async () => {
                  const img = document.querySelector('article[data-image="{{image.ImageId}}"] img');
                  await img.decode();
                  const name = decodeURIComponent(img.currentSrc.split('/').pop());
                  const pixels = async source => {
                    const picture = new Image();
                    picture.src = source;
                    await picture.decode();
                    const canvas = document.createElement('canvas');
                    canvas.width = picture.naturalWidth; canvas.height = picture.naturalHeight;
                    const context = canvas.getContext('2d');
                    context.drawImage(picture, 0, 0);
                    return Array.from(context.getImageData(0, 0, canvas.width, canvas.height).data).join(',');
                  };
                  const base = location.href.replace(/index\.html.*$/, '');
                  const shown = await pixels(img.currentSrc);
                  return {
                    name,
                    sameAsFinal: shown === await pixels(base + {{JsonSerializer.Serialize(final.Folder)}}.split('/').map(encodeURIComponent).join('/') + '/' + encodeURIComponent(name)),
                    sameAsOriginal: shown === await pixels(base + {{JsonSerializer.Serialize(original)}}.split('/').map(encodeURIComponent).join('/') + '/' + encodeURIComponent(name)),
                    badge: document.querySelector('article[data-image="{{image.ImageId}}"] .badge').textContent
                  };
                })()
                """);
            output.WriteLine(compare!.ToJsonString());
            Assert.Equal(image.ImageId + "_regular.png", compare["name"]!.GetValue<string>());
            Assert.True(compare["sameAsFinal"]!.GetValue<bool>(), "the card does not show the final revision's file");
            Assert.False(compare["sameAsOriginal"]!.GetValue<bool>(), "the card shows the original upload");
            Assert.Equal("revision " + final.Record.Label, compare["badge"]!.GetValue<string>());
        }

        foreach (var (id, revisions) in portfolio.Revisions.Where(pair => pair.Value.Count > 0))
        {
            await chromium.OpenAsync(PageOf(id));
            var rows = (await chromium.EvaluateAsync("""
                Array.from(document.querySelectorAll('table.revisions tbody tr')).map(row => ({
                  label: row.dataset.revision, final: !!row.querySelector('.badge'), files: Array.from(row.querySelectorAll('a')).map(a => a.href) }))
                """))!.AsArray().Select(row => row!.AsObject()).ToList();
            Assert.Equal(["0", .. revisions.OrderBy(revision => revision.Record.Uploaded).Select(revision => revision.Record.Label!)], rows.Select(row => row["label"]!.GetValue<string>()));
            Assert.Equal([portfolio.Records[id].IsFinal, .. revisions.OrderBy(revision => revision.Record.Uploaded).Select(revision => revision.Record.IsFinal)],
                rows.Select(row => row["final"]!.GetValue<bool>()));
            // Each version links its two files in the folder.
            Assert.All(rows, row => Assert.Equal(2, row["files"]!.AsArray().Count));
        }
        Assert.All(chromium.RequestedUrls, url => Assert.StartsWith("file:///", url));
    }

    [Theory]
    [InlineData("m42")]
    [InlineData("Туманность")]
    [InlineData("zwo asi2400")]
    [InlineData("NGC")]
    public async Task Typing_a_search_and_opening_its_link_both_leave_exactly_the_matching_cards(string query)
    {
        var expected = portfolio.Records.Values
            .Where(image => Fold(string.Join("\n", new[] { image.Title! }.Concat(image.Subjects).Concat(image.ImagingTelescopes).Concat(image.ImagingCameras))).Contains(Fold(query), StringComparison.Ordinal))
            .Select(image => image.ImageId).Order(StringComparer.Ordinal).ToList();
        Assert.NotEmpty(expected);
        Assert.NotEqual(portfolio.Records.Count, expected.Count);

        await using var chromium = await HeadlessChromium.StartAsync(1400, 900);
        await chromium.OpenAsync(Index);
        var before = (await chromium.EvaluateAsync(CardsScript))!;
        Assert.Equal(portfolio.Records.Count, before["shown"]!.AsArray().Count);

        await chromium.TypeAsync("#q", query);
        var typed = (await chromium.EvaluateAsync(CardsScript))!;
        Assert.Equal(expected, Ids(typed["shown"]).Order(StringComparer.Ordinal));
        Assert.Equal(expected, Ids(typed["visible"]).Order(StringComparer.Ordinal));
        Assert.Equal("#q=" + Uri.EscapeDataString(query), typed["hash"]!.GetValue<string>());

        // The same state from a link: a fresh load of index.html#q=...
        await chromium.OpenAsync(Index, "q=" + Uri.EscapeDataString(query));
        var linked = (await chromium.EvaluateAsync(CardsScript + ".shown.concat([document.getElementById('q').value])"))!.AsArray().Select(node => node!.GetValue<string>()).ToList();
        Assert.Equal(query, linked[^1]);
        Assert.Equal(expected, linked.SkipLast(1).Order(StringComparer.Ordinal));
        Assert.All(chromium.RequestedUrls, url => Assert.StartsWith("file:///", url));
    }

    [Fact]
    public async Task Subject_and_year_filters_and_sorting_work_from_the_fragment_and_the_controls()
    {
        await using var chromium = await HeadlessChromium.StartAsync(1400, 900);
        await chromium.OpenAsync(Index, "subject=" + Uri.EscapeDataString("M 45") + "&year=2024");
        var expected = portfolio.Records.Values.Where(image => image.Subjects.Contains("M 45") && image.Uploaded!.Value.Year == 2024).Select(image => image.ImageId).ToList();
        Assert.Single(expected);
        Assert.Equal(expected, Ids((await chromium.EvaluateAsync(CardsScript))!["shown"]));

        await chromium.OpenAsync(Index, "year=2025");
        Assert.Equal(portfolio.Records.Values.Where(image => image.Uploaded!.Value.Year == 2025).Select(image => image.ImageId).Order(StringComparer.Ordinal),
            Ids((await chromium.EvaluateAsync(CardsScript))!["shown"]).Order(StringComparer.Ordinal));

        // Default: newest upload first. Then most likes first, chosen in the control; then oldest first from a link.
        await chromium.OpenAsync(Index);
        Assert.Equal(portfolio.Records.Values.OrderByDescending(image => image.Uploaded).Select(image => image.ImageId), Ids((await chromium.EvaluateAsync(CardsScript))!["order"]));
        await chromium.EvaluateAsync("(() => { const sort = document.getElementById('sort'); sort.value = 'likes'; sort.dispatchEvent(new Event('change')); })()");
        var byLikes = (await chromium.EvaluateAsync(CardsScript))!;
        Assert.Equal(portfolio.Records.Values.OrderByDescending(image => image.Likes).Select(image => image.ImageId), Ids(byLikes["order"]));
        Assert.Equal("#sort=likes", byLikes["hash"]!.GetValue<string>());
        await chromium.OpenAsync(Index, "sort=old");
        Assert.Equal(portfolio.Records.Values.OrderBy(image => image.Uploaded).Select(image => image.ImageId), Ids((await chromium.EvaluateAsync(CardsScript))!["order"]));
    }

    [Fact]
    public async Task The_pages_load_only_their_own_files_and_their_policy_blocks_an_injected_script()
    {
        await using var chromium = await HeadlessChromium.StartAsync(1400, 900);
        const string Inject = """
            (async () => {
              const script = document.createElement('script');
              script.textContent = 'window.injectedRan = true';
              document.body.appendChild(script);
              await new Promise(resolve => setTimeout(resolve, 50));
              return {
                injected: window.injectedRan === true,
                policy: document.querySelector('meta[http-equiv="Content-Security-Policy"]').content,
                pwned: typeof window.galleryPwned !== 'undefined'
              };
            })()
            """;
        foreach (var page in new[] { Index, PageOf(portfolio.Ids[4]), Path.Combine(portfolio.Folder, GalleryPage.PagesFolder, "sky.html") })
        {
            await chromium.OpenAsync(page);
            var state = (await chromium.EvaluateAsync(Inject))!;
            Assert.False(state["injected"]!.GetValue<bool>(), "an injected inline script ran in " + page);
            Assert.False(state["pwned"]!.GetValue<bool>());
            var policy = state["policy"]!.GetValue<string>();
            Assert.Matches("script-src 'sha256-[A-Za-z0-9+/=]{44}';", policy);
            Assert.DoesNotContain("http", policy, StringComparison.Ordinal);
            Assert.DoesNotContain("unsafe", policy, StringComparison.Ordinal);
        }
        var requested = chromium.RequestedUrls;
        Assert.NotEmpty(requested);
        Assert.All(requested, url => Assert.StartsWith("file:///", url));
        Assert.All(requested, url => Assert.StartsWith(new Uri(portfolio.Folder).AbsoluteUri + "/", url));
    }

    [Fact]
    public async Task The_sky_map_has_one_linked_field_per_solved_image_where_the_projection_puts_it()
    {
        // The formula again, independently of the module's: Hammer-Aitoff, RA 0h at the centre, RA increasing to the left.
        static (double X, double Y) Hammer(double ra, double dec)
        {
            var lambda = (ra > 180 ? ra - 360 : ra) * Math.PI / 180;
            var phi = dec * Math.PI / 180;
            var scale = Math.Sqrt(1 + Math.Cos(phi) * Math.Cos(lambda / 2));
            return (-2 * Math.Sqrt(2) * Math.Cos(phi) * Math.Sin(lambda / 2) / scale, Math.Sqrt(2) * Math.Sin(phi) / scale);
        }
        Assert.Equal((0, 0), Hammer(0, 0));
        Assert.Equal(Math.Sqrt(2), Hammer(0, 90).Y, 9);
        Assert.Equal(-2 * Math.Sqrt(2), Hammer(179.999999, 0).X, 5);
        Assert.Equal(-2 / Math.Sqrt(1 + Math.Sqrt(0.5)), Hammer(90, 0).X, 9);
        Assert.True(Hammer(270, 0).X > 0, "RA 18h is right of the centre");

        await using var chromium = await HeadlessChromium.StartAsync(1400, 900);
        await chromium.OpenAsync(Path.Combine(portfolio.Folder, GalleryPage.PagesFolder, "sky.html"));
        var map = (await chromium.EvaluateAsync("""
            (() => {
              const box = element => { const r = element.getBoundingClientRect(); return { x: r.x + r.width / 2, y: r.y + r.height / 2, w: r.width, h: r.height }; };
              return {
                outline: box(document.querySelector('svg .outline')),
                fields: Array.from(document.querySelectorAll('svg a[data-image]')).map(link => ({
                  id: link.dataset.image, href: link.getAttribute('href'), title: link.querySelector('title').textContent, ...box(link.querySelector('circle')) })),
                stars: document.querySelectorAll('svg .star').length,
                text: document.body.innerText
              };
            })()
            """))!;
        var solved = portfolio.Records.Values.Where(image => image.IsSolved && image.Ra.HasValue).ToList();
        Assert.Equal(7, solved.Count);
        var fields = map["fields"]!.AsArray().Select(field => field!.AsObject()).ToList();
        Assert.Equal(solved.Select(image => image.ImageId).Order(StringComparer.Ordinal), fields.Select(field => field["id"]!.GetValue<string>()).Order(StringComparer.Ordinal));
        var outline = map["outline"]!;
        double centreX = outline["x"]!.GetValue<double>(), centreY = outline["y"]!.GetValue<double>();
        var unit = outline["w"]!.GetValue<double>() / 2 / (2 * Math.Sqrt(2));
        Assert.Equal(outline["w"]!.GetValue<double>() / 2, outline["h"]!.GetValue<double>(), 1);
        foreach (var image in solved)
        {
            var field = fields.Single(candidate => candidate["id"]!.GetValue<string>() == image.ImageId);
            var (x, y) = Hammer(image.Ra!.Value, image.Dec!.Value);
            output.WriteLine($"{image.ImageId} RA {image.Ra} Dec {image.Dec}: expected ({centreX + x * unit:0.0}, {centreY - y * unit:0.0}), drawn ({field["x"]}, {field["y"]})");
            Assert.InRange(field["x"]!.GetValue<double>(), centreX + x * unit - 1, centreX + x * unit + 1);
            Assert.InRange(field["y"]!.GetValue<double>(), centreY - y * unit - 1, centreY - y * unit + 1);
            Assert.Equal(image.ImageId + ".html", field["href"]!.GetValue<string>());
            Assert.StartsWith(image.Title!, field["title"]!.GetValue<string>(), StringComparison.Ordinal);
        }
        Assert.True(map["stars"]!.GetValue<int>() >= 50, "the reference stars are drawn");
        Assert.Contains("2 without a solution, not plotted", map["text"]!.GetValue<string>());
        Assert.All(chromium.RequestedUrls, url => Assert.StartsWith("file:///", url));
    }

    [Fact]
    public async Task A_hostile_description_is_text_with_only_its_http_links_live()
    {
        var hostile = portfolio.Records.Values.Single(image => image.Description == ImageChanges.HostileDescription);
        await using var chromium = await HeadlessChromium.StartAsync(1400, 900);
        await chromium.OpenAsync(PageOf(hostile.ImageId));
        var state = (await chromium.EvaluateAsync("""
            (() => {
              const description = document.querySelector('section.description');
              return {
                text: description.innerText,
                elements: Array.from(description.querySelectorAll('*')).map(element => element.tagName + ' ' + (element.getAttribute('href') || '')),
                links: Array.from(document.querySelectorAll('a[href]')).map(a => a.getAttribute('href')),
                pwned: typeof window.galleryPwned !== 'undefined'
              };
            })()
            """))!;
        output.WriteLine(state.ToJsonString());
        Assert.False(state["pwned"]!.GetValue<bool>());
        Assert.Equal(["A https://example.org/m51-notes", "A https://example.com/wide"], state["elements"]!.AsArray().Select(node => node!.GetValue<string>()));
        var text = state["text"]!.GetValue<string>();
        Assert.Contains("Clear skies.\nclick me (javascript:window.galleryPwned=true)", text);
        Assert.Contains("or me (javascript:window.galleryPwned=true)", text);
        Assert.Contains("data (data:text/html,", text);
        Assert.Contains("\nNotes at https://example.org/m51-notes and the wide field (https://example.com/wide).", text);
        Assert.All(state["links"]!.AsArray().Select(node => node!.GetValue<string>()),
            href => Assert.Matches("^(https://|\\.\\./|[a-z0-9]+\\.html$|sky\\.html$)", href));
    }

    [Fact]
    public async Task Screenshots_of_the_grid_an_image_page_and_the_sky_map_at_desktop_and_phone_sizes()
    {
        var withRevision = portfolio.Records.Values.First(image => !image.IsFinal);
        await using var chromium = await HeadlessChromium.StartAsync(1400, 900);
        foreach (var (width, height, device) in new[] { (1400, 900, "desktop"), (390, 844, "phone") })
        {
            await chromium.ResizeAsync(width, height);
            foreach (var (page, name) in new[] { (Index, "grid"), (PageOf(withRevision.ImageId), "image"), (Path.Combine(portfolio.Folder, GalleryPage.PagesFolder, "sky.html"), "sky") })
            {
                await chromium.OpenAsync(page);
                var layout = (await chromium.EvaluateAsync("({ width: document.documentElement.scrollWidth, images: Array.from(document.images).every(image => image.complete && image.naturalWidth > 0) })"))!;
                // Nothing wider than the screen: no sideways scrolling on a phone.
                Assert.True(layout["width"]!.GetValue<int>() <= width, $"{name} at {width}px is {layout["width"]} wide");
                Assert.True(layout["images"]!.GetValue<bool>(), $"{name} at {width}px has an image that did not load");
                var png = await chromium.ScreenshotAsync();
                Assert.True(png.Length > 10_000);
                output.WriteLine("screenshot: " + GalleryBrowserTests.KeepScreenshot(png, $"{name}-{device}.png"));
            }
        }
        // The README's picture: the first screen of the grid, at 70 %, small enough to commit (docs/images/gallery.png).
        await chromium.ResizeAsync(1400, 900);
        await chromium.OpenAsync(Index);
        var readme = await chromium.ScreenshotAsync(window: true, scale: 0.7);
        Assert.InRange(readme.Length, 20_000, 150_000);
        output.WriteLine("screenshot: " + GalleryBrowserTests.KeepScreenshot(readme, "readme-gallery.png"));
    }

    private static string Fold(string text) => Regex.Replace(text.ToLowerInvariant(), @"\s+", "");

    private static List<string> Ids(JsonNode? array) => array!.AsArray().Select(node => node!.GetValue<string>()).ToList();
}
