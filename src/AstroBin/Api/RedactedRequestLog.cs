namespace AstroBin.Api
{
    /// <summary>
    /// The client's log, masked once more on the way out: whatever a line quotes (a server's header, a
    /// redirect's address, an exception's text), no -Verbose or -Debug line carries the key or secret.
    /// </summary>
    internal sealed class RedactedRequestLog : IRequestLog
    {
        private readonly IRequestLog _inner;
        private readonly SecretRedactor _redactor;

        public RedactedRequestLog(IRequestLog inner, SecretRedactor redactor)
        {
            _inner = inner;
            _redactor = redactor;
        }

        public void Request(string message) => _inner.Request(_redactor.Redact(message));

        public void Detail(string message) => _inner.Detail(_redactor.Redact(message));

        public void Sent() => _inner.Sent();
    }
}
