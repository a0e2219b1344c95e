using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Conexa.Domain.Plans;

namespace Conexa.FunctionalTests.Support;

/// <summary>Uploads to a plan's public attachment route and sample file contents with real signatures.</summary>
public static class AttachmentApi
{
    /// <summary>A form that shows attachments, as optional or required.</summary>
    public static FormConfiguration FormWithAttachments(bool required = false) =>
        FormConfiguration.Default with { Attachments = required ? FormField.Mandatory : FormField.Optional };

    /// <summary>Returns <paramref name="size"/> bytes that start like a PDF file.</summary>
    public static byte[] Pdf(int size) => Padded("%PDF-1.7\n"u8, size);

    /// <summary>Returns <paramref name="size"/> bytes that start with the PNG signature.</summary>
    public static byte[] Png(int size) => Padded([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A], size);

    public static byte[] Text(int size) => Padded(Encoding.UTF8.GetBytes("Contrato social da empresa\n"), size);

    /// <summary>Uploads a file, from the loopback address <paramref name="fromAddress"/> when given (see <see cref="LoopbackClients"/>).</summary>
    public static async Task<HttpResponseMessage> UploadAsync(string linkToken, byte[] content, string fileName, string declaredType = "application/pdf", string? fromAddress = null)
    {
        using var form = new MultipartFormDataContent();
        var file = new ByteArrayContent(content);
        file.Headers.ContentType = MediaTypeHeaderValue.Parse(declaredType);
        form.Add(file, "file", fileName);
        using var request = new HttpRequestMessage(HttpMethod.Post, $"/api/public/plans/{linkToken}/attachments") { Content = form };

        // Lets the server reject an oversized body before the client sends it all.
        request.Headers.ExpectContinue = content.Length > 1024 * 1024;
        var client = fromAddress is null ? ApiServer.Client : LoopbackClients.From(fromAddress);
        return await client.SendAsync(request);
    }

    /// <summary>Uploads a file that must be accepted and returns its id.</summary>
    public static async Task<string> UploadIdAsync(string linkToken, byte[] content, string fileName, string? fromAddress = null)
    {
        var response = await UploadAsync(linkToken, content, fileName, fromAddress: fromAddress);
        var body = await CheckoutApi.ReadJsonAsync(response);
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Created), body.ToJsonString());
        return body["id"]!.GetValue<string>();
    }

    private static byte[] Padded(ReadOnlySpan<byte> start, int size)
    {
        var content = new byte[size];
        start.CopyTo(content);
        for (var i = start.Length; i < size; i++)
        {
            content[i] = (byte)('a' + (i % 26));
        }

        return content;
    }
}
