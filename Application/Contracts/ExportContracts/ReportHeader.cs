namespace Conexa.Application.Contracts.ExportContracts;

/// <summary>
/// The lines above the report's table: its title, the filters applied in pt-BR ("Situação: Ativo") and
/// when it was exported, in the tenant's time zone.
/// </summary>
public sealed record ReportHeader(string Title, IReadOnlyList<string> Filters, DateTime ExportedAt, string TimeZoneId)
{
    /// <summary>The filters on one line, or "Filtros: nenhum".</summary>
    public string FiltersLine => Filters.Count == 0 ? "Filtros: nenhum" : "Filtros: " + string.Join("; ", Filters);

    public string ExportedAtLine =>
        $"Exportado em {ExportedAt.ToString("dd/MM/yyyy HH:mm", System.Globalization.CultureInfo.InvariantCulture)} ({TimeZoneId})";
}
