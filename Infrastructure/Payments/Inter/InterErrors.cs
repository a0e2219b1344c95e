using System.Text.Json;
using Refit;

namespace Conexa.Infrastructure.Payments.Inter;

/// <summary>
/// Reads Inter's error body ({"title","detail","violacoes":[{"razao","propriedade","valor"}]}) into a message
/// for the customer. The rejected values are left out, because they may hold the payer's CPF or CNPJ.
/// </summary>
internal static class InterErrors
{
    public static string Describe(ApiException exception)
    {
        var fallback = $"O Banco Inter recusou os dados do boleto (status {(int)exception.StatusCode}).";
        if (string.IsNullOrWhiteSpace(exception.Content))
        {
            return fallback;
        }

        try
        {
            using var document = JsonDocument.Parse(exception.Content);
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                return fallback;
            }

            var reasons = root.TryGetProperty("violacoes", out var violations) && violations.ValueKind == JsonValueKind.Array
                ? violations.EnumerateArray()
                    .Select(v => v.TryGetProperty("razao", out var reason) ? reason.GetString() : null)
                    .Where(reason => !string.IsNullOrWhiteSpace(reason))
                    .ToList()
                : [];
            if (reasons.Count > 0)
            {
                return "O Banco Inter recusou os dados do boleto: " + string.Join(" ", reasons);
            }

            return root.TryGetProperty("detail", out var detail) && detail.ValueKind == JsonValueKind.String
                ? $"O Banco Inter recusou os dados do boleto: {detail.GetString()}"
                : fallback;
        }
        catch (JsonException)
        {
            return fallback;
        }
    }
}
