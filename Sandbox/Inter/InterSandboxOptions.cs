using Microsoft.Extensions.Logging;

namespace Conexa.Sandbox;

/// <summary>Settings of an <see cref="InterSandbox"/>: credentials, ports, timings and callback retries.</summary>
public sealed class InterSandboxOptions
{
    /// <summary>client_id accepted by the token endpoint.</summary>
    public string ClientId { get; set; } = "inter-sandbox-client-id";

    /// <summary>client_secret accepted by the token endpoint.</summary>
    public string ClientSecret { get; set; } = "inter-sandbox-client-secret";

    /// <summary>HTTPS port of Inter's API on 127.0.0.1 (client certificate required), or 0 for any free port.</summary>
    public int Port { get; set; }

    /// <summary>Plain-HTTP port of the control page and triggers on 127.0.0.1, or 0 for any free port.</summary>
    public int ControlPort { get; set; }

    /// <summary>Time a new boleto stays EM_PROCESSAMENTO before it becomes A_RECEBER with its barcode and Pix code.</summary>
    public TimeSpan ProcessingDelay { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>Lifetime of each access token (expires_in).</summary>
    public TimeSpan TokenLifetime { get; set; } = TimeSpan.FromHours(1);

    /// <summary>
    /// Accepts 14-character alphanumeric CNPJs as cpfCnpj. When false the sandbox rejects them, as Inter may
    /// do until it supports them. Inter's behaviour is not documented yet.
    /// </summary>
    public bool AcceptAlphanumericCnpj { get; set; } = true;

    /// <summary>Time the webhook sender waits after a change, so changes close together go out in one array.</summary>
    public TimeSpan DeliveryBatchWindow { get; set; } = TimeSpan.FromMilliseconds(50);

    /// <summary>Maximum number of POST attempts of each webhook delivery.</summary>
    public int DeliveryAttempts { get; set; } = 5;

    /// <summary>Delay before the first retry of a failed delivery. Each later retry waits twice as long.</summary>
    public TimeSpan DeliveryRetryDelay { get; set; } = TimeSpan.FromMilliseconds(200);

    /// <summary>Clock of token expiry and of every date the sandbox returns. Delivery delays use real time.</summary>
    public TimeProvider TimeProvider { get; set; } = TimeProvider.System;

    /// <summary>Logger factory of the host application. When null, warnings and errors go to the console.</summary>
    public ILoggerFactory? LoggerFactory { get; set; }
}
