using System.Linq;
using System.Net;
using System.Net.Http;
using System.Text;
using System.Threading.Tasks;

namespace AstroBin.Tests.Emulator;

/// <summary>What came back: status, exact Content-Type header, raw body bytes and text, a few headers.</summary>
public sealed record Reply(HttpStatusCode Status, string? ContentType, byte[] Bytes, string? Location, string? Allow)
{
    public string Body => Encoding.UTF8.GetString(Bytes);

    public static async Task<Reply> Read(HttpResponseMessage response) => new(
        response.StatusCode,
        response.Content.Headers.TryGetValues("Content-Type", out var type) ? type.Single() : null,
        await response.Content.ReadAsByteArrayAsync(),
        response.Headers.Location?.OriginalString,
        response.Content.Headers.TryGetValues("Allow", out var allow) ? string.Join(",", allow) : null);
}
