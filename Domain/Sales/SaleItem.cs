namespace Conexa.Domain.Sales;

public sealed record SaleItem(SaleItemKind Kind, string Description, decimal Amount);
