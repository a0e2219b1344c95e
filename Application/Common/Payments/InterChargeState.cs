namespace Conexa.Application.Common.Payments;

/// <summary>
/// An Inter boleto as Inter reports it (GET /cobranca/v3/cobrancas/{codigoSolicitacao}). The boleto and Pix
/// fields are null while <see cref="Situacao"/> is EM_PROCESSAMENTO.
/// </summary>
public sealed record InterChargeState(
    string CodigoSolicitacao,
    string? SeuNumero,
    string Situacao,
    decimal? ValorTotalRecebido,
    string? LinhaDigitavel,
    string? CodigoBarras,
    string? PixCopiaECola)
{
    public const string Processing = "EM_PROCESSAMENTO";
    public const string Open = "A_RECEBER";
    public const string Overdue = "ATRASADO";
    public const string Received = "RECEBIDO";
    public const string MarkedReceived = "MARCADO_RECEBIDO";
    public const string Cancelled = "CANCELADO";
    public const string Expired = "EXPIRADO";
    public const string IssueFailed = "FALHA_EMISSAO";

    public bool IsPayable => Situacao is Open or Overdue;

    public bool IsPaid => Situacao is Received or MarkedReceived;

    public bool HasBoleto => !string.IsNullOrEmpty(LinhaDigitavel) && !string.IsNullOrEmpty(CodigoBarras);
}
