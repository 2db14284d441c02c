using System;
using System.Collections.Generic;
using System.Management.Automation;
using System.Threading;
using System.Threading.Tasks;
using AstroBin.Api;
using AstroBin.Api.Downloads;
using AstroBin.Api.Errors;
using AstroBin.State;

namespace AstroBin.Commands
{
    /// <summary>
    /// What every cmdlet that talks to AstroBin shares: the client from the key and configuration in
    /// force, Ctrl+C reaching every request, and client log lines on the pipeline thread.
    /// </summary>
    public abstract class AstroBinCmdlet : PSCmdlet, IDisposable
    {
        private readonly CancellationTokenSource _stopping = new CancellationTokenSource();
        private readonly PipelineLog _log = new PipelineLog();
        private AstroBinClient? _client;
        private IRequestLog? _requestLog;
        private SecretRedactor? _redactor;
        private OrderedWork? _work;

        protected internal CancellationToken StopToken => _stopping.Token;

        /// <summary>The engine this command's piped work runs on, with the one concurrency setting (MaxConcurrency).</summary>
        private protected OrderedWork Work => _work ??= new OrderedWork(this, Concurrency);

        /// <summary>How many items' work runs at once: the configuration's MaxConcurrency.</summary>
        private protected virtual int Concurrency => ModuleState.Current.Configuration.Settings.MaxConcurrency;

        /// <summary>A stopped pipeline skips EndProcessing: the work still running ends (and cleans up) first.</summary>
        public void Dispose()
        {
            _work?.Dispose();
            OnDisposed();
        }

        /// <summary>What a command holds besides its work (a locked folder), released after the work has ended.</summary>
        private protected virtual void OnDisposed()
        {
        }

        /// <summary>Where helpers other than the client (the downloader) report requests, masked; written by <see cref="WriteLogLines"/>.</summary>
        protected IRequestLog RequestLog => _requestLog ??= new RedactedRequestLog(_log, Redactor);

        /// <summary>The requests this command has sent, API calls and file hops alike (answers from the cache are not).</summary>
        private protected long RequestsSent => _log.SentCount;

        /// <summary>
        /// Masks the key in force: the client's redactor, or one of its own for a command that needs no client
        /// (downloads of image objects), so that a file server's text is masked too.
        /// </summary>
        private SecretRedactor Redactor => _redactor ??= _client?.Redactor ?? new SecretRedactor(ModuleState.Current.Keys.Lookup().Credentials);

        /// <summary>The client, made on first use so that a missing key stops only commands that need one.</summary>
        protected AstroBinClient Client => _client ??= CreateClient();

        /// <summary>Whether detail lookups may be answered from the session cache (-NoCache says no).</summary>
        protected virtual bool UseCache => true;

        protected override void StopProcessing() => _stopping.Cancel();

        protected override void EndProcessing() => WriteLogLines();

        /// <summary>Waits for <paramref name="task"/> on the pipeline thread, writing log lines as they come.</summary>
        protected T Await<T>(Task<T> task)
        {
            Wait(task);
            try
            {
                return task.GetAwaiter().GetResult();
            }
            catch (OperationCanceledException) when (_stopping.IsCancellationRequested)
            {
                throw new PipelineStoppedException();
            }
        }

        /// <summary>
        /// The one way the pipeline thread waits: for <paramref name="task"/> to end, writing log lines as they come;
        /// Ctrl+C ends the wait at once. Does not throw the task's own exception.
        /// </summary>
        internal void Wait(Task task)
        {
            var handles = new[] { ((IAsyncResult)task).AsyncWaitHandle, _log.Signal, _stopping.Token.WaitHandle };
            while (!task.IsCompleted)
            {
                WaitHandle.WaitAny(handles);
                WriteLogLines();
                // Ctrl+C returns at once; the cancelled request unwinds in the background, on a
                // thread pool that may be busy, instead of holding up the prompt.
                if (_stopping.IsCancellationRequested) throw new PipelineStoppedException();
            }
            WriteLogLines();
        }

        /// <summary>
        /// Writes each object of <paramref name="source"/> as it arrives (never buffers a whole list).
        /// <paramref name="onPipelineThread"/> runs after each step, on the pipeline thread, so that
        /// state the source reported from another thread can be written.
        /// </summary>
        /// <param name="write">Writes one object; default: WriteObject.</param>
        /// <param name="afterEachObject">Runs on the pipeline thread after each object is written (progress).</param>
        protected void WriteEach<T>(IAsyncEnumerable<T> source, Action? onPipelineThread = null, Action<T>? write = null, Action? afterEachObject = null)
        {
            // The enumerator's own token: if this thread leaves while a step still runs, that step is cancelled.
            using var abandon = CancellationTokenSource.CreateLinkedTokenSource(StopToken);
            var items = source.GetAsyncEnumerator(abandon.Token);
            Task<bool>? step = null;
            try
            {
                while (true)
                {
                    step = items.MoveNextAsync().AsTask();
                    var more = Await(step);
                    onPipelineThread?.Invoke();
                    if (!more) break;
                    if (write != null) write(items.Current);
                    else WriteObject(items.Current);
                    afterEachObject?.Invoke();
                }
            }
            finally
            {
                // An async iterator cannot be disposed mid-step (NotSupportedException, which would hide the real error).
                // A step is still running when writing a log line failed while this thread waited (-Debug asking to
                // continue in a host that cannot ask): cancel it and let it finish, writing nothing more, then dispose.
                // After Ctrl+C, which returns at once, the cancelled step runs the iterator's own clean-up.
                if (!_stopping.IsCancellationRequested && step != null && !step.IsCompleted)
                {
                    abandon.Cancel();
                    WaitQuietly(step);
                }
                if (!_stopping.IsCancellationRequested && (step == null || step.IsCompleted)) WaitQuietly(items.DisposeAsync().AsTask());
            }
        }

        /// <summary>Waits for <paramref name="task"/> to end, however it ends, or for Ctrl+C; writes nothing.</summary>
        private void WaitQuietly(Task task) => WaitHandle.WaitAny(new[] { ((IAsyncResult)task).AsyncWaitHandle, _stopping.Token.WaitHandle });

        /// <summary>The -Skip/-First range of a cmdlet with SupportsPaging.</summary>
        protected PageRange PagingRange => new PageRange(
            (long)Math.Min(PagingParameters.Skip, long.MaxValue),
            PagingParameters.First == ulong.MaxValue ? (long?)null : (long)Math.Min(PagingParameters.First, long.MaxValue));

        /// <summary>
        /// Streams a list as <see cref="WriteEach"/> does, writing the total count first (-IncludeTotalCount) and an
        /// AstroBinRecordUnreadable error for each record the server could not serve.
        /// </summary>
        /// <returns>The list's total count, or -1 when no page arrived.</returns>
        /// <param name="afterEachObject">Runs on the pipeline thread after each object is written (progress).</param>
        /// <param name="write">Writes one object; default: WriteObject.</param>
        protected long WriteList<T>(Func<ListObserver, IAsyncEnumerable<T>> read, Action? afterEachObject = null, Action<T>? write = null)
        {
            // -First 0 asks for nothing: no request, unless -IncludeTotalCount asks for the count alone.
            if (PagingParameters != null && PagingParameters.First == 0 && !PagingParameters.IncludeTotalCount) return -1;
            var feedback = new ListFeedback(this);
            WriteEach(read(feedback.Observer), feedback.Flush, write, afterEachObject);
            return feedback.Total;
        }

        /// <summary>
        /// Refuses a user name with wildcards (the API matches user names exactly and has no pattern filter for them),
        /// before any request.
        /// </summary>
        private protected void RefuseUserWildcard(string? user, string parameter)
        {
            if (user == null || !WildcardPattern.ContainsWildcardCharacters(user)) return;
            ThrowTerminatingError(ErrorRecords.Create("AstroBinWildcardNotSupported", ErrorCategory.InvalidArgument,
                "-" + parameter + " '" + user + "': AstroBin matches user names exactly (case-sensitive) and cannot search them by pattern. Give the whole user name.", user));
        }

        /// <summary>
        /// An AstroBinUserNotFound error when no user has this name (one request, asked after a list came back empty or
        /// before work that would otherwise make an empty folder), else null.
        /// </summary>
        private protected ErrorRecord? MissingUser(string user)
        {
            try
            {
                Await(Client.GetUserProfileByNameAsync(user, StopToken));
                return null;
            }
            catch (AstroBinNotFoundException ex)
            {
                ex.MaskWith(Redactor);
                return ErrorRecords.Create("AstroBinUserNotFound", ErrorCategory.ObjectNotFound,
                    "No AstroBin user is named '" + user.Trim() + "'. User names are case-sensitive: check the spelling (Get-AstroBinUser shows a user's exact name).", user, ex);
            }
            catch (AstroBinException ex)
            {
                ex.MaskWith(Redactor);
                ThrowTerminatingError(ErrorRecords.FromApi(ex, user));
                return null;
            }
        }

        /// <summary>Writes a failure: a rejected key stops the command, anything else is per item.</summary>
        protected void WriteApiError(AstroBinException exception, object? target, string notFoundId = "AstroBinNotFound")
        {
            exception.MaskWith(Redactor);
            var record = ErrorRecords.FromApi(exception, target, notFoundId);
            if (exception is AstroBinUnauthorizedException) ThrowTerminatingError(record);
            WriteError(record);
        }

        /// <summary>An image downloader with the process's proxy, User-Agent, timeout, retries and fair-use limiter, logging to <see cref="RequestLog"/>.</summary>
        protected ImageDownloader CreateDownloader()
        {
            var state = ModuleState.Current;
            var settings = state.Configuration.Settings;
            return new ImageDownloader(
                state.Http.CreateForDownloads(settings.UserAgent ?? AstroBinClientOptions.DefaultUserAgent, settings.Proxy),
                settings.ToDownloadOptions(state.Throttle(settings)),
                RequestLog);
        }

        private AstroBinClient CreateClient()
        {
            var state = ModuleState.Current;
            var key = state.Keys.Lookup();
            if (key.Warning != null) WriteWarning(key.Warning);
            if (key.Credentials == null) ThrowTerminatingError(ErrorRecords.ApiKeyUnusable(key));
            var baseUri = state.Configuration.LookupBaseUri();
            if (baseUri.Uri == null) ThrowTerminatingError(ErrorRecords.InvalidBaseUri(baseUri.Problem!, ConfigurationStore.BaseUriVariable));
            var settings = state.Configuration.Settings;
            var options = settings.ToOptions(baseUri.Uri!, key.Credentials!, state.Throttle(settings));
            options.Cache = UseCache ? state.Cache : null;
            return new AstroBinClient(state.Http.Create(options.UserAgent, settings.Proxy), options, _log);
        }

        /// <summary>Writes the queued -Verbose/-Debug lines; only on the pipeline thread.</summary>
        protected void WriteLogLines()
        {
            while (_log.TryTake(out var isDebug, out var text))
            {
                if (isDebug) WriteDebug(text);
                else WriteVerbose(text);
            }
        }
    }
}
