using System.Net;
using System.Net.Http.Headers;
using Conexa.Infrastructure.Integrations;
using Microsoft.Extensions.Options;

namespace Conexa.Infrastructure.Payments.Inter;

/// <summary>
/// Adds the bearer token of the scope a request needs (boleto-cobranca.read for GET, boleto-cobranca.write
/// otherwise) and the x-conta-corrente header when the account in use has an account number.
/// </summary>
internal sealed class InterAuthenticationHandler(InterTokenCache tokens, IOptions<InterOptions> options) : DelegatingHandler
{
    public const string ReadScope = "boleto-cobranca.read";
    public const string WriteScope = "boleto-cobranca.write";

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var scope = request.Method == HttpMethod.Get ? ReadScope : WriteScope;
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", await tokens.GetAsync(scope, cancellationToken));
        var accountNumber = ProviderAccountScope<InterAccount>.Current is { } account ? account.AccountNumber : options.Value.AccountNumber;
        if (!string.IsNullOrWhiteSpace(accountNumber))
        {
            request.Headers.TryAddWithoutValidation("x-conta-corrente", accountNumber);
        }

        var response = await base.SendAsync(request, cancellationToken);
        if (response.StatusCode == HttpStatusCode.Unauthorized)
        {
            // A token revoked before its expiry is dropped, so the retry or the next call gets a new one.
            tokens.Invalidate(scope);
        }

        return response;
    }
}
