namespace AstroBin.Api
{
    /// <summary>Which part of a list to read: skip the first <see cref="Skip"/> objects, then at most <see cref="Take"/> (null: all).</summary>
    public readonly struct PageRange
    {
        public PageRange(long skip, long? take)
        {
            Skip = skip < 0 ? 0 : skip;
            Take = take.HasValue && take.Value < 0 ? 0 : take;
        }

        public static PageRange All => new PageRange(0, null);

        public long Skip { get; }

        public long? Take { get; }
    }
}
