using System;
using System.Net;
using System.Net.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Http;

namespace AstroBin.Session
{
    /// <summary>
    /// HttpClients from one IHttpClientFactory for the whole session: handlers are pooled and
    /// recycled (DNS changes are seen), and no socket is opened per request. Each proxy gets its
    /// own named client, because a handler's proxy cannot change once it has sent a request.
    /// </summary>
    internal static class HttpClientSource
    {
        private const string ClientName = "AstroBin";
        private const string ProxiedPrefix = ClientName + " via ";

        private static readonly Lazy<IHttpClientFactory> Factory = new Lazy<IHttpClientFactory>(() =>
        {
            var services = new ServiceCollection();
            services.AddHttpClient();
            // Applies to every name: the proxy, if any, is in the name itself.
            services.ConfigureAll<HttpClientFactoryOptions>(options =>
                options.HttpMessageHandlerBuilderActions.Add(builder => builder.PrimaryHandler = CreateHandler(builder.Name)));
            return services.BuildServiceProvider().GetRequiredService<IHttpClientFactory>();
        });

        public static HttpClient Create(string userAgent, Uri? proxy)
        {
            var client = Factory.Value.CreateClient(proxy == null ? ClientName : ProxiedPrefix + proxy.AbsoluteUri);
            // The client enforces its own per-request timeout, body included.
            client.Timeout = System.Threading.Timeout.InfiniteTimeSpan;
            client.DefaultRequestHeaders.UserAgent.ParseAdd(userAgent);
            return client;
        }

        // Certificate validation is left as the platform does it: never turned off.
        private static HttpMessageHandler CreateHandler(string? name)
        {
            var handler = new HttpClientHandler
            {
                AutomaticDecompression = DecompressionMethods.GZip | DecompressionMethods.Deflate,
                AllowAutoRedirect = true,
            };
            if (name != null && name.StartsWith(ProxiedPrefix, StringComparison.Ordinal))
            {
                handler.Proxy = new WebProxy(new Uri(name.Substring(ProxiedPrefix.Length))) { UseDefaultCredentials = true };
                handler.UseProxy = true;
            }
            return handler;
        }
    }
}
