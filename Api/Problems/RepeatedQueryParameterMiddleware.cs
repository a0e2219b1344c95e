using FluentValidation;
using FluentValidation.Results;

namespace Conexa.Api.Problems;

/// <summary>
/// Rejects an API request that sends a query parameter more than once. Every parameter of the API takes one value,
/// and the framework joins repeated values with a comma, so "search=ana&amp;search=bia" would search for "ana,bia" and
/// two dates would read as one invalid date. The problem names each repeated parameter.
/// </summary>
internal sealed class RepeatedQueryParameterMiddleware(RequestDelegate next)
{
    public Task InvokeAsync(HttpContext context)
    {
        if (!context.Request.Path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase))
        {
            return next(context);
        }

        var repeated = context.Request.Query
            .Where(parameter => parameter.Value.Count > 1)
            .Select(parameter => new ValidationFailure(parameter.Key, $"{parameter.Key} foi enviado {parameter.Value.Count} vezes: envie um valor só."))
            .ToList();
        if (repeated.Count > 0)
        {
            throw new ValidationException(repeated);
        }

        return next(context);
    }
}
