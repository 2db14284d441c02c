using System;
using AstroBin.Api;

namespace AstroBin.Session
{
    /// <summary>The session's cache of detail lookups, shared by every command of the session.</summary>
    public static class LookupCache
    {
        public static readonly TimeSpan DefaultLifetime = TimeSpan.FromMinutes(1);

        public static ResponseCache Shared { get; } = new ResponseCache(DefaultLifetime);
    }
}
