using System.Text.Json;
using Refit;

namespace Conexa.Infrastructure.Payments.Efi;

/// <summary>Reads EFI's error bodies: Charges sends code and error_description, Pix sends nome and mensagem.</summary>
internal static class EfiErrors
{
    public static string Describe(ApiException exception)
    {
        if (string.IsNullOrWhiteSpace(exception.Content))
        {
            return $"EFI rejected the request with status {(int)exception.StatusCode}.";
        }

        try
        {
            using var document = JsonDocument.Parse(exception.Content);
            var root = document.RootElement;
            if (root.TryGetProperty("mensagem", out var message))
            {
                return $"EFI rejected the request: {message.GetString()}";
            }

            if (root.TryGetProperty("error_description", out var description))
            {
                return description.ValueKind == JsonValueKind.Object && description.TryGetProperty("message", out var detail)
                    ? $"EFI rejected the request: {detail.GetString()}"
                    : $"EFI rejected the request: {description}";
            }
        }
        catch (JsonException)
        {
            // The body is not JSON; the status code alone describes the rejection.
        }

        return $"EFI rejected the request with status {(int)exception.StatusCode}.";
    }
}
