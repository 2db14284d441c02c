using AstroBin.Commands;

namespace AstroBin.Tests.Sync;

public sealed class SyncProgressTests
{
    [Fact]
    public void The_bar_counts_images_of_the_set_and_estimates_the_time_left()
    {
        var progress = new SyncProgress();
        Assert.Null(progress.Current());

        progress.Expect(10);
        progress.Seen();
        var start = progress.Current()!;
        Assert.Equal("0 of 10 images (0 fetched, 0 failed)", start.StatusDescription);
        Assert.Equal(-1, start.SecondsRemaining);

        // Unchanged images cost nothing: they say nothing about the time left.
        progress.Seen();
        progress.Done(SyncAction.Unchanged);
        Assert.Equal(-1, progress.Current()!.SecondsRemaining);

        foreach (var action in new[] { SyncAction.Added, SyncAction.Failed, SyncAction.Updated })
        {
            progress.Seen();
            progress.Queued();
        }
        Thread.Sleep(300);
        foreach (var action in new[] { SyncAction.Added, SyncAction.Failed, SyncAction.Updated }) progress.Done(action);
        var middle = progress.Current()!;

        Assert.Equal("Syncing AstroBin images", middle.Activity);
        Assert.Equal("4 of 10 images (2 fetched, 1 failed)", middle.StatusDescription);
        Assert.Equal(40, middle.PercentComplete);
        // 3 fetches in about 0.3 s, and 6 images unseen of which 3 of 4 so far needed a fetch: about 4.5 fetches, 0.45 s.
        Assert.InRange(middle.SecondsRemaining, 1, 5);
        Assert.Equal(1, progress.Count(SyncAction.Updated));
        Assert.Equal(1, progress.Count(SyncAction.Failed));
    }

    [Fact]
    public void Without_a_total_the_images_received_so_far_are_the_set()
    {
        var progress = new SyncProgress();
        progress.Seen();
        progress.Seen();
        progress.Done(SyncAction.Unchanged);

        Assert.Equal("1 of 2 images (0 fetched, 0 failed)", progress.Current()!.StatusDescription);
    }
}
