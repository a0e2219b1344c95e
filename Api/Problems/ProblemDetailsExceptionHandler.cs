using System.Reflection;
using System.Text.Json;
using System.Text.RegularExpressions;
using Conexa.Application.Common.Exceptions;
using Conexa.Domain.Common;
using FluentValidation;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;

namespace Conexa.Api.Problems;

/// <summary>
/// Translates every failure into RFC 9457 problem details: validation 400 (per field), not found 404,
/// unavailable feature 403, state conflict 409, rejected file 413, 415 or 422, broken rule 422, provider down 503. Rejections are logged as information;
/// only unexpected failures are logged as errors.
/// </summary>
internal sealed partial class ProblemDetailsExceptionHandler(
    IProblemDetailsService problemDetails,
    ILogger<ProblemDetailsExceptionHandler> logger) : IExceptionHandler
{
    /// <summary>The provider name that D4Sign's adapter puts in its exceptions.</summary>
    private const string D4SignProvider = "D4Sign";

    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        var problem = Translate(httpContext, exception);
        if (problem.Status >= 500 && exception is not ProviderUnavailableException)
        {
            LogUnexpected(exception, httpContext.Request.Method, httpContext.Request.Path, httpContext.TraceIdentifier);
        }
        else
        {
            LogRejected(httpContext.Request.Method, WithoutPersonalData(httpContext.Request.Path.ToString()), problem.Status ?? 0, problem.Type ?? string.Empty, WithoutPersonalData(OnOneLine(exception.Message)));
        }

        httpContext.Response.StatusCode = problem.Status ?? StatusCodes.Status500InternalServerError;
        return await problemDetails.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = httpContext,
            ProblemDetails = problem,
            Exception = exception,
        });
    }

    private static ProblemDetails Translate(HttpContext httpContext, Exception exception) => exception switch
    {
        ValidationException validation => new HttpValidationProblemDetails(FieldErrors(validation))
        {
            Status = StatusCodes.Status400BadRequest,
            Type = ProblemTypes.Validation,
            Title = "Dados inválidos",
            Detail = "Corrija os campos indicados em \"errors\" e envie novamente.",
        },
        BadHttpRequestException badRequest => Malformed(badRequest),
        FileRejectedException rejected => FileRejected(httpContext, rejected),
        NotFoundException notFound => new ProblemDetails
        {
            Status = StatusCodes.Status404NotFound,
            Type = ProblemTypes.NotFound,
            Title = "Não encontrado",
            Detail = NotFoundDetail(notFound.Resource),
        },
        FeatureUnavailableException unavailable => FeatureUnavailable(httpContext, unavailable),
        ConflictException conflict => new ProblemDetails
        {
            Status = StatusCodes.Status422UnprocessableEntity,
            Type = ProblemTypes.ForRule(conflict.Code),
            Title = "Requisição em conflito",
            Detail = conflict.Message,
        },
        StateConflictException stateConflict => new ProblemDetails
        {
            Status = StatusCodes.Status409Conflict,
            Type = ProblemTypes.ForRule(stateConflict.Code),
            Title = "Estado atual não permite a operação",
            Detail = stateConflict.Message,
        },
        BusinessRuleException rule => new ProblemDetails
        {
            Status = StatusCodes.Status422UnprocessableEntity,
            Type = ProblemTypes.ForRule(rule.Rule),
            Title = "Regra de negócio violada",
            Detail = rule.Message,
        },
        ProviderRejectedException rejected => new ProblemDetails
        {
            Status = StatusCodes.Status422UnprocessableEntity,
            Type = ProblemTypes.ProviderRejected,
            Title = rejected.Provider == D4SignProvider ? "A D4Sign recusou a operação" : "O provedor de pagamento recusou os dados",
            Detail = rejected.Message,
        },
        ProviderUnavailableException unavailable => ProviderUnavailable(httpContext, unavailable),
        _ => new ProblemDetails
        {
            Status = StatusCodes.Status500InternalServerError,
            Title = "Erro inesperado",
            Detail = $"Tente novamente; se persistir, informe o código {httpContext.TraceIdentifier} ao suporte.",
        },
    };

    private static string NotFoundDetail(string resource) => resource switch
    {
        "Plan link" => "Este link de contratação não existe ou foi desativado. Peça um link novo ao estabelecimento.",
        "Checkout" => "Contratação não encontrada: confira o identificador.",
        "Contract" => "Contrato não encontrado: confira o identificador.",
        "Boleto" => "Boleto indisponível: ele ainda não foi registrado, já foi pago ou foi cancelado. Confira a cobrança na página da contratação.",
        "Plan" => "Plano não encontrado: confira o identificador.",
        "Unit" => "Unidade não encontrada: confira o identificador.",
        "Customer" => "Cliente não encontrado: confira o identificador.",
        "Attachment" => "Arquivo não encontrado neste contrato: confira os identificadores.",
        "Charge" => "Cobrança não encontrada neste contrato: confira os identificadores.",
        "Integration" => "A empresa não tem credenciais próprias deste provedor: salve-as antes de testar ou remover.",
        _ => "Registro não encontrado: confira o identificador.",
    };

    /// <summary>
    /// A rejected file: 413 when too large, 415 for a type not accepted, 422 when the storage quota is full, and
    /// 429 with Retry-After while the tenant has too many uploads no checkout has used.
    /// </summary>
    private static HttpValidationProblemDetails FileRejected(HttpContext httpContext, FileRejectedException exception)
    {
        if (exception.Reason == FileRejection.TooManyPendingUploads)
        {
            var seconds = Math.Ceiling((exception.RetryAfter ?? TimeSpan.FromMinutes(5)).TotalSeconds);
            httpContext.Response.Headers.RetryAfter = seconds.ToString("0", System.Globalization.CultureInfo.InvariantCulture);
        }

        var (status, type, title) = exception.Reason switch
        {
            FileRejection.TooLarge => (StatusCodes.Status413PayloadTooLarge, ProblemTypes.FileTooLarge, "Arquivo grande demais"),
            FileRejection.TypeNotAllowed => (StatusCodes.Status415UnsupportedMediaType, ProblemTypes.FileTypeNotAllowed, "Tipo de arquivo não aceito"),
            FileRejection.TooManyPendingUploads => (StatusCodes.Status429TooManyRequests, ProblemTypes.TooManyPendingUploads, "Muitos arquivos aguardando contratação"),
            _ => (StatusCodes.Status422UnprocessableEntity, ProblemTypes.StorageQuotaExceeded, "Espaço de armazenamento cheio"),
        };
        return new HttpValidationProblemDetails(new Dictionary<string, string[]> { [exception.Field] = [exception.Message] })
        {
            Status = status,
            Type = type,
            Title = title,
            Detail = exception.Message,
        };
    }

    private static ProblemDetails ProviderUnavailable(HttpContext httpContext, ProviderUnavailableException exception)
    {
        var seconds = (int)exception.RetryAfter.TotalSeconds;
        httpContext.Response.Headers.RetryAfter = seconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
        if (exception.Provider == D4SignProvider)
        {
            return new ProblemDetails
            {
                Status = StatusCodes.Status503ServiceUnavailable,
                Type = ProblemTypes.ProviderUnavailable,
                Title = "Serviço de assinatura indisponível",
                Detail = $"A D4Sign não respondeu. O que já foi enviado está guardado: tente de novo em {seconds} segundos.",
            };
        }

        return new ProblemDetails
        {
            Status = StatusCodes.Status503ServiceUnavailable,
            Type = ProblemTypes.ProviderUnavailable,
            Title = "Serviço de pagamento indisponível",
            Detail = $"O provedor {exception.Provider} não respondeu. Seus dados foram guardados: reenvie com o mesmo Idempotency-Key em {seconds} segundos.",
        };
    }

    private static ProblemDetails Malformed(BadHttpRequestException exception)
    {
        var json = exception.InnerException as JsonException;
        if (json is not null && MissingRequiredMember().Match(json.Message) is { Success: true } missing)
        {
            // The path names the object that lacks the member, such as "form" for "form.password".
            var name = FieldOf(json.Path) is { } parent ? $"{parent}.{missing.Groups["name"].Value}" : missing.Groups["name"].Value;
            return MalformedField(exception.StatusCode, name, $"O campo \"{name}\" está ausente: envie-o, com null quando quiser deixá-lo vazio. Nada foi salvo.");
        }

        var path = FieldOf(json?.Path);
        if (json is not null && path is not null)
        {
            if (IsUnknownMember(json))
            {
                return MalformedField(exception.StatusCode, path, $"O campo \"{path}\" não existe nesta rota: confira o nome e a grafia no documento OpenAPI em /swagger. Nada foi salvo.");
            }

            if (IsWrongType(json) && IsDateValue(json, path))
            {
                return MalformedField(exception.StatusCode, path, $"O campo \"{path}\" não é uma data válida: use o formato AAAA-MM-DD, com um dia que exista no mês, como 2027-02-28.");
            }

            if (IsWrongType(json))
            {
                return MalformedField(exception.StatusCode, path, $"O campo \"{path}\" tem um valor de tipo inválido. Confira o exemplo no documento OpenAPI em /swagger.");
            }

            // Cut off, broken or nested too deep: the path is where reading stopped, not a value of the wrong type.
            var position = json.LineNumber is { } line && json.BytePositionInLine is { } column
                ? $" (linha {line + 1}, byte {column + 1} da linha)"
                : string.Empty;
            return MalformedField(
                exception.StatusCode,
                path,
                $"O corpo não é um JSON válido: a leitura parou no campo \"{path}\"{position}. Confira se o JSON está completo, sem campos repetidos, como no exemplo do documento OpenAPI em /swagger. Nada foi salvo.");
        }

        if (json is null && BindingFailure().Match(exception.Message) is { Success: true } binding)
        {
            var name = binding.Groups["name"].Value;
            var expected = ExpectedValue(binding.Groups["type"].Value);
            if (exception.Message.StartsWith("Required", StringComparison.Ordinal))
            {
                return MalformedField(exception.StatusCode, name, $"{name} ausente: informe {expected}.");
            }

            // A whole number that an integer parameter could not take is larger than its type holds.
            var tooLarge = IsInteger(binding.Groups["type"].Value)
                && BoundValue().Match(exception.Message) is { Success: true } value
                && WholeNumber().IsMatch(value.Groups["value"].Value);
            return tooLarge
                ? MalformedField(exception.StatusCode, name, $"{name} inválido: o número é grande demais. Use um valor dentro do limite que o documento OpenAPI em /swagger dá para {name}.")
                : MalformedField(exception.StatusCode, name, $"{name} inválido: use {expected}.");
        }

        if (exception.StatusCode is StatusCodes.Status413PayloadTooLarge or StatusCodes.Status415UnsupportedMediaType)
        {
            // Without a detail, StatusCodeProblems writes the same title and detail as for the bare status code.
            return new ProblemDetails { Status = exception.StatusCode, Type = ProblemTypes.MalformedRequest };
        }

        var detail = json is not null
            ? "O corpo da requisição não é um JSON válido para esta rota. Confira o exemplo no documento OpenAPI em /swagger."
            : "A requisição está malformada. Confira o exemplo no documento OpenAPI em /swagger.";
        return new ProblemDetails
        {
            Status = exception.StatusCode,
            Type = ProblemTypes.MalformedRequest,
            Title = "Requisição malformada",
            Detail = detail,
        };
    }

    /// <summary>
    /// Builds the 403 of a tenant without online contracting. Only the admin routes name the menu path to the upgrade,
    /// because the public routes are read by the tenant's customers, who cannot act on it.
    /// </summary>
    private static ProblemDetails FeatureUnavailable(HttpContext httpContext, FeatureUnavailableException exception)
    {
        var problem = new ProblemDetails
        {
            Status = StatusCodes.Status403Forbidden,
            Type = ProblemTypes.FeatureUnavailable,
            Title = "Contratação online indisponível",
            Detail = exception.Message,
        };
        if (!httpContext.Request.Path.StartsWithSegments("/api/public"))
        {
            problem.Extensions["upgradePath"] = "Configurações > Módulos opcionais > Quero esta oferta (plano PRO)";
        }

        return problem;
    }

    /// <summary>
    /// Escapes line breaks and other control characters, because a rejection's message may quote the request (a
    /// query value that failed to bind) and a line break in it would start a forged line in the log.
    /// </summary>
    private static string OnOneLine(string message) =>
        message.Any(char.IsControl)
            ? string.Concat(message.Select(c => char.IsControl(c) ? $"\\u{(int)c:X4}" : c.ToString()))
            : message;

    /// <summary>
    /// Hides e-mail addresses and CPF/CNPJ numbers that a rejection's path or message quotes, such as the address of a
    /// login that already exists, so the log keeps the reason without the customer's personal data.
    /// </summary>
    private static string WithoutPersonalData(string message)
    {
        var withoutEmails = EmailAddress().Replace(message, "[e-mail]");
        return TaxNumber().Replace(withoutEmails, "[CPF/CNPJ]");
    }

    [GeneratedRegex(@"[^\s@""'<>(),;:]+@[^\s@""'<>(),;:]+\.[^\s@""'<>(),;:.]+", RegexOptions.CultureInvariant)]
    private static partial Regex EmailAddress();

    /// <summary>A CPF or CNPJ, with or without its punctuation. An alphanumeric CNPJ has letters in its first twelve places.</summary>
    [GeneratedRegex(@"\b(?:\d{3}\.?\d{3}\.?\d{3}-?\d{2}|[0-9A-Z]{2}\.?[0-9A-Z]{3}\.?[0-9A-Z]{3}/?[0-9A-Z]{4}-?\d{2})\b", RegexOptions.CultureInvariant)]
    private static partial Regex TaxNumber();

    /// <summary>
    /// Turns System.Text.Json's path of the failing value ("$.customer.name", "$['a b']", "$[0]") into the field
    /// path of "errors" ("customer.name", "a b", "[0]"), or null for the whole body.
    /// </summary>
    private static string? FieldOf(string? jsonPath)
    {
        if (string.IsNullOrEmpty(jsonPath) || jsonPath == "$")
        {
            return null;
        }

        var field = QuotedMember().Replace(jsonPath.StartsWith('$') ? jsonPath[1..] : jsonPath, match => "." + match.Groups["name"].Value.Replace("''", "'", StringComparison.Ordinal));
        field = field.TrimStart('.');
        return field.Length == 0 ? null : field;
    }

    [GeneratedRegex(@"\['(?<name>(?:[^']|'')*)'\]", RegexOptions.CultureInvariant)]
    private static partial Regex QuotedMember();

    /// <summary>
    /// Reads the first member named in System.Text.Json's rejection of a body without a member marked
    /// <see cref="System.Text.Json.Serialization.JsonRequiredAttribute"/>, such as <c>JSON deserialization for type
    /// 'T' was missing required properties including: 'email'.</c>
    /// </summary>
    [GeneratedRegex("missing required properties including: '(?<name>[^']+)'", RegexOptions.CultureInvariant)]
    private static partial Regex MissingRequiredMember();

    /// <summary>Builds the problem of a malformed request with one invalid field, which "errors" names as validation does.</summary>
    private static HttpValidationProblemDetails MalformedField(int status, string field, string message) =>
        new(new Dictionary<string, string[]> { [field] = [message] })
        {
            Status = status,
            Type = ProblemTypes.MalformedRequest,
            Title = "Requisição malformada",
            Detail = message,
        };

    /// <summary>
    /// Returns whether System.Text.Json rejected a property that the target type does not have, which request bodies
    /// marked with <see cref="System.Text.Json.Serialization.JsonUnmappedMemberHandling.Disallow"/> do.
    /// </summary>
    private static bool IsUnknownMember(JsonException exception) =>
        exception.Message.Contains("could not be mapped to any .NET member", StringComparison.Ordinal);

    /// <summary>
    /// Tells whether the value at <paramref name="field"/> is read as a date. The exception names either the date type
    /// or the object whose member failed, so the member is looked up on that type, by the whole path or by its last
    /// segment when the named type is a nested object.
    /// </summary>
    private static bool IsDateValue(JsonException exception, string field)
    {
        var named = ConvertedType().Match(exception.Message);
        var type = named.Success ? FindType(named.Groups["type"].Value) : null;
        if (type is null)
        {
            return false;
        }

        var segments = field.Split('.').Select(segment => segment.Split('[')[0]).ToList();
        return IsDate(type) || IsDate(MemberType(type, segments)) || IsDate(MemberType(type, segments[^1..]));
    }

    private static bool IsDate(Type? type) => (Nullable.GetUnderlyingType(type ?? typeof(object)) ?? type) == typeof(DateOnly);

    private static Type? MemberType(Type type, IEnumerable<string> path)
    {
        Type? current = type;
        foreach (var name in path)
        {
            current = current?.GetProperty(name, BindingFlags.Public | BindingFlags.Instance | BindingFlags.IgnoreCase)?.PropertyType;
        }

        return current;
    }

    private static Type? FindType(string fullName) =>
        Type.GetType(fullName)
        ?? AppDomain.CurrentDomain.GetAssemblies().Select(assembly => assembly.GetType(fullName)).FirstOrDefault(type => type is not null);

    [GeneratedRegex(@"could not be converted to (?<type>.+?)\. Path:", RegexOptions.CultureInvariant)]
    private static partial Regex ConvertedType();

    /// <summary>Returns whether System.Text.Json read a complete value that does not convert to the member's type.</summary>
    private static bool IsWrongType(JsonException exception) =>
        exception.Message.StartsWith("The JSON value could not be converted to", StringComparison.Ordinal);

    /// <summary>Describes the values a route, query or header parameter of the given C# type accepts.</summary>
    private static string ExpectedValue(string type) => IsInteger(type) ? "um número inteiro" : Unwrapped(type) switch
    {
        "Guid" => "um identificador GUID, como 0f8fad5b-d9cb-469f-a165-70867728950e",
        "DateOnly" => "uma data no formato AAAA-MM-DD",
        "bool" or "Boolean" => "true ou false",
        "decimal" or "Decimal" => "um número com ponto decimal, como 149.90",
        _ => "um valor do tipo indicado no documento OpenAPI em /swagger",
    };

    /// <summary>Tells whether a parameter of the given C# type takes a whole number.</summary>
    private static bool IsInteger(string type) => Unwrapped(type) is "int" or "long" or "Int32" or "Int64";

    /// <summary>Turns "Nullable&lt;int&gt;" and "int?" into "int".</summary>
    private static string Unwrapped(string type) =>
        type.StartsWith("Nullable<", StringComparison.Ordinal) && type.EndsWith('>') ? type["Nullable<".Length..^1] : type.TrimEnd('?');

    /// <summary>
    /// Reads the parameter out of ASP.NET Core's binding failures, such as <c>Failed to bind parameter "Nullable&lt;int&gt; limit"
    /// from "x".</c> and <c>Required parameter "string linkToken" was not provided from route.</c>
    /// </summary>
    [GeneratedRegex("""parameter "(?<type>[^" ]+) (?<name>[A-Za-z_][A-Za-z0-9_]*)" """, RegexOptions.CultureInvariant)]
    private static partial Regex BindingFailure();

    /// <summary>Reads the value out of a binding failure's message, such as <c>from "99999999999".</c></summary>
    [GeneratedRegex(""" from "(?<value>[^"]*)"\.?$""", RegexOptions.CultureInvariant)]
    private static partial Regex BoundValue();

    [GeneratedRegex(@"^[+-]?\d+$", RegexOptions.CultureInvariant)]
    private static partial Regex WholeNumber();

    private static Dictionary<string, string[]> FieldErrors(ValidationException exception) =>
        exception.Errors
            .GroupBy(e => FieldPath(e.PropertyName))
            .ToDictionary(g => g.Key, g => g.Select(e => e.ErrorMessage).Distinct().ToArray());

    /// <summary>Turns "Customer.Address.PostalCode" into the JSON path "customer.address.postalCode".</summary>
    private static string FieldPath(string propertyName) =>
        propertyName.Contains('-', StringComparison.Ordinal)
            ? propertyName
            : string.Join('.', propertyName.Split('.').Select(JsonNamingPolicy.CamelCase.ConvertName));

    [LoggerMessage(Level = LogLevel.Error, Message = "Unexpected failure on {Method} {Path} (trace {TraceId})")]
    private partial void LogUnexpected(Exception exception, string method, string path, string traceId);

    [LoggerMessage(Level = LogLevel.Information, Message = "{Method} {Path} rejected with {Status} {ProblemType}: {Reason}")]
    private partial void LogRejected(string method, string path, int status, string problemType, string reason);
}
