using Conexa.Sandbox.Hosting;
using Microsoft.Extensions.Options;

namespace Conexa.Sandbox.D4Sign;

/// <summary>The sandbox's documents and their lifecycle, kept in memory behind one lock.</summary>
internal sealed class D4SignDocumentStore(IOptions<D4SignSandboxOptions> options, TimeProvider clock, D4SignFaults faults)
{
    private readonly Lock gate = new();
    private readonly Dictionary<string, DocumentRecord> documents = new(StringComparer.Ordinal);

    public string Upload(string name, int sizeInBytes)
    {
        var record = new DocumentRecord(Guid.NewGuid().ToString(), name, sizeInBytes, clock.GetUtcNow());
        lock (gate)
        {
            documents.Add(record.Uuid, record);
        }

        return record.Uuid;
    }

    public D4SignSandboxDocument? Find(string uuid)
    {
        lock (gate)
        {
            return documents.TryGetValue(uuid, out var record) ? Snapshot(record) : null;
        }
    }

    public IReadOnlyList<D4SignSandboxDocument> Snapshot()
    {
        lock (gate)
        {
            return documents.Values.OrderBy(d => d.UploadedAt).Select(Snapshot).ToList();
        }
    }

    public D4SignTransition RegisterWebhook(string uuid, string url) => Change(uuid, record =>
    {
        record.WebhookUrl = url;
        return D4SignTransition.Done;
    });

    /// <summary>Adds signers (an e-mail already on the list keeps its key) and returns every signer's key.</summary>
    public D4SignTransition AddSigners(string uuid, IReadOnlyList<string> emails, out IReadOnlyList<D4SignSandboxSigner> signers)
    {
        IReadOnlyList<D4SignSandboxSigner> added = [];
        var result = Change(uuid, record =>
        {
            if (StatusOf(record) is not (D4SignStatus.Processing or D4SignStatus.AwaitingSigners or D4SignStatus.AwaitingSignatures))
            {
                return D4SignTransition.WrongStatus;
            }

            foreach (var email in emails.Where(e => !record.Signers.Exists(s => string.Equals(s.Email, e, StringComparison.OrdinalIgnoreCase))))
            {
                record.Signers.Add(new SignerRecord(email, RandomTokens.Alphanumeric(24)));
            }

            added = record.Signers.Select(s => new D4SignSandboxSigner(s.Email, s.KeySigner, s.Signed)).ToList();
            return D4SignTransition.Done;
        });
        signers = added;
        return result;
    }

    public D4SignTransition Send(string uuid) => Change(uuid, record =>
    {
        if (StatusOf(record) != D4SignStatus.AwaitingSigners || record.Signers.Count == 0)
        {
            return D4SignTransition.WrongStatus;
        }

        record.StatusId = D4SignStatus.AwaitingSignatures;
        record.SendCount++;
        return D4SignTransition.Done;
    });

    public D4SignTransition Resend(string uuid, string email, string keySigner) => Change(uuid, record =>
    {
        if (record.StatusId != D4SignStatus.AwaitingSignatures)
        {
            return D4SignTransition.WrongStatus;
        }

        var signer = record.Signers.Find(s => string.Equals(s.Email, email, StringComparison.OrdinalIgnoreCase) && s.KeySigner == keySigner);
        if (signer is null)
        {
            return D4SignTransition.UnknownSigner;
        }

        record.ResendCount++;
        return D4SignTransition.Done;
    });

    /// <summary>Signs as one signer, or as every unsigned signer when <paramref name="email"/> is null.</summary>
    public D4SignTransition Sign(string uuid, string? email, List<D4SignCallback> callbacks) => Change(uuid, record =>
    {
        if (record.StatusId != D4SignStatus.AwaitingSignatures)
        {
            return D4SignTransition.WrongStatus;
        }

        var signing = record.Signers.Where(s => !s.Signed && (email is null || string.Equals(s.Email, email, StringComparison.OrdinalIgnoreCase))).ToList();
        if (signing.Count == 0)
        {
            return D4SignTransition.UnknownSigner;
        }

        var perSigner = new List<D4SignCallback>();
        foreach (var signer in signing)
        {
            signer.Signed = true;
            perSigner.AddRange(Callback(record, "4", "Documento assinado pelo signatário.", signer.Email));
        }

        var finished = new List<D4SignCallback>();
        if (record.Signers.TrueForAll(s => s.Signed))
        {
            record.StatusId = D4SignStatus.Finished;
            finished.AddRange(Callback(record, "1", "Documento finalizado.", null));
        }

        callbacks.AddRange(faults.OutOfOrderDeliveries ? finished.Concat(perSigner) : perSigner.Concat(finished));
        return D4SignTransition.Done;
    });

    public D4SignTransition Cancel(string uuid, List<D4SignCallback> callbacks) => Change(uuid, record =>
    {
        if (record.StatusId is D4SignStatus.Finished or D4SignStatus.Archived or D4SignStatus.Cancelled)
        {
            return D4SignTransition.WrongStatus;
        }

        record.StatusId = D4SignStatus.Cancelled;
        callbacks.AddRange(Callback(record, "3", "Documento cancelado.", null));
        return D4SignTransition.Done;
    });

    /// <summary>Reports an undelivered e-mail to a signer (type_post 2); the status does not change.</summary>
    public D4SignTransition Bounce(string uuid, string email, List<D4SignCallback> callbacks) => Change(uuid, record =>
    {
        if (!record.Signers.Exists(s => string.Equals(s.Email, email, StringComparison.OrdinalIgnoreCase)))
        {
            return D4SignTransition.UnknownSigner;
        }

        callbacks.AddRange(Callback(record, "2", "E-mail não entregue ao signatário.", email));
        return D4SignTransition.Done;
    });

    private static IEnumerable<D4SignCallback> Callback(DocumentRecord record, string typePost, string message, string? email) =>
        record.WebhookUrl is null ? [] : [new D4SignCallback(record.WebhookUrl, record.Uuid, typePost, message, email)];

    private D4SignTransition Change(string uuid, Func<DocumentRecord, D4SignTransition> change)
    {
        lock (gate)
        {
            if (!documents.TryGetValue(uuid, out var record))
            {
                return D4SignTransition.NotFound;
            }

            record.StatusId = StatusOf(record);
            return change(record);
        }
    }

    /// <summary>Returns the status, moving an upload from 1 to 2 once its processing time has passed.</summary>
    private int StatusOf(DocumentRecord record) =>
        record.StatusId == D4SignStatus.Processing && clock.GetUtcNow() - record.UploadedAt >= options.Value.ProcessingTime
            ? D4SignStatus.AwaitingSigners
            : record.StatusId;

    private D4SignSandboxDocument Snapshot(DocumentRecord record) => new(
        record.Uuid,
        record.Name,
        StatusOf(record),
        record.WebhookUrl,
        record.Signers.Select(s => new D4SignSandboxSigner(s.Email, s.KeySigner, s.Signed)).ToList(),
        record.SendCount,
        record.ResendCount,
        record.SizeInBytes);

    private sealed class DocumentRecord(string uuid, string name, int sizeInBytes, DateTimeOffset uploadedAt)
    {
        public string Uuid { get; } = uuid;

        public string Name { get; } = name;

        public int SizeInBytes { get; } = sizeInBytes;

        public DateTimeOffset UploadedAt { get; } = uploadedAt;

        public int StatusId { get; set; } = D4SignStatus.Processing;

        public string? WebhookUrl { get; set; }

        public List<SignerRecord> Signers { get; } = [];

        public int SendCount { get; set; }

        public int ResendCount { get; set; }
    }

    private sealed class SignerRecord(string email, string keySigner)
    {
        public string Email { get; } = email;

        public string KeySigner { get; } = keySigner;

        public bool Signed { get; set; }
    }
}
