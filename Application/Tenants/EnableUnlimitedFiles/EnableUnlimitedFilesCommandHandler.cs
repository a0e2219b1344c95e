using Conexa.Application.Common.Interfaces;
using Conexa.Application.Tenants.GetStorage;
using Conexa.Domain.Auditing;
using Conexa.Domain.Tenants;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Conexa.Application.Tenants.EnableUnlimitedFiles;

/// <summary>Switches the module on and records who did it and when. Repeating it changes nothing.</summary>
public sealed class EnableUnlimitedFilesCommandHandler(IAppDbContext db, ICurrentUser user, TimeProvider clock, ISender sender)
    : ICommandHandler<EnableUnlimitedFilesCommand, StorageDto>
{
    public async ValueTask<StorageDto> Handle(EnableUnlimitedFilesCommand command, CancellationToken cancellationToken)
    {
        var tenant = await db.Tenants.SingleAsync(t => t.Id == user.TenantId, cancellationToken);
        if (tenant.EnableUnlimitedFiles())
        {
            db.AuditEntries.Add(AuditEntry.Record(
                tenant.Id,
                "tenant.unlimited-files-enabled",
                nameof(Tenant),
                tenant.Id,
                $"user:{user.UserId}",
                clock.GetUtcNow(),
                "Módulo Arquivos ilimitados ativado: os anexos deixam de contar contra a cota de armazenamento."));
            await db.SaveChangesAsync(cancellationToken);
        }

        return await sender.Send(new GetStorageQuery(), cancellationToken);
    }
}
