namespace AstroBin.Api
{
    /// <summary>One object as the server sent it (the body, byte for byte but for a masked key pair) and as read.</summary>
    public sealed class ApiRecord<T>
    {
        public ApiRecord(byte[] body, T value, string source)
        {
            Body = body;
            Value = value;
            Source = source;
        }

        /// <summary>The JSON body; any occurrence of the key or secret is masked.</summary>
        public byte[] Body { get; }

        public T Value { get; }

        /// <summary>The address it came from, without the query string (so without the key pair).</summary>
        public string Source { get; }
    }
}
