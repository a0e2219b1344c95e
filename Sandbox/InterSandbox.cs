using Conexa.Sandbox.Hosting;
using Conexa.Sandbox.Inter;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;

namespace Conexa.Sandbox;

/// <summary>
/// Local imitation of Banco Inter's Cobrança v3 API (boleto with Pix) for Development and tests: HTTPS on
/// 127.0.0.1 that requires a client certificate issued by a certificate authority made at start, plus a
/// plain-HTTP control page. State is kept in memory and lost on dispose.
/// </summary>
/// <remarks>
/// API routes: POST /oauth/v2/token; POST and GET /cobranca/v3/cobrancas; GET /cobranca/v3/cobrancas/{codigoSolicitacao};
/// GET .../{codigoSolicitacao}/pdf; POST .../{codigoSolicitacao}/cancelar; PUT, GET and DELETE
/// /cobranca/v3/cobrancas/webhook; GET /cobranca/v3/cobrancas/webhook/callbacks. Control: GET /sandbox and
/// POST /sandbox/inter/{codigoSolicitacao}/{action} on <see cref="ControlAddress"/>.
/// </remarks>
public sealed class InterSandbox : IAsyncDisposable
{
    private readonly WebApplication app;
    private readonly SandboxCertificates certificates;

    private InterSandbox(WebApplication app, SandboxCertificates certificates, InterFaultSwitches faults, Uri baseAddress, Uri controlAddress)
    {
        this.app = app;
        this.certificates = certificates;
        Faults = faults;
        BaseAddress = baseAddress;
        ControlAddress = controlAddress;
    }

    /// <summary>HTTPS base address of Inter's API, "https://127.0.0.1:&lt;port&gt;/".</summary>
    public Uri BaseAddress { get; }

    /// <summary>Plain-HTTP base address of the control page, "http://127.0.0.1:&lt;port&gt;/".</summary>
    public Uri ControlAddress { get; }

    /// <summary>Failure switches of the API, for tests.</summary>
    public InterFaultSwitches Faults { get; }

    /// <summary>The client certificate and key as a password-protected PKCS#12 (.pfx) file, as Inter hands them out.</summary>
    public ReadOnlyMemory<byte> ClientCertificatePfx => certificates.ClientPfx;

    public string ClientCertificatePassword => certificates.ClientPfxPassword;

    /// <summary>The certificate authority that issued the server certificate, in PEM, for clients to trust.</summary>
    public string CertificateAuthorityPem => certificates.Authority.ExportCertificatePem();

    /// <summary>Snapshot of every boleto, oldest first.</summary>
    public IReadOnlyList<SandboxInterCharge> Charges => app.Services.GetRequiredService<InterChargeStore>().Snapshot();

    public static async Task<InterSandbox> StartAsync(InterSandboxOptions options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(options);
        var certificates = SandboxCertificates.Create(options.TimeProvider.GetUtcNow(), "Inter");
        var faults = new InterFaultSwitches();
        var app = InterSandboxApplication.Build(options, certificates, faults);
        try
        {
            await app.StartAsync(cancellationToken);
            var addresses = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses
                .Select(address => new Uri(address))
                .ToList();
            var baseAddress = new Uri($"https://127.0.0.1:{addresses.Single(a => a.Scheme == Uri.UriSchemeHttps).Port}/");
            var controlAddress = new Uri($"http://127.0.0.1:{addresses.Single(a => a.Scheme == Uri.UriSchemeHttp).Port}/");
            app.Services.GetRequiredService<SandboxAddress>().Set(baseAddress);
            return new InterSandbox(app, certificates, faults, baseAddress, controlAddress);
        }
        catch
        {
            await app.DisposeAsync();
            certificates.Dispose();
            throw;
        }
    }

    /// <summary>
    /// Applies a control action to a boleto, as the control page does: pay, pay-pix, overdue, expire, cancel
    /// or fail-issue. The change is then sent to the registered webhook in the background.
    /// </summary>
    /// <exception cref="ArgumentException">The action is unknown.</exception>
    /// <exception cref="KeyNotFoundException">No boleto has this codigoSolicitacao.</exception>
    /// <exception cref="InvalidOperationException">The boleto's situacao does not allow the action.</exception>
    public void Apply(string codigoSolicitacao, string action)
    {
        var store = app.Services.GetRequiredService<InterChargeStore>();
        switch (InterControlEndpoints.Apply(store, codigoSolicitacao, action))
        {
            case null:
                throw new ArgumentException($"Ação desconhecida do sandbox do Inter: {action}. Use pay, pay-pix, overdue, expire, cancel ou fail-issue.", nameof(action));
            case InterTransition.NotFound:
                throw new KeyNotFoundException($"Nenhum boleto do sandbox do Inter tem o codigoSolicitacao {codigoSolicitacao}.");
            case InterTransition.NotAllowed:
                throw new InvalidOperationException($"O boleto {codigoSolicitacao} do sandbox do Inter está {store.Situacao(codigoSolicitacao)}, situação que não permite a ação {action}.");
        }
    }

    /// <summary>Registers the boleto at once, skipping the rest of the processing delay.</summary>
    public bool CompleteIssue(string codigoSolicitacao) =>
        app.Services.GetRequiredService<InterChargeStore>().CompleteIssue(codigoSolicitacao) == InterTransition.Done;

    /// <summary>Counts the API requests received so far with this method (ignoring case) and path prefix (case-sensitive).</summary>
    public int CountRequests(string method, string pathPrefix) =>
        app.Services.GetRequiredService<RequestCounter>().Count(method, pathPrefix);

    /// <summary>Returns the body of each webhook POST attempt made so far, oldest first.</summary>
    public IReadOnlyList<string> WebhookPayloads() =>
        app.Services.GetRequiredService<InterWebhookSender>()
            .Attempts(DateTimeOffset.MinValue, DateTimeOffset.MaxValue, null)
            .Select(a => a.Payload.ToJsonString())
            .ToList();

    public async ValueTask DisposeAsync()
    {
        await app.StopAsync();
        await app.DisposeAsync();
        certificates.Dispose();
    }
}
