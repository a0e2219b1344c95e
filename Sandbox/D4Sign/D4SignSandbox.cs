using Conexa.Sandbox.Hosting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;

namespace Conexa.Sandbox.D4Sign;

/// <summary>
/// Local imitation of D4Sign's API on one plain-HTTP port of 127.0.0.1, for Development and tests. State is
/// kept in memory and lost on dispose.
/// </summary>
/// <remarks>
/// API routes (tokenAPI and cryptKey in the query): GET /api/v1/safes, POST /api/v1/documents/{safe}/upload,
/// POST and GET /api/v1/documents/{uuid}/webhooks, POST .../createlist, GET .../list, POST .../sendtosigner,
/// POST .../resend, POST .../cancel, GET /api/v1/documents/{uuid} and GET /api/v1/documents/{statusId}/status.
/// The page GET /sandbox lists the documents; POST /sandbox/documents/{uuid}/sign, /cancel and /bounce
/// trigger the callbacks.
/// </remarks>
public sealed class D4SignSandbox : IAsyncDisposable
{
    private readonly WebApplication app;

    private D4SignSandbox(WebApplication app, Uri baseAddress, D4SignSandboxOptions options, D4SignFaults faults)
    {
        this.app = app;
        BaseAddress = baseAddress;
        Options = options;
        Faults = faults;
    }

    /// <summary>Base address of the sandbox, "http://127.0.0.1:&lt;port&gt;/".</summary>
    public Uri BaseAddress { get; }

    /// <summary>Base address of the API routes, "http://127.0.0.1:&lt;port&gt;/api/v1/".</summary>
    public Uri ApiBaseAddress => new(BaseAddress, "api/v1/");

    public D4SignSandboxOptions Options { get; }

    /// <summary>Failures that tests switch on; <see cref="D4SignFaults.Reset"/> switches them off.</summary>
    public D4SignFaults Faults { get; }

    /// <summary>Snapshot of every document, oldest first.</summary>
    public IReadOnlyList<D4SignSandboxDocument> Documents => app.Services.GetRequiredService<D4SignDocumentStore>().Snapshot();

    /// <summary>Number of callbacks queued or being posted.</summary>
    public int PendingCallbacks => app.Services.GetRequiredService<D4SignCallbackSender>().Pending;

    /// <summary>Starts the sandbox and returns once it accepts connections.</summary>
    public static async Task<D4SignSandbox> StartAsync(D4SignSandboxOptions options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(options);
        var faults = new D4SignFaults();
        var app = D4SignSandboxApplication.Build(options, faults);
        try
        {
            await app.StartAsync(cancellationToken);
            var bound = new Uri(app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.Single());
            return new D4SignSandbox(app, new Uri($"http://127.0.0.1:{bound.Port}/"), options, faults);
        }
        catch
        {
            await app.DisposeAsync();
            throw;
        }
    }

    public D4SignSandboxDocument? Find(string uuid) => app.Services.GetRequiredService<D4SignDocumentStore>().Find(uuid);

    /// <summary>
    /// Signs a document waiting for signatures, as the signer <paramref name="email"/> or as every signer when
    /// null. Each signature posts type_post 4; the last one also finishes the document (status 4, type_post 1).
    /// </summary>
    /// <exception cref="KeyNotFoundException">No document has this UUID.</exception>
    /// <exception cref="InvalidOperationException">The document is not waiting for signatures, or the signer is unknown or has signed.</exception>
    public void Sign(string uuid, string? email = null)
    {
        var callbacks = new List<D4SignCallback>();
        var result = app.Services.GetRequiredService<D4SignDocumentStore>().Sign(uuid, email, callbacks);
        app.Services.GetRequiredService<D4SignCallbackSender>().Enqueue(callbacks);
        ThrowUnlessDone(uuid, result);
    }

    /// <summary>Cancels a document (status 6) and posts type_post 3.</summary>
    public void Cancel(string uuid)
    {
        var callbacks = new List<D4SignCallback>();
        var result = app.Services.GetRequiredService<D4SignDocumentStore>().Cancel(uuid, callbacks);
        app.Services.GetRequiredService<D4SignCallbackSender>().Enqueue(callbacks);
        ThrowUnlessDone(uuid, result);
    }

    /// <summary>Returns the Content-Hmac value the sandbox sends for a document.</summary>
    public string SignatureOf(string uuid) => D4SignCallbackSender.Signature(Options.HmacSecret, uuid);

    /// <summary>Waits until every queued callback was posted, for up to <paramref name="timeout"/>.</summary>
    public async Task WaitForCallbacksAsync(TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (PendingCallbacks > 0 && DateTime.UtcNow < deadline)
        {
            await Task.Delay(25);
        }
    }

    /// <summary>Counts API requests whose method matches and whose path starts with the prefix, such as ("POST", "/api/v1/documents/").</summary>
    public int CountRequests(string method, string pathPrefix) =>
        app.Services.GetRequiredService<RequestCounter>().Count(method, pathPrefix);

    public async ValueTask DisposeAsync()
    {
        await app.StopAsync();
        await app.DisposeAsync();
    }

    private static void ThrowUnlessDone(string uuid, D4SignTransition result)
    {
        switch (result)
        {
            case D4SignTransition.Done:
                return;
            case D4SignTransition.NotFound:
                throw new KeyNotFoundException($"Nenhum documento do sandbox da D4Sign tem o UUID {uuid}.");
            default:
                throw new InvalidOperationException($"O documento {uuid} do sandbox da D4Sign não permite esta ação agora ({result}).");
        }
    }
}
