using System.Net;
using System.Text;

namespace Conexa.FunctionalTests.Reliability.BadInput;

/// <summary>Malformed uploads to a plan's public attachment route.</summary>
public static class UploadCorpus
{
    public const string UploadRoute = "POST /api/public/plans/{linkToken}/attachments";

    private const string Boundary = "corpus-boundary";
    private const string Multipart = $"multipart/form-data; boundary={Boundary}";

    private static readonly byte[] PdfStart = "%PDF-1.7\n"u8.ToArray();

    public static IEnumerable<BadRequestCase> Upload(CorpusTargets targets)
    {
        var path = $"/api/public/plans/{targets.LinkToken}/attachments";
        var cases = new List<BadRequestCase>
        {
            Case(path, "no file field", Body(("document", "rg.pdf", PdfStart))),
            Case(path, "two files", Body(("file", "rg.pdf", PdfStart), ("file", "cnh.pdf", PdfStart))),
            Case(path, "empty file", Body(("file", "rg.pdf", []))),
            Case(path, "text named .pdf", Body(("file", "rg.pdf", "apenas texto"u8.ToArray())), HttpStatusCode.UnsupportedMediaType),
            Case(path, "PDF named .png", Body(("file", "foto.png", PdfStart)), HttpStatusCode.UnsupportedMediaType),
            Case(path, "HTML named .pdf", Body(("file", "rg.pdf", "<html><script>alert(1)</script></html>"u8.ToArray())), HttpStatusCode.UnsupportedMediaType),
            Case(path, "11 MB PDF", Body(("file", "rg.pdf", Padded(PdfStart, 11 * 1024 * 1024))), HttpStatusCode.RequestEntityTooLarge),
            Case(path, "31 MB PDF, over the server's body limit", Body(("file", "rg.pdf", Padded(PdfStart, 31_000_000))), HttpStatusCode.RequestEntityTooLarge),
            new(UploadRoute, "multipart body without the boundary", HttpMethod.Post, path)
            {
                Body = "no parts here"u8.ToArray(),
                ContentType = Multipart,
                ExpectedStatus = HttpStatusCode.BadRequest,
            },
            new(UploadRoute, "multipart without a boundary parameter", HttpMethod.Post, path)
            {
                Body = Body(("file", "rg.pdf", PdfStart)),
                ContentType = "multipart/form-data",
            },
        };

        foreach (var contentType in new[] { "application/json", "text/plain", "application/x-www-form-urlencoded", "application/octet-stream", null })
        {
            cases.Add(new BadRequestCase(UploadRoute, $"content type {contentType ?? "(none)"}", HttpMethod.Post, path)
            {
                Body = PdfStart,
                ContentType = contentType,
                ExpectedStatus = HttpStatusCode.BadRequest,
            });
        }

        cases.AddRange(RequestMutations.WrongMethods(UploadRoute, path, HttpMethod.Get, HttpMethod.Put, HttpMethod.Delete, HttpMethod.Patch));
        cases.Add(PublicRouteCorpus.TooLongUrl(UploadRoute, HttpMethod.Post, "/api/public/plans/"));
        cases.Add(new BadRequestCase(UploadRoute, "unknown link token", HttpMethod.Post, "/api/public/plans/no-such-link/attachments")
        {
            Body = Body(("file", "rg.pdf", PdfStart)),
            ContentType = Multipart,
            ExpectedStatus = HttpStatusCode.NotFound,
        });
        return cases;
    }

    private static BadRequestCase Case(string path, string name, byte[] body, HttpStatusCode expected = HttpStatusCode.BadRequest) =>
        new(UploadRoute, name, HttpMethod.Post, path)
        {
            Body = body,
            ContentType = Multipart,
            ExpectedStatus = expected,
        };

    /// <summary>Writes a multipart/form-data body with one part per file.</summary>
    private static byte[] Body(params (string Field, string FileName, byte[] Content)[] parts)
    {
        using var body = new MemoryStream();
        foreach (var (field, fileName, content) in parts)
        {
            body.Write(Encoding.UTF8.GetBytes(
                $"--{Boundary}\r\nContent-Disposition: form-data; name=\"{field}\"; filename=\"{fileName}\"\r\nContent-Type: application/pdf\r\n\r\n"));
            body.Write(content);
            body.Write("\r\n"u8);
        }

        body.Write(Encoding.UTF8.GetBytes($"--{Boundary}--\r\n"));
        return body.ToArray();
    }

    private static byte[] Padded(byte[] start, int size)
    {
        var content = new byte[size];
        start.CopyTo(content, 0);
        Array.Fill(content, (byte)'x', start.Length, size - start.Length);
        return content;
    }
}
