using AstroBin.Api.Downloads;
using AstroBin.Api.Errors;
using AstroBin.State;
using AstroBin.Tests.Sync;
using Xunit;

namespace AstroBin.Tests.Hostile;

/// <summary>
/// Issue 15 items 3 and 8 for Save-AstroBinImage, which shares the downloader with sync: only whole files of the
/// allowed image types are saved, by content type and by bytes; a file host's redirect to a scheme it does not
/// serve is told as what it is.
/// </summary>
[Collection("Session configuration")]
public sealed class HostileSaveTests : IAsyncLifetime
{
    private readonly string parent = SyncRig.NewFolder();
    private readonly HostileArchive archive = new();
    private HostileServer server = null!;

    private string Folder => Path.Combine(parent, "saved");

    public async Task InitializeAsync()
    {
        server = await HostileServer.StartAsync(archive.Answer);
        Directory.CreateDirectory(Folder);
        File.WriteAllText(Path.Combine(parent, "beside.txt"), "the user's");
        File.WriteAllText(Path.Combine(Folder, "abc123_hd.png"), "an earlier file the user keeps");
    }

    public async Task DisposeAsync()
    {
        await server.DisposeAsync();
        Directory.Delete(parent, recursive: true);
    }

    [Theory]
    [InlineData("image/html", "<html><script>alert(1)</script></html>")]
    [InlineData("image/svg+xml", "<svg xmlns='http://www.w3.org/2000/svg'><script>alert(1)</script></svg>")]
    [InlineData("image/x-desktop", "[Desktop Entry]")]
    [InlineData("application/x-msdownload", "MZ")]
    [InlineData("image/png", "<html><script>alert(1)</script></html>")]
    [InlineData("image/png; name=../../x", "<svg/>")]
    [InlineData("image/jpeg", "\u0089PNG\r\n\u001a\n not a jpeg")]
    public void Save_refuses_a_file_that_is_not_an_allowed_image_and_leaves_everything_as_it_was(string contentType, string body)
    {
        archive.Files["evil"] = (contentType, System.Text.Encoding.UTF8.GetBytes(body));
        var before = FileTree.Take(parent);

        var run = TestClients.Run(server, "-MaxRetry 0",
            "param($Url, $Folder) $image = [AstroBin.Image]@{ Id = 1; Hash = 'abc123' }; $image.UrlHd = $Url; $image | Save-AstroBinImage -Path $Folder -Force",
            new Uri(server.Root, "files/evil").AbsoluteUri, Folder);

        var error = Assert.Single(run.Errors);
        Assert.StartsWith("AstroBinNotAnImage,", error.FullyQualifiedErrorId);
        Assert.Contains(contentType, error.Exception.Message);
        Assert.Empty(run.Output);
        Assert.Equal(before.Entries, FileTree.Take(parent).Entries);
    }

    [Fact]
    public void Save_takes_the_media_type_of_a_content_type_with_parameters()
    {
        archive.Files["ok"] = ("image/png; name=../../x", HostileArchive.Png);

        var run = TestClients.Run(server, "-MaxRetry 0",
            "param($Url, $Folder) $image = [AstroBin.Image]@{ Id = 1; Hash = 'abc123' }; $image.UrlHd = $Url; $image | Save-AstroBinImage -Path $Folder -Force -PassThru",
            new Uri(server.Root, "files/ok").AbsoluteUri, Folder);

        Assert.Empty(run.Errors);
        Assert.Equal(HostileArchive.Png, File.ReadAllBytes(Path.Combine(Folder, "abc123_hd.png")));
        Assert.Equal(["abc123_hd.png"], Directory.GetFiles(Folder).Select(Path.GetFileName));
    }

    [Fact]
    public async Task A_file_hosts_redirect_to_https_it_does_not_serve_is_told_as_such()
    {
        var next = new Uri(server.Root.AbsoluteUri.Replace("http://", "https://", StringComparison.Ordinal) + "files/x");
        server.Handler = context =>
        {
            context.Response.StatusCode = 302;
            context.Response.Headers.Location = next.AbsoluteUri;
            return Task.CompletedTask;
        };
        var downloader = new ImageDownloader(ModuleState.Current.Http.CreateForDownloads("test", null),
            new DownloadOptions { StallTimeout = TimeSpan.FromSeconds(10), MaxRetry = 0 });

        var error = await Assert.ThrowsAsync<AstroBinNetworkException>(() =>
            downloader.DownloadAsync(new Uri(server.Root, "files/x"), Folder, "abc123", ImageSize.Hd, true, null, null, CancellationToken.None));

        Assert.Contains("The file host redirected '" + new Uri(server.Root, "files/x").AbsoluteUri + "' to '" + next.AbsoluteUri + "' (http to https), which could not be reached", error.Message);
        Assert.DoesNotContain("base URI", error.Message);
        Assert.Equal("an earlier file the user keeps", File.ReadAllText(Path.Combine(Folder, "abc123_hd.png")));
    }
}
