using System.Globalization;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Options;

namespace Conexa.Sandbox.D4Sign;

/// <summary>
/// D4Sign's API routes under /api/v1. Every request carries tokenAPI and cryptKey in the query (401 when
/// wrong); every success is 200, and errors are {"message": "..."}.
/// </summary>
internal static class D4SignApiEndpoints
{
    public static void Map(IEndpointRouteBuilder routes)
    {
        var api = routes.MapGroup("/api/v1").AddEndpointFilter(ApplyAuthAndFaults);
        api.MapGet("/safes", ListSafes);
        api.MapPost("/documents/{safeUuid}/upload", Upload);
        api.MapPost("/documents/{uuid}/webhooks", RegisterWebhook);
        api.MapGet("/documents/{uuid}/webhooks", ReadWebhook);
        api.MapPost("/documents/{uuid}/createlist", AddSigners);
        api.MapGet("/documents/{uuid}/list", ListSigners);
        api.MapPost("/documents/{uuid}/sendtosigner", SendToSigners);
        api.MapPost("/documents/{uuid}/resend", Resend);
        api.MapPost("/documents/{uuid}/cancel", Cancel);
        api.MapGet("/documents/{statusId:int}/status", ListByStatus);
        api.MapGet("/documents/{uuid}", GetDocument);
    }

    private static async ValueTask<object?> ApplyAuthAndFaults(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var http = context.HttpContext;
        var options = http.RequestServices.GetService(typeof(IOptions<D4SignSandboxOptions>)) as IOptions<D4SignSandboxOptions>;
        var faults = (D4SignFaults)http.RequestServices.GetService(typeof(D4SignFaults))!;
        var query = http.Request.Query;
        if (query["tokenAPI"] != options!.Value.TokenApi || query["cryptKey"] != options.Value.CryptKey)
        {
            return Message(StatusCodes.Status401Unauthorized, "tokenAPI ou cryptKey inválido.");
        }

        if (faults.Latency > TimeSpan.Zero)
        {
            await Task.Delay(faults.Latency, http.RequestAborted);
        }

        var path = http.Request.Path.Value ?? string.Empty;
        if (faults.TakeHang(path))
        {
            await Task.Delay(Timeout.InfiniteTimeSpan, http.RequestAborted);
        }

        if (faults.TakeFailure(path) is { } status)
        {
            if (status == StatusCodes.Status429TooManyRequests)
            {
                http.Response.Headers.RetryAfter = "1";
                return Message(status, "Too many requests.");
            }

            return Message(status, "Server error.");
        }

        return await next(context);
    }

    private static IResult ListSafes(IOptions<D4SignSandboxOptions> options) =>
        Results.Ok(new[] { new Dictionary<string, string> { ["uuid-safe"] = options.Value.SafeUuid, ["name-safe"] = options.Value.SafeName } });

    private static async Task<IResult> Upload(string safeUuid, HttpRequest request, IOptions<D4SignSandboxOptions> options, D4SignDocumentStore store)
    {
        if (safeUuid != options.Value.SafeUuid)
        {
            return Message(StatusCodes.Status404NotFound, $"Cofre {safeUuid} não encontrado.");
        }

        if (!request.HasFormContentType)
        {
            return Message(StatusCodes.Status400BadRequest, "Envie o arquivo como multipart/form-data no campo file.");
        }

        var form = await request.ReadFormAsync();
        var file = form.Files["file"];
        if (file is null || file.Length == 0)
        {
            return Message(StatusCodes.Status400BadRequest, "O campo file é obrigatório.");
        }

        var header = new byte[5];
        await using (var content = file.OpenReadStream())
        {
            await content.ReadExactlyAsync(header.AsMemory(0, (int)Math.Min(header.Length, file.Length)));
        }

        if (!header.AsSpan().SequenceEqual("%PDF-"u8))
        {
            return Message(StatusCodes.Status400BadRequest, "O arquivo não é um PDF.");
        }

        return Results.Ok(new { uuid = store.Upload(file.FileName, (int)file.Length) });
    }

    private static async Task<IResult> RegisterWebhook(string uuid, HttpRequest request, D4SignDocumentStore store)
    {
        var fields = await D4SignRequestFields.ReadAsync(request);
        if (fields is null || !fields.TryGetValue("url", out var url) || !Uri.TryCreate(url, UriKind.Absolute, out _))
        {
            return Message(StatusCodes.Status400BadRequest, "O campo url é obrigatório e deve ser uma URL absoluta.");
        }

        return store.RegisterWebhook(uuid, url) == D4SignTransition.Done
            ? Results.Ok(new { message = "Webhook successfully registered" })
            : DocumentNotFound(uuid);
    }

    private static IResult ReadWebhook(string uuid, D4SignDocumentStore store) =>
        store.Find(uuid) is { } document
            ? Results.Ok(new[] { new { url = document.WebhookUrl ?? string.Empty } })
            : DocumentNotFound(uuid);

    private static async Task<IResult> AddSigners(string uuid, HttpRequest request, D4SignDocumentStore store)
    {
        using var body = await D4SignRequestFields.ReadJsonAsync(request);
        if (body is null || body.RootElement.ValueKind != JsonValueKind.Object
            || !body.RootElement.TryGetProperty("signers", out var signers) || signers.ValueKind != JsonValueKind.Array)
        {
            return Message(StatusCodes.Status400BadRequest, "Envie {\"signers\":[...]} com ao menos um signatário.");
        }

        var emails = new List<string>();
        foreach (var signer in signers.EnumerateArray())
        {
            if (signer.ValueKind != JsonValueKind.Object || !signer.TryGetProperty("email", out var email)
                || email.ValueKind != JsonValueKind.String || !(email.GetString() ?? string.Empty).Contains('@', StringComparison.Ordinal))
            {
                return Message(StatusCodes.Status400BadRequest, "Cada signatário precisa de um email válido.");
            }

            if (!signer.TryGetProperty("act", out var act) || act.ValueKind != JsonValueKind.String)
            {
                return Message(StatusCodes.Status400BadRequest, "Cada signatário precisa do campo act (\"1\" para assinar).");
            }

            emails.Add(email.GetString()!);
        }

        if (emails.Count == 0)
        {
            return Message(StatusCodes.Status400BadRequest, "Envie ao menos um signatário.");
        }

        return store.AddSigners(uuid, emails, out var registered) switch
        {
            D4SignTransition.Done => Results.Ok(new { message = registered.Select(s => new { key_signer = s.KeySigner, email = s.Email }) }),
            D4SignTransition.NotFound => DocumentNotFound(uuid),
            _ => Message(StatusCodes.Status400BadRequest, "O documento não aceita signatários no status atual."),
        };
    }

    private static IResult ListSigners(string uuid, D4SignDocumentStore store) =>
        store.Find(uuid) is { } document
            ? Results.Ok(new[]
            {
                new
                {
                    uuidDoc = document.Uuid,
                    list = document.Signers.Select(s => new { email = s.Email, key_signer = s.KeySigner, signed = s.Signed ? "1" : "0" }),
                },
            })
            : DocumentNotFound(uuid);

    private static async Task<IResult> SendToSigners(string uuid, HttpRequest request, D4SignDocumentStore store)
    {
        var fields = await D4SignRequestFields.ReadAsync(request) ?? [];
        if (fields.TryGetValue("workflow", out var workflow) && workflow is not ("0" or "1"))
        {
            return Message(StatusCodes.Status400BadRequest, "workflow deve ser \"0\" ou \"1\".");
        }

        return store.Send(uuid) switch
        {
            D4SignTransition.Done => Results.Ok(new { message = "File sent successfully" }),
            D4SignTransition.NotFound => DocumentNotFound(uuid),
            _ => Message(StatusCodes.Status400BadRequest, "O documento precisa estar em Aguardando Signatários e ter signatários."),
        };
    }

    private static async Task<IResult> Resend(string uuid, HttpRequest request, D4SignDocumentStore store)
    {
        var fields = await D4SignRequestFields.ReadAsync(request) ?? [];
        if (!fields.TryGetValue("email", out var email) || !fields.TryGetValue("key_signer", out var key))
        {
            return Message(StatusCodes.Status400BadRequest, "Os campos email e key_signer são obrigatórios.");
        }

        return store.Resend(uuid, email, key) switch
        {
            D4SignTransition.Done => Results.Ok(new { message = "Email sent" }),
            D4SignTransition.NotFound => DocumentNotFound(uuid),
            D4SignTransition.UnknownSigner => Message(StatusCodes.Status400BadRequest, "Signatário não encontrado neste documento."),
            _ => Message(StatusCodes.Status400BadRequest, "O documento não está aguardando assinaturas."),
        };
    }

    private static IResult Cancel(string uuid, D4SignDocumentStore store, D4SignCallbackSender callbacks)
    {
        var queued = new List<D4SignCallback>();
        var result = store.Cancel(uuid, queued);
        callbacks.Enqueue(queued);
        return result switch
        {
            D4SignTransition.Done => Results.Ok(new { message = "Document canceled" }),
            D4SignTransition.NotFound => DocumentNotFound(uuid),
            _ => Message(StatusCodes.Status400BadRequest, "O documento já foi finalizado ou cancelado."),
        };
    }

    private static IResult ListByStatus(int statusId, D4SignDocumentStore store, IOptions<D4SignSandboxOptions> options) =>
        Results.Ok(store.Snapshot().Where(d => d.StatusId == statusId).Select(d => DocumentJson(d, options.Value)));

    private static IResult GetDocument(string uuid, D4SignDocumentStore store, IOptions<D4SignSandboxOptions> options) =>
        store.Find(uuid) is { } document
            ? Results.Ok(new[] { DocumentJson(document, options.Value) })
            : DocumentNotFound(uuid);

    private static Dictionary<string, string> DocumentJson(D4SignSandboxDocument document, D4SignSandboxOptions options) => new()
    {
        ["uuidDoc"] = document.Uuid,
        ["nameDoc"] = document.Name,
        ["uuidSafe"] = options.SafeUuid,
        ["safeName"] = options.SafeName,
        ["statusId"] = document.StatusId.ToString(CultureInfo.InvariantCulture),
        ["statusName"] = D4SignStatus.NameOf(document.StatusId),
        ["statusComment"] = string.Empty,
        ["whoCanceled"] = string.Empty,
    };

    private static IResult DocumentNotFound(string uuid) => Message(StatusCodes.Status404NotFound, $"Documento {uuid} não encontrado.");

    private static IResult Message(int statusCode, string message) => Results.Json(new { message }, statusCode: statusCode);
}
