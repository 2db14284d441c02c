using System;
using System.Collections;
using System.Globalization;
using System.Management.Automation;
using System.Xml;
using AstroBin.Api;
using AstroBin.Api.Errors;
using AstroBin.Api.Queries;
using AstroBin.Commands.Binding;

namespace AstroBin.Commands
{
    /// <summary>
    /// Sends a GET to any API v1 path with the session's key: the escape hatch for what the typed cmdlets do not
    /// cover (schema/, set/, fields added later). JSON gives PSObjects, XML an XmlDocument, -Raw the body text.
    /// </summary>
    [Cmdlet(VerbsLifecycle.Invoke, "AstroBinApi", HelpUri = HelpLinks.Pages + "Invoke-AstroBinApi.md")]
    [OutputType(typeof(PSObject), typeof(XmlDocument), typeof(string))]
    public sealed class InvokeAstroBinApi : AstroBinCmdlet
    {
        /// <summary>The path below /api/v1/, such as 'image/yx76x9', 'toppick/schema/' or '/api/v1/location/7/'.</summary>
        [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
        [Alias("ResourceUri")]
        [AllowEmptyString]
        [ApiPathTransformation]
        [ArgumentCompleter(typeof(Completion.ResourcePathCompleter))]
        public string Path { get; set; } = string.Empty;

        /// <summary>Query parameters, e.g. @{ user = 'crgood2'; limit = 5 }. The key, secret and format are added by the module.</summary>
        [Parameter(Position = 1)]
        public Hashtable? Query { get; set; }

        /// <summary>Json (default) or Xml.</summary>
        [Parameter]
        public ApiFormat Format { get; set; } = ApiFormat.Json;

        /// <summary>Read every page of a list: JSON gives each object of each page, XML and -Raw one document a page.</summary>
        [Parameter]
        public SwitchParameter All { get; set; }

        /// <summary>Return the body text as the server sent it.</summary>
        [Parameter]
        public SwitchParameter Raw { get; set; }

        protected override void ProcessRecord()
        {
            string path;
            QueryParameters query;
            try
            {
                path = ApiRequestPath.Normalize(Path, Client.Options.BaseUri);
                query = ToParameters(Query);
            }
            catch (InvalidQueryException ex)
            {
                WriteError(ErrorRecords.FromQuery(ex, Query));
                return;
            }
            catch (ArgumentException ex)
            {
                WriteError(ErrorRecords.Create("AstroBinInvalidPath", ErrorCategory.InvalidArgument, ex.Message, Path, ex));
                return;
            }
            try
            {
                if (All) WriteAll(path, query);
                else Write(Await(Client.GetDocumentAsync(path, query, Format, StopToken)), eachObject: false);
            }
            catch (AstroBinException ex)
            {
                WriteApiError(ex, Path);
            }
        }

        /// <summary>-All: every page, with a progress bar over the list's objects when it is long.</summary>
        private void WriteAll(string path, QueryParameters query)
        {
            var progress = new ListProgress(this, PageRange.All, "Reading AstroBin " + path, "objects");
            // Unreadable records the client recovers are reported in their place, as the typed lists do.
            WriteList(observer => Client.ReadDocumentsAsync(path, query, Format, progress.Follow(observer), StopToken), write: document =>
            {
                Write(document, eachObject: true);
                var page = ReadPageInfo(document);
                if (page != null) progress.Advance(page.ObjectCount);
            });
            progress.Complete();
        }

        /// <summary>The page's envelope; null when there is none, or when it is malformed (the client reports that as it reads on).</summary>
        private static PageInfo? ReadPageInfo(ApiDocument document)
        {
            try
            {
                return document.ReadPageInfo();
            }
            catch (Exception ex) when (ex is System.Text.Json.JsonException || ex is XmlException)
            {
                return null;
            }
        }

        private void Write(ApiDocument document, bool eachObject)
        {
            if (Raw)
            {
                WriteObject(document.Text);
                return;
            }
            if (Format == ApiFormat.Xml)
            {
                WriteObject(document.ReadXml());
                return;
            }
            var root = document.ReadJson();
            if (eachObject && root is OrderedMap page && page["objects"] is object?[] objects)
            {
                foreach (var item in objects) WriteObject(PlainObjects.ToPSObject(item));
                return;
            }
            WriteObject(PlainObjects.ToPSObject(root));
        }

        private static QueryParameters ToParameters(Hashtable? table)
        {
            var parameters = new QueryParameters();
            if (table == null) return parameters;
            foreach (DictionaryEntry entry in table)
            {
                var key = Convert.ToString(entry.Key, CultureInfo.InvariantCulture) ?? string.Empty;
                if (key == "api_key" || key == "api_secret" || key == "format")
                {
                    throw new ArgumentException("-Query must not hold '" + key + "': the module adds the key and secret itself, and the format from -Format.");
                }
                parameters.Add(key, FilterValue.Format(PSObjectValue.Unwrap(entry.Value), key));
            }
            return parameters;
        }
    }
}
