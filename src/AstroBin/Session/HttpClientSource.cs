using System;
using System.Net;
using System.Net.Http;
using Microsoft.Extensions.DependencyInjection;

namespace AstroBin.Session
{
    /// <summary>
    /// HttpClients from one IHttpClientFactory for the whole session: handlers are pooled and
    /// recycled (DNS changes are seen), and no socket is opened per request.
    /// </summary>
    internal static class HttpClientSource
    {
        private const string ClientName = "AstroBin";

        /// <summary>For file downloads: redirects are followed by the downloader, which checks each hop.</summary>
        private const string DownloadClientName = "AstroBin.Downloads";

        private static readonly Lazy<IHttpClientFactory> Factory = new Lazy<IHttpClientFactory>(() =>
        {
            var services = new ServiceCollection();
            services.AddHttpClient(ClientName)
                .ConfigurePrimaryHttpMessageHandler(() => new HttpClientHandler
                {
                    AutomaticDecompression = DecompressionMethods.GZip | DecompressionMethods.Deflate,
                    AllowAutoRedirect = true,
                });
            services.AddHttpClient(DownloadClientName)
                .ConfigurePrimaryHttpMessageHandler(() => new HttpClientHandler { AllowAutoRedirect = false });
            return services.BuildServiceProvider().GetRequiredService<IHttpClientFactory>();
        });

        public static HttpClient Create(string userAgent) => Configure(Factory.Value.CreateClient(ClientName), userAgent);

        public static HttpClient CreateForDownloads(string userAgent) => Configure(Factory.Value.CreateClient(DownloadClientName), userAgent);

        private static HttpClient Configure(HttpClient client, string userAgent)
        {
            // The client enforces its own per-request timeout, body included.
            client.Timeout = System.Threading.Timeout.InfiniteTimeSpan;
            client.DefaultRequestHeaders.UserAgent.ParseAdd(userAgent);
            return client;
        }
    }
}
