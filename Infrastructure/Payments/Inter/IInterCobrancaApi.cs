using Refit;

namespace Conexa.Infrastructure.Payments.Inter;

/// <summary>Inter's Cobrança v3 API (boleto with Pix).</summary>
internal interface IInterCobrancaApi
{
    [Post("/cobranca/v3/cobrancas")]
    Task<InterIssueResponse> IssueAsync([Body] InterIssueRequest request, CancellationToken cancellationToken);

    [Get("/cobranca/v3/cobrancas/{codigoSolicitacao}")]
    Task<InterChargeResponse> GetAsync(string codigoSolicitacao, CancellationToken cancellationToken);

    /// <summary>Lists the boletos issued between two dates (YYYY-MM-DD) with one seuNumero.</summary>
    [Get("/cobranca/v3/cobrancas")]
    Task<InterChargeList> ListAsync(
        string dataInicial,
        string dataFinal,
        string seuNumero,
        [AliasAs("paginacao.paginaAtual")] int paginaAtual,
        [AliasAs("paginacao.itensPorPagina")] int itensPorPagina,
        CancellationToken cancellationToken);

    [Get("/cobranca/v3/cobrancas/{codigoSolicitacao}/pdf")]
    Task<InterPdfResponse> GetPdfAsync(string codigoSolicitacao, CancellationToken cancellationToken);

    [Post("/cobranca/v3/cobrancas/{codigoSolicitacao}/cancelar")]
    Task CancelAsync(string codigoSolicitacao, [Body] InterCancelRequest request, CancellationToken cancellationToken);

    [Put("/cobranca/v3/cobrancas/webhook")]
    Task RegisterWebhookAsync([Body] InterWebhookRequest request, CancellationToken cancellationToken);
}
