using System.Security.Cryptography;
using Conexa.Application.Attachments.Shared;
using Conexa.Application.Checkouts.Shared;
using Conexa.Application.Common.Exceptions;
using Conexa.Application.Common.Interfaces;
using Conexa.Domain.Attachments;
using FluentValidation;
using FluentValidation.Results;
using Mediator;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Conexa.Application.Attachments.UploadAttachment;

/// <summary>
/// Checks an uploaded file (the plan's form takes attachments, size, real type, the tenant's storage quota)
/// and stores it unbound, for a checkout of the same plan to use. A rejected file stores nothing.
/// </summary>
public sealed partial class UploadAttachmentCommandHandler(
    IAppDbContext db,
    PlanOffers offers,
    IFileStorage storage,
    StorageQuota quota,
    IOptions<AttachmentOptions> options,
    TimeProvider clock,
    ILogger<UploadAttachmentCommandHandler> logger)
    : ICommandHandler<UploadAttachmentCommand, AttachmentDto>
{
    public const string FileField = "file";

    public async ValueTask<AttachmentDto> Handle(UploadAttachmentCommand command, CancellationToken cancellationToken)
    {
        var (plan, tenant) = await offers.LoadAcceptingCheckoutsAsync(command.LinkToken, cancellationToken);
        if (!plan.Form.Attachments.Enabled)
        {
            throw Invalid("Este formulário não aceita anexos.");
        }

        var content = command.Content;
        if (content is null)
        {
            throw Invalid("Envie o arquivo no campo \"file\" de um formulário multipart/form-data.");
        }

        if (content.Length == 0)
        {
            throw Invalid("O arquivo está vazio. Escolha outro arquivo.");
        }

        var maxSize = options.Value.MaxFileSizeBytes;
        if (content.Length > maxSize)
        {
            throw new FileRejectedException(
                FileRejection.TooLarge,
                FileField,
                FileSizes.Describe(content.Length) == FileSizes.Describe(maxSize)
                    ? $"O arquivo tem {FileSizes.Exact(content.Length)} e o limite é {FileSizes.Exact(maxSize)} por arquivo."
                    : $"O arquivo tem {FileSizes.Describe(content.Length)} e o limite é {FileSizes.Describe(maxSize)} por arquivo.");
        }

        var type = FileType.Detect(content)
            ?? throw new FileRejectedException(
                FileRejection.TypeNotAllowed,
                FileField,
                $"O conteúdo do arquivo não é de um tipo aceito. Envie um arquivo {FileType.AcceptedNames}.");
        var fileName = NameFor(command.FileName, type);

        // The caps below are sums of earlier uploads, so concurrent uploads to the tenant check and save one at a time.
        await using var transaction = await db.BeginExclusiveAsync(StorageQuota.LockResource(tenant.Id), cancellationToken);
        var senderKey = SenderKeyOf(tenant.Id, command.SenderAddress);
        if (senderKey is not null)
        {
            var sent = await quota.PendingBytesAsync(tenant.Id, senderKey, cancellationToken);
            var senderLimit = options.Value.MaxPendingBytesPerSender;
            if (sent + content.Length > senderLimit)
            {
                LogSenderHoldsTooMuch(tenant.Id, sent, content.Length);
                var wait = await WaitForSpaceAsync(tenant.Id, senderKey, cancellationToken);
                throw new FileRejectedException(
                    FileRejection.TooManyPendingUploads,
                    FileField,
                    $"Você já enviou {FileSizes.Describe(sent)} em arquivos que nenhuma contratação usou ainda, e com este arquivo de {FileSizes.Describe(content.Length)} passaria do limite de {FileSizes.Describe(senderLimit)}. Contrate com os arquivos já enviados, envie arquivos menores ou tente de novo em {Describe(wait)}.")
                {
                    RetryAfter = wait,
                };
            }
        }

        var pending = await quota.PendingBytesAsync(tenant.Id, null, cancellationToken);
        if (pending + content.Length > options.Value.MaxPendingBytesPerTenant)
        {
            LogTooManyPending(tenant.Id, pending, content.Length);
            var wait = await WaitForSpaceAsync(tenant.Id, null, cancellationToken);
            throw new FileRejectedException(
                FileRejection.TooManyPendingUploads,
                FileField,
                $"Há muitos arquivos enviados a este estabelecimento aguardando contratação. Tente de novo em {Describe(wait)}, ou contrate sem o arquivo, se ele for opcional.")
            {
                RetryAfter = wait,
            };
        }

        var limit = quota.QuotaOf(tenant);
        if (limit is { } quotaBytes)
        {
            // Only files kept with a contract count: uploads no checkout used yet are bounded by the cap
            // above, so an anonymous visitor cannot fill the quota for the tenant's customers.
            var used = await quota.UsedBytesAsync(tenant.Id, cancellationToken);
            if (used + content.Length > quotaBytes)
            {
                LogQuotaExceeded(tenant.Id, used, content.Length, quotaBytes);
                throw new FileRejectedException(
                    FileRejection.StorageQuotaExceeded,
                    FileField,
                    "O espaço de armazenamento de arquivos deste estabelecimento está cheio. Contrate sem o arquivo, se ele for opcional, ou avise o estabelecimento.");
            }
        }

        var attachment = Attachment.Upload(
            tenant.Id,
            plan.Id,
            fileName,
            type.ContentType,
            content.Length,
            Convert.ToHexString(SHA256.HashData(content)),
            clock.GetUtcNow(),
            senderKey);
        db.Attachments.Add(attachment);
        await storage.WriteAsync(attachment.Id, content, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);

        LogUploaded(attachment.Id, attachment.SizeBytes, attachment.ContentType, plan.Id);
        return new AttachmentDto(attachment.Id, attachment.FileName, attachment.ContentType, attachment.SizeBytes, attachment.CreatedAt);
    }

    /// <summary>
    /// Returns the sanitised file name, with the detected type's extension added when the name has none. A name
    /// whose extension belongs to another type is rejected, because its content is not what it claims.
    /// </summary>
    private static string NameFor(string? sentName, FileType type)
    {
        var name = FileNames.Sanitise(sentName, type.DefaultExtension);
        var extension = FileNames.Extension(name);
        if (extension.Length == 0)
        {
            return FileNames.Sanitise(name + type.DefaultExtension, type.DefaultExtension);
        }

        if (!type.HasExtension(extension))
        {
            throw new FileRejectedException(
                FileRejection.TypeNotAllowed,
                FileField,
                $"A extensão {extension.ToLowerInvariant()} não corresponde ao conteúdo do arquivo, que é {type.Name}. Envie um arquivo {FileType.AcceptedNames} com a extensão certa.");
        }

        return name;
    }

    /// <summary>Returns how long until the oldest counted upload stops counting, and at least a minute.</summary>
    private async Task<TimeSpan> WaitForSpaceAsync(Guid tenantId, string? senderKey, CancellationToken cancellationToken)
    {
        var expiry = await quota.FirstPendingExpiryAsync(tenantId, senderKey, cancellationToken);
        var now = clock.GetUtcNow();
        var wait = (expiry ?? now) - now;
        return wait < TimeSpan.FromMinutes(1) ? TimeSpan.FromMinutes(1) : wait;
    }

    /// <summary>Describes a wait in whole minutes under an hour, else in whole hours, rounded up.</summary>
    private static string Describe(TimeSpan wait) => wait < TimeSpan.FromHours(1)
        ? $"{Math.Ceiling(wait.TotalMinutes):0} minutos"
        : Math.Ceiling(wait.TotalHours) == 1 ? "1 hora" : $"{Math.Ceiling(wait.TotalHours):0} horas";

    /// <summary>
    /// Hashes the tenant with the client address, so the uploads of one address can be summed without storing
    /// the address itself. Returns null when the address is unknown.
    /// </summary>
    private static string? SenderKeyOf(Guid tenantId, string? address) =>
        string.IsNullOrEmpty(address)
            ? null
            : Convert.ToHexString(SHA256.HashData(System.Text.Encoding.UTF8.GetBytes($"{tenantId:N}|{address}")))[..32];

    private static ValidationException Invalid(string message) =>
        new([new ValidationFailure(FileField, message)]);

    [LoggerMessage(Level = LogLevel.Information, Message = "Attachment {AttachmentId} of {SizeBytes} bytes ({ContentType}) uploaded for plan {PlanId}")]
    private partial void LogUploaded(Guid attachmentId, long sizeBytes, string contentType, Guid planId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Upload rejected: one client address holds {PendingBytes} bytes of uploads no checkout used in tenant {TenantId}, and the file has {SizeBytes}")]
    private partial void LogSenderHoldsTooMuch(Guid tenantId, long pendingBytes, long sizeBytes);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Upload rejected: tenant {TenantId} holds {PendingBytes} bytes of uploads no checkout used, and the file has {SizeBytes}")]
    private partial void LogTooManyPending(Guid tenantId, long pendingBytes, long sizeBytes);

    [LoggerMessage(Level = LogLevel.Information, Message = "Upload rejected: tenant {TenantId} uses {UsedBytes} bytes, the file has {SizeBytes} and the quota is {QuotaBytes}")]
    private partial void LogQuotaExceeded(Guid tenantId, long usedBytes, long sizeBytes, long quotaBytes);
}
