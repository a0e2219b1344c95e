using Microsoft.Extensions.Logging;

namespace Conexa.Sandbox;

/// <summary>
/// Settings of an <see cref="EfiSandbox"/>: credentials, port, Pix key, clock and callback retries.
/// </summary>
public sealed class EfiSandboxOptions
{
    /// <summary>Client_Id accepted by both token endpoints.</summary>
    public string ClientId { get; set; } = "sandbox-client-id";

    /// <summary>Client_Secret accepted by both token endpoints.</summary>
    public string ClientSecret { get; set; } = "sandbox-client-secret";

    /// <summary>TCP port on 127.0.0.1 of the Charges API and the control page, or 0 to let the operating system pick a free port.</summary>
    public int Port { get; set; }

    /// <summary>
    /// Serves the Pix API (POST /oauth/token and /v2) only over HTTPS on <see cref="PixPort"/>, with a client
    /// certificate issued by the sandbox's own CA required on every connection, as EFI demands the account's .p12.
    /// When false, the Pix API shares the plain-HTTP port with the Charges API.
    /// </summary>
    public bool PixRequiresClientCertificate { get; set; } = true;

    /// <summary>TCP port on 127.0.0.1 of the Pix API over mutual TLS, or 0 to let the operating system pick a free port.</summary>
    public int PixPort { get; set; }

    /// <summary>Pix key (chave) of the sandbox account. Cobs and webhooks for any other key are rejected.</summary>
    public string PixKey { get; set; } = "sandbox@efi.local";

    /// <summary>
    /// Clock for token expiry, cob expiry and every timestamp the sandbox returns.
    /// Callback retry delays use real time, so a frozen test clock does not stall deliveries.
    /// </summary>
    public TimeProvider TimeProvider { get; set; } = TimeProvider.System;

    /// <summary>
    /// Pays every new cob of R$0.01 to R$10.00 at once and fires its webhook, as EFI's own sandbox does.
    /// </summary>
    public bool AutoPayPixUpToTenReais { get; set; }

    /// <summary>
    /// Accepts 14-character alphanumeric CNPJs (12 characters A–Z or 0–9, then 2 check digits), valid from
    /// July 2026. When false, only 14 digits are accepted. Whether EFI accepts them is not yet known.
    /// </summary>
    public bool AcceptAlphanumericCnpj { get; set; } = true;

    /// <summary>Maximum number of POST attempts for each notification or Pix webhook delivery.</summary>
    public int DeliveryAttempts { get; set; } = 5;

    /// <summary>Delay before the first retry of a failed delivery. Each later retry waits twice as long.</summary>
    public TimeSpan DeliveryRetryDelay { get; set; } = TimeSpan.FromMilliseconds(200);

    /// <summary>Timeout of each delivery attempt.</summary>
    public TimeSpan DeliveryTimeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>Merchant name (EMV ID 59) written in Pix BR Codes. Cut to 25 ASCII characters.</summary>
    public string MerchantName { get; set; } = "CONEXA SANDBOX";

    /// <summary>Merchant city (EMV ID 60) written in Pix BR Codes. Cut to 15 ASCII characters.</summary>
    public string MerchantCity { get; set; } = "SAO PAULO";

    /// <summary>
    /// Logger factory of the host application. When null, the sandbox logs warnings and errors to the console.
    /// The sandbox does not dispose a factory passed here.
    /// </summary>
    public ILoggerFactory? LoggerFactory { get; set; }
}
