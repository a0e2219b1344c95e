using Microsoft.Extensions.Options;

namespace Conexa.Infrastructure.Payments.Inter;

/// <summary>Checks the Inter settings at start, loading the certificate once so a wrong password fails early.</summary>
internal sealed class InterOptionsValidator : IValidateOptions<InterOptions>
{
    public ValidateOptionsResult Validate(string? name, InterOptions options)
    {
        var failures = new List<string>();
        if (string.IsNullOrWhiteSpace(options.ClientSecret))
        {
            failures.Add("Inter:ClientSecret is required when Inter:ClientId is set.");
        }

        if (options.BaseUrl.Scheme != Uri.UriSchemeHttps)
        {
            failures.Add($"Inter:BaseUrl must use https, because Inter requires a client certificate; it is {options.BaseUrl}.");
        }

        if (options.AttemptTimeout <= TimeSpan.Zero || options.TotalRequestTimeout <= options.AttemptTimeout)
        {
            failures.Add("Inter:AttemptTimeout must be positive and shorter than Inter:TotalRequestTimeout.");
        }

        if (string.IsNullOrWhiteSpace(options.CertificatePath) && string.IsNullOrWhiteSpace(options.CertificateBase64))
        {
            failures.Add("Set Inter:CertificatePath (a .pfx file) or Inter:CertificateBase64, with Inter:CertificatePassword.");
        }
        else
        {
            try
            {
                using var certificate = InterCredentials.LoadClientCertificate(options);
                if (!certificate.HasPrivateKey)
                {
                    failures.Add("The Inter certificate has no private key; export the certificate with its key as a .pfx file.");
                }
            }
            catch (Exception exception) when (exception is System.Security.Cryptography.CryptographicException or IOException or FormatException)
            {
                failures.Add($"The Inter certificate could not be loaded ({exception.GetType().Name}); check the file and Inter:CertificatePassword.");
            }
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
