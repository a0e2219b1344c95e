namespace Conexa.Domain.Sales;

public enum SaleItemKind
{
    MonthlyFee,
    AdhesionFee,
}
