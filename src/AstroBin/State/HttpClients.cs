using System;
using System.Net;
using System.Net.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Http;

namespace AstroBin.State
{
    /// <summary>
    /// HttpClients from one IHttpClientFactory for the whole process (<see cref="ModuleState"/>): handlers are pooled and
    /// recycled (DNS changes are seen), and no socket is opened per request. A client's name says
    /// what its handler is: API calls or file downloads (which ask for no compression), and the
    /// proxy, if any, because a handler's proxy cannot change once it has sent a request.
    /// </summary>
    internal sealed class HttpClients
    {
        private const string ApiClientName = "AstroBin";
        private const string DownloadClientName = "AstroBin.Downloads";
        private const string ProxySeparator = " via ";

        private readonly Lazy<IHttpClientFactory> _factory = new Lazy<IHttpClientFactory>(() =>
        {
            var services = new ServiceCollection();
            services.AddHttpClient();
            // Applies to every name: what the handler must be is in the name itself.
            services.ConfigureAll<HttpClientFactoryOptions>(options =>
                options.HttpMessageHandlerBuilderActions.Add(builder => builder.PrimaryHandler = CreateHandler(builder.Name)));
            return services.BuildServiceProvider().GetRequiredService<IHttpClientFactory>();
        });

        public HttpClient Create(string userAgent, Uri? proxy) => Configure(Name(ApiClientName, proxy), userAgent);

        public HttpClient CreateForDownloads(string userAgent, Uri? proxy) => Configure(Name(DownloadClientName, proxy), userAgent);

        private static string Name(string purpose, Uri? proxy) => proxy == null ? purpose : purpose + ProxySeparator + proxy.AbsoluteUri;

        private HttpClient Configure(string name, string userAgent)
        {
            var client = _factory.Value.CreateClient(name);
            // The client enforces its own per-request timeout, body included.
            client.Timeout = System.Threading.Timeout.InfiniteTimeSpan;
            client.DefaultRequestHeaders.UserAgent.ParseAdd(userAgent);
            return client;
        }

        // Certificate validation is left as the platform does it: never turned off.
        private static HttpMessageHandler CreateHandler(string? name)
        {
            name ??= ApiClientName;
            var handler = new HttpClientHandler
            {
                // Image files are compressed already: asking for a Content-Encoding on them only opens the door
                // to a decompression bomb. API documents compress well, and their size is capped after decompression.
                AutomaticDecompression = name.StartsWith(DownloadClientName, StringComparison.Ordinal)
                    ? DecompressionMethods.None
                    : DecompressionMethods.GZip | DecompressionMethods.Deflate,
                // Neither follows a redirect itself: RequestSender checks each hop (same base URI for API calls,
                // https for files) before sending to it, and each hop takes a limiter slot.
                AllowAutoRedirect = false,
            };
            var separator = name.IndexOf(ProxySeparator, StringComparison.Ordinal);
            if (separator >= 0)
            {
                handler.Proxy = new WebProxy(new Uri(name.Substring(separator + ProxySeparator.Length))) { UseDefaultCredentials = true };
                handler.UseProxy = true;
            }
            return handler;
        }
    }
}
