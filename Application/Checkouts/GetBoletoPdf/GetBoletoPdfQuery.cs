using Mediator;

namespace Conexa.Application.Checkouts.GetBoletoPdf;

/// <summary>The PDF of a charge's Inter boleto, fetched from Inter for the customer's download link.</summary>
public sealed record GetBoletoPdfQuery(Guid ChargeId) : IQuery<byte[]>;
