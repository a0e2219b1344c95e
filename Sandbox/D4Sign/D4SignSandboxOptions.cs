using Microsoft.Extensions.Logging;

namespace Conexa.Sandbox.D4Sign;

/// <summary>Settings of a <see cref="D4SignSandbox"/>: the account's credentials, its safe and the port.</summary>
public sealed class D4SignSandboxOptions
{
    /// <summary>The tokenAPI query parameter that every API request must carry.</summary>
    public string TokenApi { get; set; } = "sandbox-d4sign-token";

    /// <summary>The cryptKey query parameter that every API request must carry.</summary>
    public string CryptKey { get; set; } = "sandbox-d4sign-crypt-key";

    /// <summary>The account's "Secret Key MAC": callbacks carry Content-Hmac: sha256=HMAC-SHA256(document UUID) with it.</summary>
    public string HmacSecret { get; set; } = "sandbox-d4sign-hmac-secret";

    /// <summary>UUID of the account's only safe (cofre).</summary>
    public string SafeUuid { get; set; } = "5f0a6a8e-3c2b-4d7e-9a1f-d4516a000001";

    public string SafeName { get; set; } = "Conexa Sandbox";

    /// <summary>TCP port on 127.0.0.1, or 0 to let the operating system pick a free port.</summary>
    public int Port { get; set; }

    /// <summary>
    /// How long an upload stays in status 1 (Processando) before it becomes 2 (Aguardando Signatários).
    /// Signers may be added while it processes, but sendtosigner is rejected until then. Zero by default.
    /// </summary>
    public TimeSpan ProcessingTime { get; set; }

    /// <summary>Maximum POST attempts of each callback; later attempts wait 200 ms, then twice as long each time.</summary>
    public int DeliveryAttempts { get; set; } = 4;

    /// <summary>Logger factory of the host; when null, the sandbox logs warnings and errors to the console.</summary>
    public ILoggerFactory? LoggerFactory { get; set; }
}
