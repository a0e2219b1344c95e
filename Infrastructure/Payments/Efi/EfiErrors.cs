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
            return $"A EFI recusou os dados do pagamento (status {(int)exception.StatusCode}).";
        }

        try
        {
            using var document = JsonDocument.Parse(exception.Content);
            var root = document.RootElement;
            if (root.TryGetProperty("mensagem", out var message))
            {
                return $"A EFI recusou os dados do pagamento: {message.GetString()}";
            }

            if (root.TryGetProperty("error_description", out var description))
            {
                return description.ValueKind == JsonValueKind.Object && description.TryGetProperty("message", out var detail)
                    ? $"A EFI recusou os dados do pagamento: {detail.GetString()}"
                    : $"A EFI recusou os dados do pagamento: {description}";
            }
        }
        catch (JsonException)
        {
            // The body is not JSON; the status code alone describes the rejection.
        }

        return $"A EFI recusou os dados do pagamento (status {(int)exception.StatusCode}).";
    }
}
