namespace Conexa.Api.Problems;

/// <summary>The "type" URIs of this API's problem details, relative to the API's origin.</summary>
internal static class ProblemTypes
{
    public const string Validation = "/problems/validation";
    public const string NotFound = "/problems/not-found";
    public const string FeatureUnavailable = "/problems/feature-unavailable";
    public const string ProviderUnavailable = "/problems/provider-unavailable";
    public const string ProviderRejected = "/problems/provider-rejected";
    public const string MalformedRequest = "/problems/malformed-request";
    public const string FileTooLarge = "/problems/file-too-large";
    public const string FileTypeNotAllowed = "/problems/file-type-not-allowed";
    public const string StorageQuotaExceeded = "/problems/storage-quota-exceeded";

    public const string TooManyPendingUploads = "/problems/too-many-pending-uploads";

    public static string ForRule(string rule) => $"/problems/{rule}";
}
