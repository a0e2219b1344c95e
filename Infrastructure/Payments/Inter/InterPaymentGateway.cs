using System.Globalization;
using System.Net;
using Conexa.Application.Common.Exceptions;
using Conexa.Application.Common.Payments;
using Conexa.Application.Payments.Inter;
using Conexa.Domain.Common;
using Conexa.Domain.Customers;
using Conexa.Domain.Plans;
using Conexa.Infrastructure.Integrations;
using Microsoft.Extensions.Options;
using Polly.CircuitBreaker;
using Refit;

namespace Conexa.Infrastructure.Payments.Inter;

/// <summary>
/// Issues boletos with Pix through Inter's Cobrança v3 and reads them back. Issuing is not retried blindly:
/// each start first lists Inter's boletos with our seuNumero, so a retry after a lost response reuses the
/// boleto the earlier attempt created instead of issuing a second one. Every call runs with the tenant's
/// own Inter integration when it stored one, and with the host's otherwise.
/// </summary>
internal sealed class InterPaymentGateway(IInterCobrancaApi api, IOptions<InterOptions> options, ProviderAccounts accounts, TimeProvider clock)
    : IPaymentGateway, IInterChargeSource
{
    private const string ProviderName = "Inter";

    // The window of the look-up by seuNumero. Inter's reference does not say whether dataInicial and
    // dataFinal filter by issue date or by due date, so the window covers both: issues of the last 60 days
    // and due dates up to a year ahead.
    private const int LookBackDays = 60;
    private const int LookAheadDays = 366;

    private static readonly TimeZoneInfo Brasilia = TimeZoneInfo.FindSystemTimeZoneById("America/Sao_Paulo");

    public PaymentProvider Provider => PaymentProvider.Inter;

    public async Task<PaymentStartResult> StartAsync(PaymentStartRequest request, CancellationToken cancellationToken)
    {
        if (request.Method != PaymentMethod.Boleto)
        {
            throw new ProviderRejectedException(ProviderName, "O Banco Inter oferece apenas boleto.");
        }

        var account = await accounts.InterForNewChargeAsync(request.TenantId, cancellationToken);
        using var scope = UseAccount(account);
        var seuNumero = InterReference.ToSeuNumero(request.Reference);
        var existing = await CallAsync(() => FindBySeuNumeroAsync(seuNumero, cancellationToken));
        if (existing is not null)
        {
            return ResultOf(existing, request.ChargeId) with { UsedTenantAccount = account is not null };
        }

        var body = new InterIssueRequest(
            seuNumero,
            Money.RoundToCents(request.Amount),
            request.DueDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            options.Value.NumDiasAgenda,
            Payer(request.Payer),
            new InterMessage(Truncate(Sanitize(request.Description), 78)));
        var issued = await CallAsync(() => api.IssueAsync(body, cancellationToken));
        return new PaymentStartResult(PaymentStartOutcome.BoletoProcessing, issued.CodigoSolicitacao, UsedTenantAccount: account is not null);
    }

    public async Task CancelAsync(Guid? tenantId, PaymentMethod method, string providerChargeId, CancellationToken cancellationToken)
    {
        using var scope = await UseAccountAsync(tenantId, cancellationToken);
        await CallAsync(async () =>
        {
            await api.CancelAsync(providerChargeId, new InterCancelRequest("Cancelada pelo estabelecimento"), cancellationToken);
            return true;
        });
    }

    public async Task<InterChargeState?> GetChargeAsync(Guid? tenantId, string codigoSolicitacao, CancellationToken cancellationToken)
    {
        using var scope = await UseAccountAsync(tenantId, cancellationToken);
        return await CallAsync(async () =>
        {
            try
            {
                return ToState(await api.GetAsync(codigoSolicitacao, cancellationToken));
            }
            catch (ApiException exception) when (exception.StatusCode == HttpStatusCode.NotFound)
            {
                return null;
            }
        });
    }

    public async Task<InterChargeState?> FindByReferenceAsync(Guid? tenantId, string reference, CancellationToken cancellationToken)
    {
        using var scope = await UseAccountAsync(tenantId, cancellationToken);
        var found = await CallAsync(() => FindBySeuNumeroAsync(InterReference.ToSeuNumero(reference), cancellationToken));
        return found is null ? null : ToState(found);
    }

    public async Task<byte[]> GetPdfAsync(Guid? tenantId, string codigoSolicitacao, CancellationToken cancellationToken)
    {
        using var scope = await UseAccountAsync(tenantId, cancellationToken);
        var response = await CallAsync(() => api.GetPdfAsync(codigoSolicitacao, cancellationToken));
        return Convert.FromBase64String(response.Pdf);
    }

    /// <summary>
    /// Sets the tenant's own integration for the calls that follow, or leaves the host's. Throws
    /// <see cref="ProviderUnavailableException"/> when neither exists.
    /// </summary>
    private async Task<IDisposable> UseAccountAsync(Guid? tenantId, CancellationToken cancellationToken) =>
        UseAccount(await accounts.StoredInterAsync(tenantId, cancellationToken));

    private IDisposable UseAccount(InterAccount? account)
    {
        if (account is null && !options.Value.IsConfigured)
        {
            throw new ProviderUnavailableException(ProviderName, "Inter is not configured for this tenant; store its integration or set Inter:ClientId, Inter:ClientSecret and the certificate.");
        }

        return ProviderAccountScope<InterAccount>.Use(account);
    }

    private async Task<InterChargeResponse?> FindBySeuNumeroAsync(string seuNumero, CancellationToken cancellationToken)
    {
        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(clock.GetUtcNow(), Brasilia).DateTime);
        var list = await api.ListAsync(
            today.AddDays(-LookBackDays).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            today.AddDays(LookAheadDays).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            seuNumero,
            0,
            10,
            cancellationToken);

        // NOTE: the seuNumero filter of the list route is not in Inter's public reference, so the result is
        // filtered again here in case Inter ignores it.
        return list.Cobrancas?.FirstOrDefault(c => c.Cobranca.SeuNumero == seuNumero);
    }

    private static PaymentStartResult ResultOf(InterChargeResponse existing, Guid chargeId)
    {
        var state = ToState(existing);
        return state.HasBoleto
            ? new PaymentStartResult(
                PaymentStartOutcome.BoletoIssued,
                state.CodigoSolicitacao,
                PixCopyPaste: state.PixCopiaECola,
                BoletoDigitableLine: state.LinhaDigitavel,
                BoletoBarcode: state.CodigoBarras,
                BoletoPdfUrl: InterBoletoPdf.PathFor(chargeId))
            : new PaymentStartResult(PaymentStartOutcome.BoletoProcessing, state.CodigoSolicitacao);
    }

    private static InterChargeState ToState(InterChargeResponse response) => new(
        response.Cobranca.CodigoSolicitacao,
        response.Cobranca.SeuNumero,
        response.Cobranca.Situacao,
        response.Cobranca.ValorTotalRecebido,
        response.Boleto?.LinhaDigitavel,
        response.Boleto?.CodigoBarras,
        response.Pix?.PixCopiaECola);

    /// <summary>
    /// Builds the payer. The checkout requires the address for Inter boletos, so a missing one is a bug
    /// upstream. The length limits are the ones third-party clients use, because Inter does not publish them.
    /// </summary>
    private static InterPayer Payer(PaymentPayer payer)
    {
        var address = payer.Address
            ?? throw new ProviderRejectedException(ProviderName, "O boleto Banco Inter exige o endereço completo do pagador.");
        var phone = BrazilianPhone.National(payer.Phone);
        return new InterPayer(
            payer.Document,
            payer.Kind == CustomerKind.Person ? "FISICA" : "JURIDICA",
            Truncate(Sanitize(payer.Name), 100),
            Truncate(Sanitize(address.Street), 90),
            Truncate(Sanitize(address.Number), 10),
            address.Complement is null ? null : Truncate(Sanitize(address.Complement), 30),
            Truncate(Sanitize(address.District), 60),
            Truncate(Sanitize(address.City), 60),
            address.State.ToUpperInvariant(),
            address.PostalCode,
            payer.Email,
            phone is null ? null : phone[..2],
            phone?[2..]);
    }

    /// <summary>
    /// Runs a call and turns transport failures, timeouts, 5xx, 429, 401, 403 and an open circuit into
    /// <see cref="ProviderUnavailableException"/>. Refit 16 wraps failures that happen before a response
    /// (timeouts included) in <see cref="ApiRequestException"/>.
    /// </summary>
    private static async Task<T> CallAsync<T>(Func<Task<T>> call)
    {
        try
        {
            return await call();
        }
        catch (ApiException exception) when (exception.StatusCode == HttpStatusCode.TooManyRequests)
        {
            throw new ProviderUnavailableException(ProviderName, "Inter rate-limited the request (429).", exception)
            {
                RetryAfter = RetryAfter(exception) ?? TimeSpan.FromSeconds(60),
            };
        }
        catch (ApiException exception) when ((int)exception.StatusCode >= 500
            || exception.StatusCode is HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden)
        {
            throw new ProviderUnavailableException(ProviderName, $"Inter responded with status {(int)exception.StatusCode}.", exception);
        }
        catch (ApiException exception)
        {
            throw new ProviderRejectedException(ProviderName, InterErrors.Describe(exception), exception);
        }
        catch (Exception exception) when (exception is ApiRequestException or HttpRequestException or TimeoutException
            or BrokenCircuitException or Polly.Timeout.TimeoutRejectedException or TaskCanceledException)
        {
            throw new ProviderUnavailableException(ProviderName, "Inter could not be reached.", exception);
        }
    }

    private static TimeSpan? RetryAfter(ApiException exception)
    {
        var header = exception.Headers.RetryAfter;
        return header?.Delta ?? (header?.Date is { } date ? date - DateTimeOffset.UtcNow : null);
    }


    /// <summary>
    /// Keeps letters (accented ones too), digits, spaces and common punctuation. Older Inter versions rejected
    /// other characters in names and addresses without saying which.
    /// </summary>
    private static string Sanitize(string value) =>
        string.Concat(value.Where(c => char.IsLetterOrDigit(c) || c is ' ' or '.' or ',' or '-' or '/' or '\'' or '&' or '(' or ')')).Trim();

    private static string Truncate(string value, int maxLength) =>
        value.Length <= maxLength ? value : value[..maxLength];
}
