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

        private static readonly Lazy<IHttpClientFactory> Factory = new Lazy<IHttpClientFactory>(() =>
        {
            var services = new ServiceCollection();
            services.AddHttpClient(ClientName)
                .ConfigurePrimaryHttpMessageHandler(() => new HttpClientHandler
                {
                    AutomaticDecompression = DecompressionMethods.GZip | DecompressionMethods.Deflate,
                    AllowAutoRedirect = true,
                });
            return services.BuildServiceProvider().GetRequiredService<IHttpClientFactory>();
        });

        public static HttpClient Create(string userAgent)
        {
            var client = Factory.Value.CreateClient(ClientName);
            // The client enforces its own per-request timeout, body included.
            client.Timeout = System.Threading.Timeout.InfiniteTimeSpan;
            client.DefaultRequestHeaders.UserAgent.ParseAdd(userAgent);
            return client;
        }
    }
}
