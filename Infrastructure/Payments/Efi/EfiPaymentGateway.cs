using System.Globalization;
using System.Net;
using Conexa.Application.Common.Exceptions;
using Conexa.Application.Common.Payments;
using Conexa.Domain.Common;
using Conexa.Domain.Customers;
using Conexa.Domain.Plans;
using Conexa.Domain.Sales;
using Conexa.Infrastructure.Integrations;
using Microsoft.Extensions.Options;
using Polly.CircuitBreaker;
using Refit;

namespace Conexa.Infrastructure.Payments.Efi;

/// <summary>
/// Starts card payments through EFI Charges (our reference as custom_id) and Pix charges through EFI Pix
/// (our reference as the txid, which EFI refuses to reuse), and reads both back for callbacks. Every call
/// runs with the tenant's own EFI account when it stored one, and with the host's otherwise.
/// </summary>
internal sealed class EfiPaymentGateway(
    IEfiChargesApi charges,
    IEfiPixApi pix,
    IOptions<EfiOptions> options,
    ProviderAccounts accounts,
    PublicUrls publicUrls,
    TimeProvider clock) : IPaymentGateway, IEfiNotificationSource
{
    private const string ProviderName = "EFI";

    public PaymentProvider Provider => PaymentProvider.Efi;

    public async Task<PaymentStartResult> StartAsync(PaymentStartRequest request, CancellationToken cancellationToken)
    {
        var account = await accounts.EfiForNewChargeAsync(request.TenantId, request.Method, cancellationToken);
        using var scope = ProviderAccountScope<EfiAccount>.Use(account);
        var pixKey = account?.PixKey ?? options.Value.PixKey;
        var result = request.Method switch
        {
            PaymentMethod.Pix => await CallAsync(() => IssuePixAsync(request, pixKey, cancellationToken)),
            PaymentMethod.Card => await CallAsync(() => ChargeCardAsync(request, cancellationToken)),
            PaymentMethod.Boleto => await CallAsync(() => IssueBoletoAsync(request, cancellationToken)),
            _ => throw new ProviderUnavailableException(ProviderName, $"Payment by {request.Method} through EFI is not available yet."),
        };
        return result with { UsedTenantAccount = account is not null };
    }

    public async Task CancelAsync(Guid? tenantId, PaymentMethod method, string providerChargeId, CancellationToken cancellationToken)
    {
        using var scope = ProviderAccountScope<EfiAccount>.Use(await accounts.StoredEfiAsync(tenantId, cancellationToken));
        if (method == PaymentMethod.Pix)
        {
            await CallAsync(() => pix.UpdateCobAsync(providerChargeId, new EfiPixStatusUpdate("REMOVIDA_PELO_USUARIO_RECEBEDOR"), cancellationToken));
            return;
        }

        await CallAsync(async () =>
        {
            await charges.CancelChargeAsync(long.Parse(providerChargeId, CultureInfo.InvariantCulture), cancellationToken);
            return true;
        });
    }

    public async Task<IReadOnlyList<ChargeNotificationEvent>> GetChargeEventsAsync(Guid? tenantId, string token, CancellationToken cancellationToken)
    {
        using var scope = ProviderAccountScope<EfiAccount>.Use(await accounts.StoredEfiAsync(tenantId, cancellationToken));
        var response = await CallAsync(() => charges.GetNotificationAsync(token, cancellationToken));
        return response.Data
            .Where(e => e.Identifiers.ChargeId is not null)
            .Select(e => new ChargeNotificationEvent(
                e.Id,
                e.Identifiers.ChargeId!.Value.ToString(CultureInfo.InvariantCulture),
                e.CustomId,
                e.Status.Current,
                e.Status.Previous))
            .ToList();
    }

    public async Task<EfiChargeState> GetChargeAsync(Guid? tenantId, string providerChargeId, CancellationToken cancellationToken)
    {
        using var scope = ProviderAccountScope<EfiAccount>.Use(await accounts.StoredEfiAsync(tenantId, cancellationToken));
        var id = long.Parse(providerChargeId, CultureInfo.InvariantCulture);
        var response = await CallAsync(() => charges.GetChargeAsync(id, cancellationToken));
        return new EfiChargeState(providerChargeId, response.Data.Status);
    }

    public async Task<PixChargeState> GetPixChargeAsync(Guid? tenantId, string txid, CancellationToken cancellationToken)
    {
        using var scope = ProviderAccountScope<EfiAccount>.Use(await accounts.StoredEfiAsync(tenantId, cancellationToken));
        var cob = await CallAsync(() => pix.GetCobAsync(txid, cancellationToken));
        var paidAt = cob.Pix?.Count > 0 ? cob.Pix[0].Horario : (DateTimeOffset?)null;
        return new PixChargeState(cob.Txid, cob.Status, paidAt);
    }

    private async Task<PaymentStartResult> IssuePixAsync(PaymentStartRequest request, string pixKey, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var payer = request.Payer;
        var debtor = payer.Kind == CustomerKind.Person
            ? new EfiPixDebtor(payer.Document, null, payer.Name)
            : new EfiPixDebtor(null, payer.Document, payer.Name);
        var body = new EfiPixCobRequest(
            new EfiPixCalendar(ExpirationSeconds(request, settings)),
            debtor,
            new EfiPixValue(Money.RoundToCents(request.Amount).ToString("0.00", CultureInfo.InvariantCulture)),
            pixKey,
            Truncate(request.Description, 140));

        EfiPixCob cob;
        try
        {
            cob = await pix.CreateCobAsync(request.Reference, body, cancellationToken);
        }
        catch (ApiException exception) when (exception.StatusCode == HttpStatusCode.Conflict)
        {
            // The txid is ours, so a conflict means an earlier attempt created this very charge.
            cob = await pix.GetCobAsync(request.Reference, cancellationToken);
        }

        if (!string.IsNullOrWhiteSpace(cob.PixCopiaECola))
        {
            return new PaymentStartResult(PaymentStartOutcome.PixIssued, cob.Txid, cob.PixCopiaECola);
        }

        // A cob without its code: the location's QR code route returns it.
        if (cob.Loc is not { } location)
        {
            throw new ProviderUnavailableException(ProviderName, $"EFI returned cob {cob.Txid} without pixCopiaECola and without loc, so its Pix code cannot be read.");
        }

        var qrCode = await pix.GetQrCodeAsync(location.Id, cancellationToken);
        return new PaymentStartResult(PaymentStartOutcome.PixIssued, cob.Txid, qrCode.Qrcode);
    }

    /// <summary>Returns the cob's lifetime: as long as the charge stays payable, and at least Efi:PixExpirationSeconds.</summary>
    private static int ExpirationSeconds(PaymentStartRequest request, EfiOptions settings) =>
        request.PixPayableFor is { } payableFor && payableFor.TotalSeconds > settings.PixExpirationSeconds
            ? (int)Math.Min(int.MaxValue, Math.Ceiling(payableFor.TotalSeconds))
            : settings.PixExpirationSeconds;

    private async Task<PaymentStartResult> IssueBoletoAsync(PaymentStartRequest request, CancellationToken cancellationToken)
    {
        var earlier = await FindEarlierAttemptAsync(request, "billet", cancellationToken);
        if (earlier is not null)
        {
            return BoletoResult(earlier);
        }

        var body = new EfiOneStepChargeRequest(
            [new EfiItem(Truncate(request.Description, 255), Money.ToCents(request.Amount), 1)],
            new EfiMetadata(request.Reference, NotificationUrl(request.TenantId)),
            new EfiPayment(null, new EfiBankingBillet(
                ChargesCustomer(request.Payer),
                request.DueDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                Truncate(request.Description, 80))));

        return BoletoResult((await charges.CreateOneStepChargeAsync(body, cancellationToken)).Data);
    }

    private static PaymentStartResult BoletoResult(EfiChargeData data)
    {
        var line = data.Barcode ?? string.Empty;
        return new PaymentStartResult(
            PaymentStartOutcome.BoletoIssued,
            data.ChargeId.ToString(CultureInfo.InvariantCulture),
            PixCopyPaste: data.Pix?.Qrcode,
            BoletoDigitableLine: line,
            BoletoBarcode: BoletoNumbers.BarcodeFromDigitableLine(line),
            BoletoPdfUrl: data.Pdf?.Charge ?? data.BilletLink);
    }

    /// <summary>
    /// Builds the payer EFI's Charges API takes. A stored phone that is not a Brazilian number is left out, because EFI
    /// rejects the whole charge for it.
    /// </summary>
    private static EfiCustomer ChargesCustomer(PaymentPayer payer) => payer.Kind == CustomerKind.Person
        ? new EfiCustomer(payer.Name, payer.Document, payer.Email, BrazilianPhone.National(payer.Phone), null)
        : new EfiCustomer(payer.Name, null, payer.Email, BrazilianPhone.National(payer.Phone), new EfiJuridicalPerson(payer.Name, payer.Document));

    private async Task<PaymentStartResult> ChargeCardAsync(PaymentStartRequest request, CancellationToken cancellationToken)
    {
        var earlier = await FindEarlierAttemptAsync(request, "card", cancellationToken);
        if (earlier is not null)
        {
            return CardResult(earlier);
        }

        if (string.IsNullOrEmpty(request.CardToken))
        {
            throw new ProviderRejectedException(ProviderName, "O pagamento com cartão não foi concluído. Tente novamente com os dados do cartão.");
        }

        var customer = ChargesCustomer(request.Payer);
        var body = new EfiOneStepChargeRequest(
            [new EfiItem(Truncate(request.Description, 255), Money.ToCents(request.Amount), 1)],
            new EfiMetadata(request.Reference, NotificationUrl(request.TenantId)),
            new EfiPayment(new EfiCreditCard(customer, 1, request.CardToken ?? string.Empty)));

        return CardResult((await charges.CreateOneStepChargeAsync(body, cancellationToken)).Data);
    }

    private static PaymentStartResult CardResult(EfiChargeData charge)
    {
        var providerId = charge.ChargeId.ToString(CultureInfo.InvariantCulture);
        return charge.Status == "unpaid"
            ? new PaymentStartResult(PaymentStartOutcome.CardDeclined, providerId, DeclineReason: charge.Refusal?.Reason)
            : new PaymentStartResult(PaymentStartOutcome.CardApproved, providerId);
    }

    /// <summary>
    /// Returns where EFI posts the charge's notifications. The URL names the tenant only when its own account
    /// creates the charge, so the notification is read back with the same account.
    /// </summary>
    private string? NotificationUrl(Guid tenantId) =>
        ProviderAccountScope<EfiAccount>.Current is null ? publicUrls.EfiNotificationUrl : publicUrls.EfiNotificationUrlFor(tenantId);

    /// <summary>
    /// Looks for the charge an earlier, unanswered attempt may have created, by our reference in custom_id.
    /// EFI Charges has no idempotency key, so this lookup is what keeps a retry from charging twice.
    /// </summary>
    private async Task<EfiChargeData?> FindEarlierAttemptAsync(PaymentStartRequest request, string chargeType, CancellationToken cancellationToken)
    {
        if (!request.MayExistAtProvider)
        {
            return null;
        }

        // EFI dates charges in Brasília time (UTC-3); a window of a few days around today covers any retry.
        var today = DateOnly.FromDateTime(clock.GetUtcNow().ToOffset(TimeSpan.FromHours(-3)).DateTime);
        var listed = await charges.ListChargesAsync(
            chargeType,
            today.AddDays(-7).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            today.AddDays(1).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            request.Payer.Document,
            cancellationToken);
        var match = listed.Data.LastOrDefault(c => c.CustomId == request.Reference);
        return match is null ? null : (await charges.GetChargeAsync(match.ChargeId, cancellationToken)).Data;
    }

    /// <summary>
    /// Runs a call and turns transport failures, 5xx, 429 and an open circuit into <see cref="ProviderUnavailableException"/>.
    /// Refit 16 wraps transport failures and timeouts in <see cref="ApiRequestException"/>, which carries no status.
    /// </summary>
    private static async Task<T> CallAsync<T>(Func<Task<T>> call)
    {
        try
        {
            return await call();
        }
        catch (ApiException exception) when ((int)exception.StatusCode >= 500 || exception.StatusCode == HttpStatusCode.TooManyRequests)
        {
            throw new ProviderUnavailableException(ProviderName, $"EFI responded with status {(int)exception.StatusCode}.", exception);
        }
        catch (ApiException exception)
        {
            throw new ProviderRejectedException(ProviderName, EfiErrors.Describe(exception), exception);
        }
        // Refit 16 wraps failures that happen before a response (refused connection, timeout) in ApiRequestException.
        catch (Exception exception) when (exception is ApiRequestException or HttpRequestException or TimeoutException
            or BrokenCircuitException or Polly.Timeout.TimeoutRejectedException or TaskCanceledException)
        {
            throw new ProviderUnavailableException(ProviderName, "EFI could not be reached.", exception);
        }
    }


    private static string Truncate(string value, int maxLength) =>
        value.Length <= maxLength ? value : value[..maxLength];
}
