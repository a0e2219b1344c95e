using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;

namespace Conexa.FunctionalTests.Support;

/// <summary>
/// Clients of the test server whose connections leave from another loopback address, such as 127.0.0.2, so the
/// server records another client address. Linux routes all of 127.0.0.0/8 to the loopback interface.
/// </summary>
public static class LoopbackClients
{
    private static readonly ConcurrentDictionary<string, HttpClient> ByAddress = new();

    /// <summary>Returns the client for <paramref name="localAddress"/>, built on first use and kept for the test run.</summary>
    public static HttpClient From(string localAddress) => ByAddress.GetOrAdd(localAddress, Build);

    private static HttpClient Build(string localAddress)
    {
        var handler = new SocketsHttpHandler
        {
            ConnectCallback = async (context, cancellationToken) =>
            {
                var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
                try
                {
                    socket.Bind(new IPEndPoint(IPAddress.Parse(localAddress), 0));
                    await socket.ConnectAsync(context.DnsEndPoint, cancellationToken);
                    return new NetworkStream(socket, ownsSocket: true);
                }
                catch
                {
                    socket.Dispose();
                    throw;
                }
            },
        };
        return new HttpClient(handler) { BaseAddress = ApiServer.Client.BaseAddress, Timeout = ApiServer.Client.Timeout };
    }
}
