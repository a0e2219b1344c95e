using Microsoft.Extensions.Hosting;

namespace Conexa.Sandbox.Hosting;

/// <summary>
/// Host lifetime that ignores Ctrl+C and SIGTERM, so the process that embeds the sandbox decides when it stops,
/// through <see cref="EfiSandbox.DisposeAsync"/>.
/// </summary>
internal sealed class EmbeddedHostLifetime : IHostLifetime
{
    public Task WaitForStartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
