using System.Collections.Generic;
using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;
using System.Threading;
using System.Threading.Tasks;

namespace AstroBin.Api
{
    /// <summary>Untyped access to any API path, for what the typed methods do not cover (schema/, set/, new fields).</summary>
    public sealed partial class AstroBinClient
    {
        /// <summary>One GET of <paramref name="path"/> (below the base URI, trailing slash included) in <paramref name="format"/>.</summary>
        public async Task<ApiDocument> GetDocumentAsync(string path, QueryParameters? query, ApiFormat format, CancellationToken cancellationToken)
        {
            var reply = await SendAsync(path, query, format, null, cancellationToken).ConfigureAwait(false);
            return new ApiDocument(Encoding.UTF8.GetString(reply.Body), format, reply.MediaType, reply.RequestUri);
        }

        /// <summary>
        /// Every page of a list, one document a page, read by offset at the largest page size. A path that is
        /// not a list gives its one document.
        /// </summary>
        public async IAsyncEnumerable<ApiDocument> ReadDocumentsAsync(string path, QueryParameters? query, ApiFormat format, [EnumeratorCancellation] CancellationToken cancellationToken)
        {
            var filters = new QueryParameters();
            if (query != null)
            {
                foreach (var pair in query)
                {
                    if (pair.Key != "limit" && pair.Key != "offset") filters.Add(pair.Key, pair.Value);
                }
            }
            long offset = 0;
            while (true)
            {
                var page = filters.Clone()
                    .Add("limit", PageReader.MaxPageSize.ToString(CultureInfo.InvariantCulture))
                    .Add("offset", offset.ToString(CultureInfo.InvariantCulture));
                var document = await GetDocumentAsync(path, page, format, cancellationToken).ConfigureAwait(false);
                yield return document;
                var info = ReadPageInfo(document);
                if (info == null || info.ObjectCount == 0 || !info.HasNext) yield break;
                offset += info.ObjectCount;
                if (offset >= info.TotalCount) yield break;
            }
        }

        private PageInfo? ReadPageInfo(ApiDocument document)
        {
            try
            {
                return document.ReadPageInfo();
            }
            catch (System.Exception ex) when (ex is System.Text.Json.JsonException || ex is System.Xml.XmlException)
            {
                throw new Errors.AstroBinInvalidResponseException("a page that is not well-formed " + document.Format + " (" + Redactor.Redact(ex.Message) + ")", document.RequestUri);
            }
        }
    }
}
