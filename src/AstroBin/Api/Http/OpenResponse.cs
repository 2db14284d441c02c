using System;
using System.IO;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using AstroBin.Api.Errors;

namespace AstroBin.Api.Http
{
    /// <summary>
    /// A response whose headers have arrived and whose body is still on the wire. It holds the request's limiter
    /// slot and its deadline until disposed, and every read of its body fails as an <see cref="AstroBinException"/>:
    /// a timeout, a connection lost, or a compressed body that does not decompress.
    /// </summary>
    internal sealed class OpenResponse : IDisposable
    {
        private readonly HttpRequestMessage _request;
        private readonly IDisposable? _slot;
        private readonly CancellationTokenSource _deadline;
        private readonly TimeSpan _timeout;
        private readonly CancellationToken _caller;
        private readonly SecretRedactor _redactor;

        public OpenResponse(HttpResponseMessage message, HttpRequestMessage request, IDisposable? slot, CancellationTokenSource deadline, TimeSpan timeout,
            string shown, CancellationToken caller, SecretRedactor redactor)
        {
            Message = message;
            _request = request;
            _slot = slot;
            _deadline = deadline;
            _timeout = timeout;
            Shown = shown;
            _caller = caller;
            _redactor = redactor;
        }

        public HttpResponseMessage Message { get; }

        /// <summary>The address that answered, with the key pair masked.</summary>
        public string Shown { get; }

        public int Status => (int)Message.StatusCode;

        /// <summary>The body's media type, masked: a server may put anything there.</summary>
        public string? MediaType => Message.Content.Headers.ContentType?.MediaType is string type ? _redactor.Redact(type) : null;

        /// <summary>
        /// The Content-Type header as sent (masked), also when it does not parse (a parameter such as
        /// <c>name=../../x</c> makes the parsed one null): what a refusal names.
        /// </summary>
        public string? ContentType =>
            Message.Content.Headers.TryGetValues("Content-Type", out var values) ? _redactor.Redact(string.Join(", ", values)) : null;

        /// <summary>The whole body (an API document), within the request's deadline and at most <paramref name="limit"/> bytes.</summary>
        public async Task<byte[]> ReadToEndAsync(long limit)
        {
            var declared = Message.Content.Headers.ContentLength;
            if (declared.HasValue && declared.Value > limit)
            {
                throw new AstroBinInvalidResponseException("a body of " + declared.Value + " bytes, over the limit of " + limit, Shown, mayBeTransient: false);
            }
            using var body = await OpenBodyAsync().ConfigureAwait(false);
            using var buffer = new MemoryStream();
            var chunk = new byte[81920];
            int read;
            while ((read = await ReadAsync(body, chunk, restartDeadline: false).ConfigureAwait(false)) > 0)
            {
                if (buffer.Length + read > limit)
                {
                    throw new AstroBinInvalidResponseException("a body over the limit of " + limit + " bytes", Shown, mayBeTransient: false);
                }
                buffer.Write(chunk, 0, read);
            }
            return buffer.ToArray();
        }

        public async Task<Stream> OpenBodyAsync()
        {
            try
            {
                return await Message.Content.ReadAsStreamAsync().ConfigureAwait(false);
            }
            catch (Exception ex) when (IsReadFailure(ex))
            {
                throw ReadFailure(ex);
            }
        }

        /// <summary>One read of the body.</summary>
        /// <param name="restartDeadline">
        /// True for a file: the timeout then bounds each read (a stall), not the whole body, whose size has no
        /// bound a timeout could be chosen for. False for an API document: one deadline for headers and body.
        /// </param>
        public async Task<int> ReadAsync(Stream body, byte[] buffer, bool restartDeadline)
        {
            if (restartDeadline) _deadline.CancelAfter(_timeout);
            try
            {
                return await body.ReadAsync(buffer, 0, buffer.Length, _deadline.Token).ConfigureAwait(false);
            }
            catch (Exception ex) when (IsReadFailure(ex))
            {
                throw ReadFailure(ex);
            }
        }

        private bool IsReadFailure(Exception ex) =>
            (ex is OperationCanceledException && !_caller.IsCancellationRequested)
            || ex is IOException || ex is HttpRequestException || ex is InvalidDataException;

        private AstroBinException ReadFailure(Exception ex) => ex switch
        {
            OperationCanceledException _ => new AstroBinTimeoutException(_timeout, Shown),
            // A Content-Encoding whose bytes do not decode: damaged on the way, or a hostile server; another attempt may do better.
            InvalidDataException _ => new AstroBinInvalidResponseException("a compressed body that does not decompress (" + _redactor.Redact(ex.Message) + ")", Shown),
            _ => new AstroBinNetworkException(_redactor.Redact(ex.GetBaseException().Message), Shown, null),
        };

        public void Dispose()
        {
            Message.Dispose();
            _request.Dispose();
            _deadline.Dispose();
            _slot?.Dispose();
        }
    }
}
