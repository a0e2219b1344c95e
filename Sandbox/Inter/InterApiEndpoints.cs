using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Conexa.Sandbox.Inter;

/// <summary>
/// Inter's token and Cobrança v3 routes. Every route needs the client certificate, which the HTTPS
/// listener checks. All but the token route also need a bearer token with the read scope for GET, or the
/// write scope for other methods. A missing or expired token gets 401 with an empty body, as Inter
/// sometimes sends.
/// </summary>
internal static class InterApiEndpoints
{
    private const string Cobrancas = "/cobranca/v3/cobrancas";

    public static void Map(IEndpointRouteBuilder routes)
    {
        routes.MapPost("/oauth/v2/token", IssueToken);

        var api = routes.MapGroup(Cobrancas).AddEndpointFilter(RequireScope);
        api.MapPost("/", Issue);
        api.MapGet("/", List);
        api.MapPut("/webhook", RegisterWebhook);
        api.MapGet("/webhook", ReadWebhook);
        api.MapDelete("/webhook", DeleteWebhook);
        api.MapGet("/webhook/callbacks", ListCallbacks);
        api.MapGet("/{codigoSolicitacao}", Get);
        api.MapGet("/{codigoSolicitacao}/pdf", GetPdf);
        api.MapPost("/{codigoSolicitacao}/cancelar", Cancel);
    }

    private static async Task<IResult> IssueToken(HttpRequest request, InterTokens tokens)
    {
        if (!request.HasFormContentType)
        {
            return InterErrors.Result(StatusCodes.Status400BadRequest, "Requisição inválida", "Envie o corpo como application/x-www-form-urlencoded.");
        }

        var form = await request.ReadFormAsync();
        if (form["grant_type"] != "client_credentials")
        {
            return InterErrors.Result(StatusCodes.Status400BadRequest, "Requisição inválida", "grant_type deve ser client_credentials.");
        }

        if (!tokens.AreValidCredentials(form["client_id"], form["client_secret"]))
        {
            return Results.StatusCode(StatusCodes.Status401Unauthorized);
        }

        var scopes = form["scope"].ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (scopes.Length == 0 || !InterTokens.AreKnown(scopes))
        {
            return InterErrors.Result(StatusCodes.Status403Forbidden, "Escopo não permitido", $"A integração não tem os escopos pedidos: {form["scope"]}.");
        }

        var (token, expiresIn) = tokens.Issue(scopes);
        return Results.Json(new JsonObject
        {
            ["access_token"] = token,
            ["token_type"] = "Bearer",
            ["expires_in"] = expiresIn,
            ["scope"] = string.Join(' ', scopes),
        });
    }

    private static async ValueTask<object?> RequireScope(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var http = context.HttpContext;
        var header = http.Request.Headers.Authorization.ToString();
        var scopes = header.StartsWith("Bearer ", StringComparison.Ordinal)
            ? http.RequestServices.GetRequiredService<InterTokens>().Scopes(header["Bearer ".Length..])
            : null;
        if (scopes is null)
        {
            return Results.StatusCode(StatusCodes.Status401Unauthorized);
        }

        var needed = HttpMethods.IsGet(http.Request.Method) ? InterTokens.ReadScope : InterTokens.WriteScope;
        if (!scopes.Contains(needed))
        {
            return InterErrors.Result(StatusCodes.Status403Forbidden, "Escopo insuficiente", $"O token não tem o escopo {needed}.");
        }

        return await next(context);
    }

    private static async Task<IResult> Issue(HttpRequest request, InterChargeStore store, IOptions<InterSandboxOptions> options, InterFaultSwitches faults)
    {
        JsonNode? body;
        try
        {
            body = await JsonNode.ParseAsync(request.Body);
        }
        catch (JsonException)
        {
            return InterErrors.Invalid([new InterViolation("O corpo não é um JSON válido.", "body")]);
        }

        var (parsed, violations) = InterIssueParser.Parse(body, store.BrasiliaToday, options.Value.AcceptAlphanumericCnpj && !faults.RejectAlphanumericCnpj);
        if (parsed is null)
        {
            return InterErrors.Invalid(violations);
        }

        var record = store.Add(parsed.SeuNumero, parsed.ValorNominal, parsed.DataVencimento, parsed.NumDiasAgenda, parsed.Pagador);
        return Results.Json(new JsonObject { ["codigoSolicitacao"] = record.CodigoSolicitacao });
    }

    private static IResult Get(string codigoSolicitacao, InterChargeStore store) =>
        store.Read(codigoSolicitacao) is { } charge ? Results.Json(charge) : InterErrors.NotFound(codigoSolicitacao);

    private static IResult List(HttpRequest request, InterChargeStore store)
    {
        var query = request.Query;
        var violations = new List<InterViolation>();
        var from = ParseDate(query["dataInicial"], "dataInicial", violations);
        var to = ParseDate(query["dataFinal"], "dataFinal", violations);
        var page = ParseInt(query["paginacao.paginaAtual"], 0);
        var pageSize = Math.Clamp(ParseInt(query["paginacao.itensPorPagina"], 100), 1, 1000);
        if (violations.Count > 0)
        {
            return InterErrors.Invalid(violations);
        }

        var seuNumero = query["seuNumero"].ToString();
        var situacao = query["situacao"].ToString();
        var all = store.List(from!.Value, to!.Value, seuNumero.Length == 0 ? null : seuNumero, situacao.Length == 0 ? null : situacao);
        var pageItems = all.Skip(page * pageSize).Take(pageSize).ToList();
        var totalPages = (all.Count + pageSize - 1) / pageSize;
        return Results.Json(new JsonObject
        {
            ["totalPaginas"] = totalPages,
            ["totalElementos"] = all.Count,
            ["primeiraPagina"] = page == 0,
            ["ultimaPagina"] = page >= totalPages - 1,
            ["tamanhoPagina"] = pageSize,
            ["numeroDeElementos"] = pageItems.Count,
            ["cobrancas"] = new JsonArray(pageItems.Select(item => (JsonNode)item).ToArray()),
        });
    }

    private static IResult GetPdf(string codigoSolicitacao, InterChargeStore store)
    {
        var situacao = store.Situacao(codigoSolicitacao);
        if (situacao is null)
        {
            return InterErrors.NotFound(codigoSolicitacao);
        }

        if (situacao is InterSituacao.Processing or InterSituacao.IssueFailed)
        {
            return InterErrors.Invalid([new InterViolation("O boleto ainda não foi registrado.", "codigoSolicitacao", codigoSolicitacao)]);
        }

        return Results.Json(new JsonObject { ["pdf"] = Convert.ToBase64String(MinimalPdf($"Boleto {codigoSolicitacao}")) });
    }

    private static async Task<IResult> Cancel(string codigoSolicitacao, HttpRequest request, InterChargeStore store)
    {
        string? reason = null;
        try
        {
            reason = (await JsonNode.ParseAsync(request.Body))?["motivoCancelamento"]?.GetValue<string>();
        }
        catch (Exception exception) when (exception is JsonException or InvalidOperationException or FormatException)
        {
            // The reason is checked below.
        }

        if (string.IsNullOrWhiteSpace(reason))
        {
            return InterErrors.Invalid([new InterViolation("motivoCancelamento é obrigatório.", "motivoCancelamento")]);
        }

        return store.Cancel(codigoSolicitacao, reason) switch
        {
            InterTransition.Done => Results.Accepted(),
            InterTransition.NotFound => InterErrors.NotFound(codigoSolicitacao),
            _ => InterErrors.Invalid([new InterViolation("A situação atual da cobrança não permite cancelamento.", "situacao", store.Situacao(codigoSolicitacao))]),
        };
    }

    private static async Task<IResult> RegisterWebhook(HttpRequest request, InterWebhookSender webhook)
    {
        string? url = null;
        try
        {
            url = (await JsonNode.ParseAsync(request.Body))?["webhookUrl"]?.GetValue<string>();
        }
        catch (Exception exception) when (exception is JsonException or InvalidOperationException or FormatException)
        {
            // The URL is checked below.
        }

        if (!Uri.TryCreate(url, UriKind.Absolute, out var target) || target.Scheme is not ("http" or "https"))
        {
            return InterErrors.Invalid([new InterViolation("webhookUrl deve ser uma URL absoluta.", "webhookUrl", url)]);
        }

        webhook.Register(target);
        return Results.NoContent();
    }

    private static IResult ReadWebhook(InterWebhookSender webhook) =>
        webhook.Registration is { } registration
            ? Results.Json(new JsonObject
            {
                ["webhookUrl"] = registration.Url.ToString(),
                ["criacao"] = registration.CreatedAt.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture),
            })
            : InterErrors.Result(StatusCodes.Status404NotFound, "Webhook não encontrado", "Nenhum webhook está cadastrado.");

    private static IResult DeleteWebhook(InterWebhookSender webhook)
    {
        webhook.Unregister();
        return Results.NoContent();
    }

    // NOTE: Inter's documentation lists the fields of each attempt, but the envelope around the list
    // (here "data" with page fields) is a guess.
    private static IResult ListCallbacks(HttpRequest request, InterWebhookSender webhook)
    {
        var query = request.Query;
        if (!DateTimeOffset.TryParse(query["dataHoraInicio"], CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var from)
            || !DateTimeOffset.TryParse(query["dataHoraFim"], CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var to))
        {
            return InterErrors.Invalid([new InterViolation("dataHoraInicio e dataHoraFim são obrigatórios (ISO 8601).", "dataHoraInicio")]);
        }

        var id = query["codigoSolicitacao"].ToString();
        var attempts = webhook.Attempts(from, to, id.Length == 0 ? null : id);
        return Results.Json(new JsonObject
        {
            ["totalElementos"] = attempts.Count,
            ["totalPaginas"] = 1,
            ["data"] = new JsonArray(attempts.Select(a => (JsonNode)a.ToJson()).ToArray()),
        });
    }

    private static DateOnly? ParseDate(string? text, string name, List<InterViolation> violations)
    {
        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }

        violations.Add(new InterViolation($"{name} é obrigatório, no formato AAAA-MM-DD.", name, text));
        return null;
    }

    private static int ParseInt(string? text, int fallback) =>
        int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value) ? value : fallback;

    /// <summary>Returns a one-page PDF that shows <paramref name="text"/>, enough for a viewer to open.</summary>
    private static byte[] MinimalPdf(string text)
    {
        var content = $"BT /F1 14 Tf 72 720 Td ({text}) Tj ET";
        var objects = new[]
        {
            "<< /Type /Catalog /Pages 2 0 R >>",
            "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
            $"<< /Length {content.Length} >>\nstream\n{content}\nendstream",
            "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
        };
        var pdf = new StringBuilder("%PDF-1.4\n");
        var offsets = new List<int>();
        for (var i = 0; i < objects.Length; i++)
        {
            offsets.Add(pdf.Length);
            pdf.Append(CultureInfo.InvariantCulture, $"{i + 1} 0 obj\n{objects[i]}\nendobj\n");
        }

        var xref = pdf.Length;
        pdf.Append(CultureInfo.InvariantCulture, $"xref\n0 {objects.Length + 1}\n0000000000 65535 f \n");
        foreach (var offset in offsets)
        {
            pdf.Append(CultureInfo.InvariantCulture, $"{offset:D10} 00000 n \n");
        }

        pdf.Append(CultureInfo.InvariantCulture, $"trailer\n<< /Size {objects.Length + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n");
        return Encoding.ASCII.GetBytes(pdf.ToString());
    }
}
