namespace Conexa.FunctionalTests.Reliability.BadInput;

/// <summary>The records that the corpus aims at: a plan's link, a checkout whose card was declined, and a contract.</summary>
public sealed record CorpusTargets(string LinkToken, Guid CheckoutId, Guid ContractId);
