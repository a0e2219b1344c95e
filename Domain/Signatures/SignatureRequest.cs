using Conexa.Domain.Common;
using Conexa.Domain.Contracts;

namespace Conexa.Domain.Signatures;

/// <summary>
/// The e-signature of one contract at the provider: the uploaded document's id, the signers and how far
/// the sending got. Each step is recorded as soon as it succeeds, so a retry resumes where the last
/// attempt stopped and never uploads the document twice.
/// </summary>
public sealed class SignatureRequest : Entity
{
    /// <summary>How long one sender may work on the request before another may take over.</summary>
    public static readonly TimeSpan SendLease = TimeSpan.FromMinutes(2);

    private readonly List<SignatureSigner> _signers = [];

    private SignatureRequest(Guid id)
        : base(id)
    {
    }

    public Guid TenantId { get; private set; }

    public Guid ContractId { get; private set; }

    public SignatureStatus Status { get; private set; }

    /// <summary>The provider's document id (a UUID at D4Sign), or null until the upload succeeded.</summary>
    public string? DocumentId { get; private set; }

    public bool WebhookRegistered { get; private set; }

    public bool SignersRegistered { get; private set; }

    public IReadOnlyList<SignatureSigner> Signers => _signers;

    /// <summary>The provider's last status code seen for the document, such as D4Sign's statusId.</summary>
    public int? ProviderStatusId { get; private set; }

    public int SendCount { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset? FirstSentAt { get; private set; }

    public DateTimeOffset? LastSentAt { get; private set; }

    /// <summary>When the document was found signed or cancelled.</summary>
    public DateTimeOffset? CompletedAt { get; private set; }

    public DateTimeOffset? SendLeaseUntil { get; private set; }

    /// <summary>Concurrency token: two processes that change the same request cannot both save.</summary>
    public int Version { get; private set; }

    /// <summary>Creates the request of a contract with its signers. With <paramref name="queue"/>, the outbox sends it.</summary>
    public static SignatureRequest Create(Contract contract, IEnumerable<SignatureSigner> signers, DateTimeOffset now, bool queue)
    {
        ArgumentNullException.ThrowIfNull(contract);
        var request = new SignatureRequest(TimeOrderedId.New())
        {
            TenantId = contract.TenantId,
            ContractId = contract.Id,
            Status = SignatureStatus.NotRequested,
            CreatedAt = now,
        };
        request._signers.AddRange(signers.DistinctBy(s => s.Email, StringComparer.OrdinalIgnoreCase));
        if (request._signers.Count == 0)
        {
            throw new ArgumentException("A signature request needs at least one signer.", nameof(signers));
        }

        if (queue)
        {
            request.Raise(new SignatureRequested(request.TenantId, request.ContractId, request.Id));
        }

        return request;
    }

    /// <summary>Reserves the request for one sender. Returns false while another sender's lease lasts.</summary>
    public bool TryClaimSend(DateTimeOffset now)
    {
        if (SendLeaseUntil > now)
        {
            return false;
        }

        SendLeaseUntil = now + SendLease;
        Version++;
        return true;
    }

    public void ReleaseSend()
    {
        SendLeaseUntil = null;
        Version++;
    }

    public void RecordUpload(string documentId)
    {
        if (DocumentId is not null)
        {
            throw new InvalidOperationException($"The document was already uploaded as {DocumentId}.");
        }

        DocumentId = Guard.NotBlank(documentId, nameof(documentId));
        ProviderStatusId = null;
        Version++;
    }

    public void RecordWebhookRegistered()
    {
        WebhookRegistered = true;
        Version++;
    }

    /// <summary>Keeps the provider's key of each signer, matched by e-mail.</summary>
    public void RecordSignerKeys(IReadOnlyDictionary<string, string> keysByEmail)
    {
        ArgumentNullException.ThrowIfNull(keysByEmail);
        for (var i = 0; i < _signers.Count; i++)
        {
            if (keysByEmail.TryGetValue(_signers[i].Email, out var key))
            {
                _signers[i] = _signers[i] with { ProviderKey = key };
            }
        }

        SignersRegistered = true;
        Version++;
    }

    /// <summary>Records a sending (the first or a reminder) and raises the event that e-mails the customer.</summary>
    public void MarkSent(DateTimeOffset now)
    {
        if (Status is SignatureStatus.Signed or SignatureStatus.Cancelled)
        {
            throw new BusinessRuleException("signature-request-closed", $"A solicitação de assinatura está com situação {Status}, por isso não pode ser reenviada.");
        }

        Status = SignatureStatus.Sent;
        SendCount++;
        FirstSentAt ??= now;
        LastSentAt = now;
        SendLeaseUntil = null;
        Version++;
        Raise(new SignatureRequestSent(TenantId, ContractId, Id, Guid.NewGuid()));
    }

    /// <summary>
    /// Applies the document's state read from the provider. Only a sent request moves, and only to signed
    /// or cancelled, so a late or repeated callback never moves it backwards. Returns whether it moved.
    /// </summary>
    public bool ApplyProviderState(int providerStatusId, SignatureStatus? outcome, DateTimeOffset now)
    {
        ProviderStatusId = providerStatusId;
        Version++;
        if (Status != SignatureStatus.Sent || outcome is not (SignatureStatus.Signed or SignatureStatus.Cancelled))
        {
            return false;
        }

        Status = outcome.Value;
        CompletedAt = now;
        return true;
    }

    /// <summary>
    /// Closes an unsigned request because its contract was cancelled or terminated: a queued request is never sent,
    /// and a sent one was cancelled at the provider by the caller. A signed or already cancelled request is left as
    /// it is. Returns whether the request was closed.
    /// </summary>
    public bool Withdraw(DateTimeOffset now)
    {
        if (Status is SignatureStatus.Signed or SignatureStatus.Cancelled)
        {
            return false;
        }

        Status = SignatureStatus.Cancelled;
        CompletedAt = now;
        SendLeaseUntil = null;
        Version++;
        return true;
    }

    /// <summary>Starts over after the document was cancelled at the provider, so the next send uploads a new document.</summary>
    public void Restart()
    {
        if (Status != SignatureStatus.Cancelled)
        {
            throw new InvalidOperationException($"Only a cancelled request starts over, and this one is {Status}.");
        }

        Status = SignatureStatus.NotRequested;
        DocumentId = null;
        WebhookRegistered = false;
        SignersRegistered = false;
        ProviderStatusId = null;
        CompletedAt = null;
        for (var i = 0; i < _signers.Count; i++)
        {
            _signers[i] = _signers[i] with { ProviderKey = null };
        }

        Version++;
    }
}
