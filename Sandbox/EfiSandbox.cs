using Conexa.Sandbox.Charges;
using Conexa.Sandbox.Hosting;
using Conexa.Sandbox.Pix;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;

namespace Conexa.Sandbox;

/// <summary>
/// Local imitation of EFI's Charges and Pix APIs on 127.0.0.1, for Development and tests: the Charges API and the
/// control page over plain HTTP, the Pix API over mutual TLS on a port of its own. State is kept in memory and
/// lost on dispose.
/// </summary>
/// <remarks>
/// Charges routes: POST /v1/authorize, POST /v1/charge/one-step, GET /v1/charge/{id}, PUT /v1/charge/{id}/cancel
/// and GET /v1/notification/{token}. Pix routes: POST /oauth/token, PUT/GET/PATCH /v2/cob/{txid},
/// GET /v2/loc/{id}/qrcode and PUT/GET/DELETE /v2/webhook/{chave}. The page GET /sandbox lists cobs and charges
/// and pays them.
/// </remarks>
public sealed class EfiSandbox : IAsyncDisposable
{
    private readonly WebApplication app;
    private readonly SandboxCertificates? pixCertificates;

    private EfiSandbox(WebApplication app, Uri baseAddress, Uri pixBaseAddress, SandboxCertificates? pixCertificates)
    {
        this.app = app;
        this.pixCertificates = pixCertificates;
        BaseAddress = baseAddress;
        PixBaseAddress = pixBaseAddress;
    }

    /// <summary>Base address of the Charges API and the control page, "http://127.0.0.1:&lt;port&gt;/".</summary>
    public Uri BaseAddress { get; }

    /// <summary>
    /// Base address of the Pix API: "https://127.0.0.1:&lt;port&gt;/" with a client certificate required, or
    /// <see cref="BaseAddress"/> when <see cref="EfiSandboxOptions.PixRequiresClientCertificate"/> is false.
    /// </summary>
    public Uri PixBaseAddress { get; }

    /// <summary>
    /// The account certificate and key for the Pix API as a password-protected PKCS#12 (.p12), as EFI hands it out.
    /// It is empty when the Pix API needs no client certificate.
    /// </summary>
    public ReadOnlyMemory<byte> PixClientCertificatePkcs12 => pixCertificates?.ClientPfx ?? ReadOnlyMemory<byte>.Empty;

    public string? PixClientCertificatePassword => pixCertificates?.ClientPfxPassword;

    /// <summary>The CA that issued the Pix API's server certificate, in PEM, for clients to trust. It is null without mutual TLS.</summary>
    public string? PixCertificateAuthorityPem => pixCertificates?.Authority.ExportCertificatePem();

    /// <summary>Snapshot of every Charges API charge, oldest first.</summary>
    public IReadOnlyList<SandboxCharge> Charges => app.Services.GetRequiredService<ChargeStore>().Snapshot();

    /// <summary>Switches that make the provider routes slow or failing; they start off.</summary>
    public SandboxFaults Faults => app.Services.GetRequiredService<SandboxFaults>();

    /// <summary>
    /// Gets or sets whether PUT and GET /v2/cob leave out <c>pixCopiaECola</c>, so a client must read the code
    /// from GET /v2/loc/{id}/qrcode. Off by default.
    /// </summary>
    public bool CobsOmitPixCode
    {
        get => app.Services.GetRequiredService<CobStore>().OmitsPixCode;
        set => app.Services.GetRequiredService<CobStore>().OmitsPixCode = value;
    }

    /// <summary>Snapshot of every Pix cob, oldest first.</summary>
    public IReadOnlyList<SandboxPixCob> Cobs => app.Services.GetRequiredService<CobStore>().Snapshot();

    /// <summary>Starts the sandbox and returns once it accepts connections.</summary>
    public static async Task<EfiSandbox> StartAsync(EfiSandboxOptions options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(options);
        var pixCertificates = options.PixRequiresClientCertificate
            ? SandboxCertificates.Create(options.TimeProvider.GetUtcNow(), "EFI")
            : null;
        var app = SandboxApplication.Build(options, pixCertificates);
        try
        {
            await app.StartAsync(cancellationToken);
            var bound = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses
                .Select(address => new Uri(address))
                .ToList();
            var baseAddress = new Uri($"http://127.0.0.1:{bound.Single(a => a.Scheme == Uri.UriSchemeHttp).Port}/");
            var pixBaseAddress = pixCertificates is null
                ? baseAddress
                : new Uri($"https://127.0.0.1:{bound.Single(a => a.Scheme == Uri.UriSchemeHttps).Port}/");
            app.Services.GetRequiredService<SandboxAddress>().Set(baseAddress);
            return new EfiSandbox(app, baseAddress, pixBaseAddress, pixCertificates);
        }
        catch
        {
            await app.DisposeAsync();
            pixCertificates?.Dispose();
            throw;
        }
    }

    /// <summary>
    /// Pays an active cob: its status becomes CONCLUIDA, it gets a pix[] entry with an endToEndId, and the payment
    /// is POSTed in the background to the webhook registered for its key, at &lt;webhookUrl&gt;/pix.
    /// </summary>
    /// <exception cref="KeyNotFoundException">No cob has this txid.</exception>
    /// <exception cref="InvalidOperationException">The cob is not ATIVA or has expired.</exception>
    public Task PayPixAsync(string txid, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(txid);
        ct.ThrowIfCancellationRequested();
        return app.Services.GetRequiredService<CobPayer>().Pay(txid) switch
        {
            CobTransition.Done => Task.CompletedTask,
            CobTransition.NotFound => throw new KeyNotFoundException($"Nenhuma cobrança Pix do sandbox da EFI tem o txid {txid}."),
            CobTransition.Expired => throw new InvalidOperationException($"A cobrança Pix {txid} do sandbox da EFI expirou e não pode mais ser paga."),
            _ => throw new InvalidOperationException($"A cobrança Pix {txid} do sandbox da EFI não está ATIVA (já foi paga ou removida), então não pode ser paga."),
        };
    }

    /// <summary>
    /// Confirms payment of a waiting or approved charge, or of an unpaid boleto: its status becomes "paid" and
    /// "notification=&lt;token&gt;" is POSTed in the background to its notification_url.
    /// </summary>
    /// <exception cref="KeyNotFoundException">No charge has this id.</exception>
    /// <exception cref="InvalidOperationException">The charge's status does not allow payment.</exception>
    public Task PayChargeAsync(long chargeId, CancellationToken ct = default)
    {
        ct.ThrowIfCancellationRequested();
        return app.Services.GetRequiredService<ChargeStore>().Pay(chargeId) switch
        {
            ChargeTransition.Done => Task.CompletedTask,
            ChargeTransition.NotFound => throw new KeyNotFoundException($"Nenhuma cobrança do sandbox da EFI tem o charge_id {chargeId}."),
            _ => throw new InvalidOperationException(
                $"A cobrança {chargeId} do sandbox da EFI não está aguardando pagamento, então não pode ser paga."),
        };
    }

    /// <summary>
    /// Adds an account whose client credentials both token endpoints accept from now on, such as a tenant's own
    /// EFI account in a test. Its charges are visible only to its own tokens, and <paramref name="pixKey"/>
    /// is accepted in cobs.
    /// </summary>
    public void AddClient(string clientId, string clientSecret, string pixKey)
    {
        ArgumentException.ThrowIfNullOrEmpty(clientId);
        ArgumentException.ThrowIfNullOrEmpty(clientSecret);
        ArgumentException.ThrowIfNullOrEmpty(pixKey);
        app.Services.GetRequiredService<Auth.SandboxClients>().Add(clientId, clientSecret, pixKey);
    }

    /// <summary>
    /// Counts the requests received so far whose method matches (ignoring case) and whose path starts with
    /// <paramref name="pathPrefix"/> (case-sensitive), such as CountRequests("PUT", "/v2/cob/").
    /// </summary>
    public int CountRequests(string method, string pathPrefix) =>
        app.Services.GetRequiredService<RequestCounter>().Count(method, pathPrefix);

    /// <summary>Stops the server, drops pending callback retries and releases the port.</summary>
    public async ValueTask DisposeAsync()
    {
        await app.StopAsync();
        await app.DisposeAsync();
        pixCertificates?.Dispose();
    }
}
