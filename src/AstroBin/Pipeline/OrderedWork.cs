using System;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using System.Threading;
using System.Threading.Tasks;
using AstroBin.Api;
using AstroBin.Api.Errors;

namespace AstroBin.Commands
{
    /// <summary>
    /// The one engine that turns piped input into requests, for Get-, Save- and Sync-AstroBinImage and the other
    /// lookup cmdlets: each item's work starts at once, up to MaxConcurrency at a time (the one concurrency setting);
    /// numbers (of images, image records and revision records) wait for a multi-get of up to 100, sent when full, or
    /// when the pipeline thread is about to wait for an item that may need one of them (numbers are added on the
    /// pipeline thread only, each item's just before the item is queued); hashes go through the session cache
    /// and its in-flight sharing; and every outcome is handed back on the pipeline thread in input order. The
    /// pipeline thread waits only through <see cref="AstroBinCmdlet.Wait"/> (log lines, Ctrl+C), never polls.
    /// </summary>
    internal sealed class OrderedWork : IDisposable
    {
        /// <summary>
        /// How many items may wait to be written before the pipeline thread waits for the oldest: enough for a full
        /// multi-get of numbers to gather, few enough that a long input never piles up in memory.
        /// </summary>
        private const int MostWaiting = 4 * AstroBinClient.MaxImageNumbersPerRequest;

        private readonly Queue<Queued> _queue = new Queue<Queued>();
        private readonly AstroBinCmdlet _host;
        private readonly SemaphoreSlim _slots;
        private NumberSet<Image>? _imageNumbers;
        private NumberSet<ApiRecord<Image>>? _imageRecordNumbers;
        private NumberSet<ApiRecord<ImageRevision>>? _revisionNumbers;
        private NumberSet<ImageRevision>? _revisions;

        public OrderedWork(AstroBinCmdlet host, int limit)
        {
            _host = host;
            Limit = Math.Max(1, limit);
            _slots = new SemaphoreSlim(Limit);
        }

        /// <summary>How many items' work runs at once.</summary>
        public int Limit { get; }

        private CancellationToken Stop => _host.StopToken;

        /// <summary>
        /// Queues an item: <paramref name="work"/>'s outcome is handed to <paramref name="write"/> on the pipeline thread,
        /// after every item queued before it; an exception to <paramref name="fail"/>, which says whether it handled it
        /// (else it is thrown). Ctrl+C ends the pipeline.
        /// </summary>
        public void Add<T>(Task<T> work, Action<T> write, Func<Exception, bool> fail)
        {
            _queue.Enqueue(new Queued(work, Marks(), () =>
            {
                T value;
                try
                {
                    value = work.GetAwaiter().GetResult();
                }
                catch (OperationCanceledException)
                {
                    throw new PipelineStoppedException();
                }
                catch (Exception ex)
                {
                    // Not an exception filter: fail may stop the command (a rejected key), and what a filter throws is lost.
                    if (fail(ex)) return;
                    throw;
                }
                write(value);
            }));
            if (_queue.Count >= MostWaiting) WriteOldest(inputEnded: false);
        }

        /// <summary>Runs <paramref name="start"/> when one of the <see cref="Limit"/> slots is free.</summary>
        public async Task<T> Limited<T>(Func<CancellationToken, Task<T>> start)
        {
            await _slots.WaitAsync(Stop).ConfigureAwait(false);
            try
            {
                return await start(Stop).ConfigureAwait(false);
            }
            finally
            {
                _slots.Release();
            }
        }

        /// <summary>
        /// An image by id: a number joins the next multi-get (100 a request); a hash is looked up alone (through the
        /// session cache), or taken from <paramref name="owned"/>, its owner's list, when that holds it.
        /// </summary>
        public Task<Image> Image(AstroBinClient client, string id, Task<IReadOnlyDictionary<string, Image>>? owned = null)
        {
            if (ImageNumbers.TryRead(id, out var number))
            {
                _imageNumbers ??= new NumberSet<Image>(AstroBinClient.MaxImageNumbersPerRequest, async numbers =>
                    (await client.GetImagesByNumberAsync(numbers, Stop).ConfigureAwait(false)).Select(found => (found.Image, (Exception?)found.Error)).ToList());
                return _imageNumbers.Add(number);
            }
            return owned == null
                ? Limited(token => client.GetImageAsync(id, token))
                : Limited(token => FromOwnerAsync(client, owned, id, token));
        }

        /// <summary>
        /// The images of a collection, in its order: a collection holds its owner's images, so one read of the owner's
        /// list may answer every hash; numbers go through the multi-get.
        /// </summary>
        public IEnumerable<(string Id, Task<Image> Image)> ImagesOf(AstroBinClient client, AstroBin.Collection collection)
        {
            var hashes = collection.ImageIds.Where(id => !ImageNumbers.TryRead(id, out _)).ToList();
            var owned = collection.User == null || hashes.Count == 0 ? null : client.FindUserImagesAsync(collection.User, hashes, Stop);
            return collection.ImageIds.Select(id => (id, Image(client, id, owned))).ToList();
        }

        /// <summary>An image's record (its bytes as sent, for a copy) by number, through the multi-get (100 a request).</summary>
        public Task<ApiRecord<Image>> ImageRecord(AstroBinClient client, int number)
        {
            _imageRecordNumbers ??= new NumberSet<ApiRecord<Image>>(AstroBinClient.MaxImageNumbersPerRequest, async numbers =>
                (await client.GetImageRecordsByNumberAsync(numbers, Stop).ConfigureAwait(false)).Select(found => (found.Record, (Exception?)found.Error)).ToList());
            return _imageRecordNumbers.Add(number);
        }

        /// <summary>An image revision by number: from the session cache, or through the revisions' multi-get (100 a request).</summary>
        public Task<ImageRevision> Revision(AstroBinClient client, int number)
        {
            _revisions ??= new NumberSet<ImageRevision>(AstroBinClient.MaxImageNumbersPerRequest, async numbers =>
                (await client.GetImageRevisionsAsync(numbers, Stop).ConfigureAwait(false)).Select(found => (found.Value, (Exception?)found.Error)).ToList());
            return _revisions.Add(number);
        }

        /// <summary>An image revision's record by number, through the revisions' multi-get (100 a request).</summary>
        public Task<ApiRecord<ImageRevision>> RevisionRecord(AstroBinClient client, int number)
        {
            _revisionNumbers ??= new NumberSet<ApiRecord<ImageRevision>>(AstroBinClient.MaxImageNumbersPerRequest, async numbers =>
                (await client.GetImageRevisionRecordsAsync(numbers, Stop).ConfigureAwait(false)).Select(found => (found.Record, (Exception?)found.Error)).ToList());
            return _revisionNumbers.Add(number);
        }

        /// <summary>Writes the items that are done, oldest first, up to the first that is not; with <paramref name="all"/>, waits for each.</summary>
        public void WriteReady(bool all)
        {
            while (_queue.Count > 0)
            {
                if (!_queue.Peek().Task.IsCompleted && !all) return;
                WriteOldest(inputEnded: true);
            }
        }

        /// <summary>Waits for the oldest item and writes it.</summary>
        /// <param name="inputEnded">No more input will fill the multi-gets that wait: send them at once.</param>
        private void WriteOldest(bool inputEnded)
        {
            var oldest = _queue.Peek();
            if (!oldest.Task.IsCompleted)
            {
                // A number the oldest item asked for goes out now, in a short multi-get if it must; numbers asked for
                // only by later items go on gathering (a long input: full multi-gets), unless no more input comes.
                var before = inputEnded ? Marks() : oldest.Marks;
                _imageNumbers?.SendBefore(before.Images);
                _imageRecordNumbers?.SendBefore(before.ImageRecords);
                _revisionNumbers?.SendBefore(before.Revisions);
                _revisions?.SendBefore(before.RevisionObjects);
                _host.Wait(oldest.Task);
            }
            _queue.Dequeue();
            oldest.Write();
        }

        /// <summary>How many numbers each multi-get has been given so far: an item queued now may wait for any of them.</summary>
        private (long Images, long ImageRecords, long Revisions, long RevisionObjects) Marks() => (_imageNumbers?.Added ?? 0, _imageRecordNumbers?.Added ?? 0, _revisionNumbers?.Added ?? 0, _revisions?.Added ?? 0);

        /// <summary>A stopped pipeline skips EndProcessing: lets the cancelled work end (and delete its temporary files) first.</summary>
        public void Dispose()
        {
            _imageNumbers?.Cancel();
            _imageRecordNumbers?.Cancel();
            _revisionNumbers?.Cancel();
            _revisions?.Cancel();
            var tasks = _queue.Select(item => item.Task.ContinueWith(_ => { }, TaskScheduler.Default)).ToArray();
            if (tasks.Length > 0) Task.WaitAll(tasks, TimeSpan.FromSeconds(10));
            _slots.Dispose();
        }

        /// <summary>The image from the owner's list, else (not there, or the list could not be read) by its own lookup.</summary>
        private static async Task<Image> FromOwnerAsync(AstroBinClient client, Task<IReadOnlyDictionary<string, Image>> owned, string id, CancellationToken cancellationToken)
        {
            try
            {
                if ((await owned.ConfigureAwait(false)).TryGetValue(id, out var image)) return image;
            }
            catch (AstroBinException)
            {
                // The lookup below reports what is wrong, for this image.
            }
            return await client.GetImageAsync(id, cancellationToken).ConfigureAwait(false);
        }

        /// <summary>An item waiting to be written: its work, the numbers asked for up to its queueing, and its writer.</summary>
        private sealed class Queued
        {
            public Queued(Task task, (long Images, long ImageRecords, long Revisions, long RevisionObjects) marks, Action write)
            {
                Task = task;
                Marks = marks;
                Write = write;
            }

            public Task Task { get; }

            public (long Images, long ImageRecords, long Revisions, long RevisionObjects) Marks { get; }

            public Action Write { get; }
        }
    }
}
