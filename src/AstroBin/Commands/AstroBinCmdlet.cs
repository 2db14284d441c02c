using System;
using System.Collections.Generic;
using System.Management.Automation;
using System.Threading;
using System.Threading.Tasks;
using AstroBin.Api;
using AstroBin.Api.Errors;
using AstroBin.Session;

namespace AstroBin.Commands
{
    /// <summary>
    /// What every cmdlet that talks to AstroBin shares: the client from the session's key and
    /// configuration, Ctrl+C reaching every request, and client log lines on the pipeline thread.
    /// </summary>
    public abstract class AstroBinCmdlet : PSCmdlet
    {
        private readonly CancellationTokenSource _stopping = new CancellationTokenSource();
        private readonly PipelineLog _log = new PipelineLog();
        private AstroBinClient? _client;

        protected CancellationToken StopToken => _stopping.Token;

        /// <summary>The client, made on first use so that a missing key stops only commands that need one.</summary>
        protected AstroBinClient Client => _client ??= CreateClient();

        protected override void StopProcessing() => _stopping.Cancel();

        protected override void EndProcessing() => DrainLog();

        /// <summary>Waits for <paramref name="task"/> on the pipeline thread, writing log lines as they come.</summary>
        protected T Await<T>(Task<T> task)
        {
            var handles = new[] { ((IAsyncResult)task).AsyncWaitHandle, _log.Signal, _stopping.Token.WaitHandle };
            while (!task.IsCompleted)
            {
                WaitHandle.WaitAny(handles);
                DrainLog();
                // Ctrl+C returns at once; the cancelled request unwinds in the background, on a
                // thread pool that may be busy, instead of holding up the prompt.
                if (_stopping.IsCancellationRequested) throw new PipelineStoppedException();
            }
            DrainLog();
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
        /// Writes each object of <paramref name="source"/> as it arrives (never buffers a whole list).
        /// <paramref name="onPipelineThread"/> runs after each step, on the pipeline thread, so that
        /// state the source reported from another thread can be written.
        /// </summary>
        protected void WriteEach<T>(IAsyncEnumerable<T> source, Action? onPipelineThread = null)
        {
            var items = source.GetAsyncEnumerator(StopToken);
            try
            {
                while (true)
                {
                    var more = Await(items.MoveNextAsync().AsTask());
                    onPipelineThread?.Invoke();
                    if (!more) break;
                    WriteObject(items.Current);
                }
            }
            finally
            {
                // After Ctrl+C a MoveNext may still be unwinding, and an async iterator cannot be disposed mid-step;
                // its cancelled step runs the iterator's own clean-up.
                if (!_stopping.IsCancellationRequested) Await(items.DisposeAsync().AsTask().ContinueWith(_ => true, TaskScheduler.Default));
            }
        }

        /// <summary>Writes a failure: a rejected key stops the command, anything else is per item.</summary>
        protected void WriteApiError(AstroBinException exception, object? target, string notFoundId = "AstroBinNotFound")
        {
            var record = ErrorRecords.FromApi(exception, target, notFoundId);
            if (exception is AstroBinUnauthorizedException) ThrowTerminatingError(record);
            WriteError(record);
        }

        private AstroBinClient CreateClient()
        {
            var credentials = ApiKeyStore.Resolve(out _);
            if (credentials == null)
            {
                ThrowTerminatingError(ErrorRecords.Create(
                    "AstroBinApiKeyMissing",
                    ErrorCategory.AuthenticationError,
                    "No AstroBin API key is set. Run Set-AstroBinApiKey -ApiKey <key> -ApiSecret (Read-Host -AsSecureString), or set the environment variables "
                    + ApiKeyStore.KeyVariable + " and " + ApiKeyStore.SecretVariable + ". Request a key at https://www.astrobin.com/api/request-key/.",
                    null));
            }
            Uri baseUri;
            try
            {
                baseUri = ConfigurationStore.ResolveBaseUri(out _);
            }
            catch (ArgumentException ex)
            {
                ThrowTerminatingError(ErrorRecords.Create("AstroBinInvalidBaseUri", ErrorCategory.InvalidArgument, ex.Message, ConfigurationStore.BaseUriVariable, ex));
                throw;
            }
            var settings = ConfigurationStore.Settings;
            var options = settings.ToOptions(baseUri, credentials!);
            return new AstroBinClient(HttpClientSource.Create(options.UserAgent, settings.Proxy), options, _log);
        }

        private void DrainLog()
        {
            while (_log.TryTake(out var isDebug, out var text))
            {
                if (isDebug) WriteDebug(text);
                else WriteVerbose(text);
            }
        }
    }
}
