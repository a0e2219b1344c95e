namespace Conexa.Infrastructure.Payments.Inter;

// Cobrança v3 bodies, named as Inter's PJ SDKs name them. Refit writes them in camelCase and leaves nulls out.

internal sealed record InterIssueRequest(
    string SeuNumero,
    decimal ValorNominal,
    string DataVencimento,
    int NumDiasAgenda,
    InterPayer Pagador,
    InterMessage? Mensagem);

internal sealed record InterPayer(
    string CpfCnpj,
    string TipoPessoa,
    string Nome,
    string Endereco,
    string? Numero,
    string? Complemento,
    string? Bairro,
    string Cidade,
    string Uf,
    string Cep,
    string? Email,
    string? Ddd,
    string? Telefone);

internal sealed record InterMessage(string Linha1);

internal sealed record InterIssueResponse(string CodigoSolicitacao);

internal sealed record InterChargeResponse(InterCobranca Cobranca, InterBoleto? Boleto, InterPix? Pix);

internal sealed record InterCobranca(
    string CodigoSolicitacao,
    string? SeuNumero,
    string Situacao,
    decimal? ValorTotalRecebido,
    string? OrigemRecebimento);

internal sealed record InterBoleto(string? NossoNumero, string? CodigoBarras, string? LinhaDigitavel);

internal sealed record InterPix(string? Txid, string? PixCopiaECola);

internal sealed record InterChargeList(int TotalElementos, List<InterChargeResponse>? Cobrancas);

internal sealed record InterPdfResponse(string Pdf);

internal sealed record InterCancelRequest(string MotivoCancelamento);

internal sealed record InterWebhookRequest(string WebhookUrl);
