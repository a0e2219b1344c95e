using Conexa.Application.Common.Interfaces;
using Conexa.Application.Common.Signatures;
using Conexa.Application.Signatures.Shared;
using Conexa.Domain.Contracts;
using Conexa.Domain.Signatures;
using Microsoft.EntityFrameworkCore;

namespace Conexa.Application.Signatures.AutomaticSending;

/// <summary>
/// After contracting, queues the contract for signature when its tenant sends contracts automatically and
/// the integration is configured. The provider is called by <see cref="SignatureRequestedHandler"/>, so
/// a provider outage is retried by the outbox without repeating this event's other handlers.
/// </summary>
public sealed class AutomaticSignatureHandler(IAppDbContext db, ISignatureProvider provider, TimeProvider clock)
    : IDomainEventHandler<ContractingCompleted>
{
    public async Task HandleAsync(ContractingCompleted domainEvent, CancellationToken cancellationToken)
    {
        if (!await provider.IsConfiguredAsync(domainEvent.TenantId, cancellationToken))
        {
            return;
        }

        var sends = await db.Tenants.Where(t => t.Id == domainEvent.TenantId).Select(t => t.SendsContractsForSignature).SingleOrDefaultAsync(cancellationToken);
        if (!sends || await db.SignatureRequests.AnyAsync(r => r.ContractId == domainEvent.ContractId, cancellationToken))
        {
            return;
        }

        var contract = await db.Contracts.SingleAsync(c => c.Id == domainEvent.ContractId, cancellationToken);
        var customer = await db.Customers.SingleAsync(c => c.Id == contract.CustomerId, cancellationToken);
        var linkedPerson = await db.LinkedPeople.SingleAsync(p => p.Id == contract.LinkedPersonId, cancellationToken);
        db.SignatureRequests.Add(SignatureRequest.Create(contract, SignatureSigners.Of(customer, linkedPerson), clock.GetUtcNow(), queue: true));
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException exception) when (db.IsUniqueViolation(exception))
        {
            // An admin sent the contract at the same moment, so that request is kept.
            db.DiscardChanges();
        }
    }
}
