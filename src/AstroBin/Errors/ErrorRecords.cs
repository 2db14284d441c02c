using System;
using System.Management.Automation;
using AstroBin.Api.Errors;
using AstroBin.Api.Queries;
using AstroBin.Files;
using AstroBin.State;

namespace AstroBin.Commands
{
    /// <summary>Turns failures into ErrorRecords with stable ids and real categories.</summary>
    internal static class ErrorRecords
    {
        public static ErrorRecord Create(string errorId, ErrorCategory category, string message, object? target, Exception? exception = null)
        {
            var record = new ErrorRecord(exception ?? new InvalidOperationException(message), errorId, category, target);
            if (exception == null || exception.Message != message) record.ErrorDetails = new ErrorDetails(message);
            return record;
        }

        /// <summary>An image id refused before any request.</summary>
        public static ErrorRecord InvalidImageId(string input, string problem) =>
            Create("AstroBinInvalidImageId", ErrorCategory.InvalidArgument, problem, input);

        /// <param name="notFoundId">The id for a 404 in this cmdlet's terms, such as AstroBinImageNotFound.</param>
        public static ErrorRecord FromApi(AstroBinException exception, object? target, string notFoundId = "AstroBinNotFound")
        {
            var (id, category) = exception switch
            {
                AstroBinUnauthorizedException _ => ("AstroBinUnauthorized", ErrorCategory.AuthenticationError),
                AstroBinNotFoundException _ => (notFoundId, ErrorCategory.ObjectNotFound),
                AstroBinBadRequestException _ => ("AstroBinBadRequest", ErrorCategory.InvalidArgument),
                AstroBinRateLimitedException _ => ("AstroBinRateLimited", ErrorCategory.LimitsExceeded),
                AstroBinServerException _ => ("AstroBinServerError", ErrorCategory.ResourceUnavailable),
                AstroBinHttpException _ => ("AstroBinHttpError", ErrorCategory.ProtocolError),
                AstroBinNetworkException _ => ("AstroBinNetworkError", ErrorCategory.ConnectionError),
                AstroBinTimeoutException _ => ("AstroBinTimeout", ErrorCategory.OperationTimeout),
                AstroBinInvalidResponseException _ => ("AstroBinInvalidResponse", ErrorCategory.InvalidResult),
                AstroBinPagingBrokenException _ => ("AstroBinPagingBroken", ErrorCategory.InvalidResult),
                AstroBinRecordUnreadableException _ => ("AstroBinRecordUnreadable", ErrorCategory.InvalidData),
                AstroBinRecordMismatchException _ => ("AstroBinRecordMismatch", ErrorCategory.InvalidResult),
                AstroBinDownloadException download => FromDownload(download.Failure),
                AstroBinRedirectRefusedException _ => ("AstroBinRedirectRefused", ErrorCategory.SecurityError),
                _ => ("AstroBinError", ErrorCategory.InvalidOperation),
            };
            var record = new ErrorRecord(exception, id, category, target);
            if (exception.RequestUri != null) record.ErrorDetails = new ErrorDetails(exception.Message + " Request: " + exception.RequestUri);
            return record;
        }

        private static (string, ErrorCategory) FromDownload(DownloadFailure failure) => failure switch
        {
            DownloadFailure.InsecureAddress => ("AstroBinInsecureDownload", ErrorCategory.SecurityError),
            DownloadFailure.NotAnImage => ("AstroBinNotAnImage", ErrorCategory.InvalidResult),
            DownloadFailure.Incomplete => ("AstroBinDownloadIncomplete", ErrorCategory.ReadError),
            DownloadFailure.TooLarge => ("AstroBinDownloadTooLarge", ErrorCategory.LimitsExceeded),
            _ => ("AstroBinDownloadFailed", ErrorCategory.InvalidResult),
        };

        /// <summary>A path refused before anything was written or deleted there: a server's name, a link, a hand-edited manifest.</summary>
        public static ErrorRecord FromUnsafePath(UnsafePathException exception, object? target)
        {
            var (id, category) = exception.Kind switch
            {
                UnsafePathKind.Link => ("AstroBinSyncLinkRefused", ErrorCategory.SecurityError),
                UnsafePathKind.ManifestPath => ("AstroBinSyncManifestUnsafe", ErrorCategory.InvalidData),
                _ => ("AstroBinSyncNameUnsafe", ErrorCategory.SecurityError),
            };
            return new ErrorRecord(exception, id, category, target);
        }

        public static ErrorRecord FromQuery(InvalidQueryException exception, object? target)
        {
            var id = exception.Reason switch
            {
                InvalidQueryReason.UnsupportedFilter => "AstroBinInvalidFilter",
                InvalidQueryReason.InvalidDateRange => "AstroBinInvalidDateRange",
                InvalidQueryReason.TooBroad => "AstroBinSearchTooBroad",
                _ => "AstroBinInvalidValue",
            };
            return new ErrorRecord(exception, id, ErrorCategory.InvalidArgument, target);
        }

        /// <summary>Why no command can use the key pair looked up: none, half a pair, a malformed one, an unsafe file.</summary>
        public static ErrorRecord ApiKeyUnusable(ApiKeyLookup lookup)
        {
            object? target = lookup.Source switch
            {
                SettingSource.Environment => ApiKeyStore.KeyVariable,
                SettingSource.SavedFile => SavedApiKeyFile.FilePath,
                _ => null,
            };
            return lookup.ErrorId switch
            {
                null => Create(ApiKeyLookup.MissingErrorId, ErrorCategory.AuthenticationError,
                    "No AstroBin API key is set. Run Set-AstroBinApiKey -ApiKey <key> -ApiSecret (Read-Host -AsSecureString), or set the environment variables "
                    + ApiKeyStore.KeyVariable + " and " + ApiKeyStore.SecretVariable + ". Request a key at https://www.astrobin.com/api/request-key/.", null),
                ApiKeyLookup.InsecureFileErrorId => Create(lookup.ErrorId, ErrorCategory.SecurityError, lookup.Problem!, target),
                ApiKeyLookup.InvalidErrorId => Create(lookup.ErrorId, ErrorCategory.InvalidData, lookup.Problem!, target),
                _ => Create(lookup.ErrorId, ErrorCategory.AuthenticationError, lookup.Problem!, target),
            };
        }

        /// <summary>A base URI that cannot be used (a bad ASTROBIN_BASE_URI, or a -BaseUri refused), from whichever command meets it.</summary>
        public static ErrorRecord InvalidBaseUri(string problem, object? target) =>
            Create("AstroBinInvalidBaseUri", ErrorCategory.InvalidArgument, problem, target);
    }
}
