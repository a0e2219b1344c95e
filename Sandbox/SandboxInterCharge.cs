namespace Conexa.Sandbox;

/// <summary>A copy of one Inter sandbox boleto, for tests and the control page.</summary>
public sealed record SandboxInterCharge(
    string CodigoSolicitacao,
    string SeuNumero,
    decimal ValorNominal,
    DateOnly DataVencimento,
    string Situacao,
    string? LinhaDigitavel,
    string? PixCopiaECola,
    string? CpfCnpj,
    string? Nome,
    string? Endereco);
