using System.Globalization;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Conexa.Sandbox.Auth;
using Conexa.Sandbox.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;

namespace Conexa.Sandbox.Pix;

/// <summary>
/// Validates the body of PUT /v2/cob/{txid} and converts it to a <see cref="CobRequest"/>.
/// </summary>
/// <remarks>
/// NOTE: EFI documents the error names valor_invalido and chave_invalida but not which name it uses for every
/// other field. This parser uses valor_invalido for any invalid field and json_invalido for a body that is not
/// a JSON object.
/// </remarks>
internal sealed partial class CobRequestParser(IOptions<EfiSandboxOptions> options, SandboxClients clients)
{
    private const long DefaultExpiracaoSeconds = 86_400;
    private const int MaxChaveLength = 77;
    private const int MaxSolicitacaoPagadorLength = 140;
    private const int MaxInfoAdicionais = 50;

    public (CobRequest? Request, IResult? Error) Parse(JsonObject? body)
    {
        if (body is null)
        {
            return Fail(PixErrors.BadRequest("json_invalido", "O corpo da requisição deve ser um objeto JSON."));
        }

        var (expiracao, expiracaoError) = ParseExpiracao(body);
        var (valorOriginal, amount, valorError) = ParseValor(body);
        var error = expiracaoError
            ?? valorError
            ?? ValidateDevedor(body)
            ?? ValidateChave(body)
            ?? ValidateSolicitacaoPagador(body)
            ?? ValidateInfoAdicionais(body);
        if (error is not null)
        {
            return Fail(error);
        }

        return (new CobRequest(
            expiracao,
            JsonFields.Object(body, "devedor"),
            valorOriginal!,
            amount,
            JsonFields.String(body, "chave")!,
            JsonFields.String(body, "solicitacaoPagador"),
            JsonFields.Array(body, "infoAdicionais")), null);
    }

    private static (long Expiracao, IResult? Error) ParseExpiracao(JsonObject body)
    {
        if (!JsonFields.Has(body, "calendario"))
        {
            return (DefaultExpiracaoSeconds, null);
        }

        if (JsonFields.Object(body, "calendario") is not { } calendario)
        {
            return (0, PixErrors.InvalidValue("O campo calendario deve ser um objeto."));
        }

        if (!JsonFields.Has(calendario, "expiracao"))
        {
            return (DefaultExpiracaoSeconds, null);
        }

        return JsonFields.Integer(calendario, "expiracao") is { } seconds and > 0
            ? (seconds, null)
            : (0, PixErrors.InvalidValue("O campo calendario.expiracao deve ser um número inteiro de segundos maior que zero."));
    }

    private static (string? Original, decimal Amount, IResult? Error) ParseValor(JsonObject body)
    {
        var original = JsonFields.Object(body, "valor") is { } valor ? JsonFields.String(valor, "original") : null;
        if (original is null || !AmountPattern().IsMatch(original))
        {
            return (null, 0, PixErrors.InvalidValue(
                "O campo valor.original deve ser um texto com ponto e 2 casas decimais, como \"123.45\"."));
        }

        var amount = decimal.Parse(original, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture);
        return amount > 0
            ? (original, amount, null)
            : (null, 0, PixErrors.InvalidValue("O campo valor.original deve ser maior que zero."));
    }

    private IResult? ValidateDevedor(JsonObject body)
    {
        if (!JsonFields.Has(body, "devedor"))
        {
            return null;
        }

        if (JsonFields.Object(body, "devedor") is not { } devedor)
        {
            return PixErrors.InvalidValue("O campo devedor deve ser um objeto.");
        }

        if (string.IsNullOrWhiteSpace(JsonFields.String(devedor, "nome")))
        {
            return PixErrors.InvalidValue("O campo devedor.nome é obrigatório quando devedor é informado.");
        }

        return (JsonFields.Has(devedor, "cpf"), JsonFields.Has(devedor, "cnpj")) switch
        {
            (true, false) => DocumentRules.IsCpf(JsonFields.String(devedor, "cpf") ?? string.Empty)
                ? null
                : PixErrors.InvalidValue("O campo devedor.cpf deve ter 11 dígitos, sem máscara."),
            (false, true) => DocumentRules.IsCnpj(
                JsonFields.String(devedor, "cnpj") ?? string.Empty, options.Value.AcceptAlphanumericCnpj)
                ? null
                : PixErrors.InvalidValue("O campo devedor.cnpj deve ter 14 caracteres, sem máscara."),
            _ => PixErrors.InvalidValue("Informe devedor.cpf ou devedor.cnpj, e apenas um deles."),
        };
    }

    private IResult? ValidateChave(JsonObject body)
    {
        var chave = JsonFields.String(body, "chave");
        if (string.IsNullOrEmpty(chave) || chave.Length > MaxChaveLength)
        {
            return PixErrors.BadRequest("chave_invalida", $"O campo chave é obrigatório e tem no máximo {MaxChaveLength} caracteres.");
        }

        return clients.HasPixKey(chave)
            ? null
            : PixErrors.BadRequest("chave_invalida", "A chave informada não pertence a esta conta.");
    }

    private static IResult? ValidateSolicitacaoPagador(JsonObject body)
    {
        if (!JsonFields.Has(body, "solicitacaoPagador"))
        {
            return null;
        }

        return JsonFields.String(body, "solicitacaoPagador") is { Length: <= MaxSolicitacaoPagadorLength }
            ? null
            : PixErrors.InvalidValue(
                $"O campo solicitacaoPagador deve ser um texto de até {MaxSolicitacaoPagadorLength} caracteres.");
    }

    private static IResult? ValidateInfoAdicionais(JsonObject body)
    {
        if (!JsonFields.Has(body, "infoAdicionais"))
        {
            return null;
        }

        var items = JsonFields.Array(body, "infoAdicionais");
        var isValid = items is { Count: <= MaxInfoAdicionais }
            && items.All(item => item is JsonObject entry
                && JsonFields.String(entry, "nome") is not null
                && JsonFields.String(entry, "valor") is not null);
        return isValid
            ? null
            : PixErrors.InvalidValue(
                $"O campo infoAdicionais deve ser uma lista de até {MaxInfoAdicionais} objetos com nome e valor.");
    }

    private static (CobRequest? Request, IResult? Error) Fail(IResult error) => (null, error);

    [GeneratedRegex(@"^[0-9]{1,10}\.[0-9]{2}$", RegexOptions.CultureInvariant)]
    private static partial Regex AmountPattern();
}
