using Conexa.Application.Common.Exceptions;
using Conexa.Application.Common.Interfaces;
using Conexa.Application.Common.Signatures;
using Conexa.Application.Contracts.Shared;
using Conexa.Application.Signatures.Shared;
using Conexa.Domain.Contracts;
using Conexa.Domain.Signatures;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Conexa.Application.Signatures.SendSignatureRequest;

/// <summary>
/// Creates the contract's signature request on first use and sends it. A sent, unsigned request is sent
/// again after its state is read from the provider. A signed request, or a terminated contract, is a
/// conflict. A cancelled request starts over with a new upload.
/// </summary>
public sealed class SendSignatureRequestCommandHandler(
    IAppDbContext db,
    ICurrentUser user,
    ISignatureProvider provider,
    SignatureRequestSender sender,
    SignatureStateApplier applier,
    TimeProvider clock) : ICommandHandler<SendSignatureRequestCommand, SignatureRequestDto>
{
    public async ValueTask<SignatureRequestDto> Handle(SendSignatureRequestCommand command, CancellationToken cancellationToken)
    {
        var contract = await ContractLoader.LoadAsync(db, user, command.ContractId, cancellationToken);
        if (!await provider.IsConfiguredAsync(contract.TenantId, cancellationToken))
        {
            throw new StateConflictException(
                "signature-integration-disabled",
                "A assinatura eletrônica não está configurada: informe as credenciais da D4Sign em Configurações > Integrações.");
        }

        if (contract.TerminatedAt is not null)
        {
            // The termination withdrew the contract from signature, even one whose last day is still ahead.
            throw new StateConflictException("contract-terminated", "O encerramento deste contrato foi registrado, por isso ele não pode ser enviado para assinatura.");
        }

        if (contract.Status == ContractStatus.Cancelled)
        {
            throw new StateConflictException("contract-cancelled", "A contratação foi cancelada sem pagamento, por isso o contrato não pode ser enviado para assinatura.");
        }

        var request = await db.SignatureRequests.SingleOrDefaultAsync(r => r.ContractId == contract.Id, cancellationToken);
        if (request?.Status == SignatureStatus.Signed || contract.SignatureStatus == SignatureStatus.Signed)
        {
            throw new StateConflictException("contract-already-signed", "O contrato já foi assinado, então não há o que reenviar.");
        }

        request ??= await CreateAsync(contract, cancellationToken);
        if (request.Status == SignatureStatus.Sent && await RefreshAsync(request, cancellationToken) == SignatureStatus.Signed)
        {
            throw new StateConflictException("contract-already-signed", "O contrato já foi assinado na D4Sign, então não há o que reenviar.");
        }

        if (request.Status == SignatureStatus.Cancelled)
        {
            request.Restart();
            await db.SaveChangesAsync(cancellationToken);
        }

        await sender.SendAsync(request, $"user:{user.UserId}", cancellationToken);
        return request.ToDto();
    }

    /// <summary>
    /// Reads the document's state before a reminder, because a signature or cancellation whose callback
    /// has not arrived yet would make D4Sign reject the reminder. Returns the request's status afterwards.
    /// </summary>
    private async Task<SignatureStatus> RefreshAsync(SignatureRequest request, CancellationToken cancellationToken)
    {
        var state = await provider.GetStateAsync(request.TenantId, request.DocumentId!, cancellationToken);
        if (await applier.ApplyAsync(request, state, cancellationToken))
        {
            await db.SaveChangesAsync(cancellationToken);
        }

        return request.Status;
    }

    private async Task<SignatureRequest> CreateAsync(Contract contract, CancellationToken cancellationToken)
    {
        var customer = await db.Customers.SingleAsync(c => c.Id == contract.CustomerId, cancellationToken);
        var linkedPerson = await db.LinkedPeople.SingleAsync(p => p.Id == contract.LinkedPersonId, cancellationToken);
        var request = SignatureRequest.Create(contract, SignatureSigners.Of(customer, linkedPerson), clock.GetUtcNow(), queue: false);
        db.SignatureRequests.Add(request);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return request;
        }
        catch (DbUpdateException exception) when (db.IsUniqueViolation(exception))
        {
            // The automatic sending created the request at the same moment, so that one is used.
            db.DiscardChanges();
            return await db.SignatureRequests.SingleAsync(r => r.ContractId == contract.Id, cancellationToken);
        }
    }
}
