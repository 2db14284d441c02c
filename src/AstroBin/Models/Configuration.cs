using System;
using AstroBin.Session;

namespace AstroBin
{
    /// <summary>The module's settings in force and where each comes from.</summary>
    public sealed class Configuration
    {
        public Configuration(Uri baseUri, SettingSource baseUriSource)
        {
            BaseUri = baseUri;
            BaseUriSource = baseUriSource;
        }

        public Uri BaseUri { get; }

        public SettingSource BaseUriSource { get; }
    }
}
