using System.Security.Cryptography;
using System.Text.Json;
using Conexa.Application.Attachments.Shared;
using Conexa.Application.Checkouts.Shared;
using Conexa.Application.Common.Exceptions;
using Conexa.Application.Common.Interfaces;
using Conexa.Application.Common.Telemetry;
using Conexa.Application.Common.Text;
using Conexa.Application.Contracts.Documents;
using Conexa.Domain.Attachments;
using Conexa.Domain.Auditing;
using Conexa.Domain.Checkouts;
using Conexa.Domain.Contracts;
using Conexa.Domain.Customers;
using Conexa.Domain.Documents;
using Conexa.Domain.Plans;
using Conexa.Domain.Sales;
using Conexa.Domain.Tenants;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace Conexa.Application.Checkouts.SubmitCheckout;

/// <summary>
/// Creates, in one transaction, the customer, linked person, sale, first charge, contract, its PDF and
/// the checkout record, and binds the uploaded files to the contract. Then it starts the payment at the
/// provider. Files that would pass the tenant's storage quota reject the checkout before anything is saved
/// or paid. A replayed Idempotency-Key returns the first checkout's current state and creates nothing.
/// </summary>
public sealed partial class SubmitCheckoutCommandHandler(
    IAppDbContext db,
    PlanOffers offers,
    CheckoutResultReader reader,
    ChargePaymentStarter paymentStarter,
    IClientAreaAccounts clientAreaAccounts,
    ConexaTelemetry telemetry,
    StorageQuota storageQuota,
    TimeProvider clock,
    ILogger<SubmitCheckoutCommandHandler> logger)
    : ICommandHandler<SubmitCheckoutCommand, SubmitCheckoutResult>
{
    public async ValueTask<SubmitCheckoutResult> Handle(SubmitCheckoutCommand command, CancellationToken cancellationToken)
    {
        var key = command.IdempotencyKey!;
        var fingerprint = Fingerprint(command);

        // A replay returns its checkout even after the plan stopped taking checkouts, so a client whose response
        // was lost still learns what it created.
        var (found, _) = await offers.FindAsync(command.LinkToken, cancellationToken);
        var existing = found is null ? null : await FindCheckoutAsync(found.Id, key, cancellationToken);
        if (existing is not null)
        {
            return await ReplayAsync(existing, fingerprint, command, cancellationToken);
        }

        var (plan, tenant) = await offers.LoadAcceptingCheckoutsAsync(command.LinkToken, cancellationToken);
        var (created, replay) = await SaveRecordsAsync(command, plan, tenant, key, fingerprint, cancellationToken);
        if (replay is not null)
        {
            return replay;
        }

        telemetry.CheckoutCreated(created!.Charge.PaymentOption);
        LogCreated(created.Checkout.Id, created.Contract.Id, created.Charge.Id, created.Customer.Document.Masked);
        await CreateClientAreaLoginAsync(command, created, cancellationToken);
        await paymentStarter.StartAsync(created.Charge, created.Contract, created.Customer, created.Checkout, command.Payment?.CardToken, tenant, cancellationToken);
        return new SubmitCheckoutResult(CheckoutResultReader.Describe(created.Checkout, created.Contract, created.Charge, tenant.WriteOffDays), Created: true);
    }

    /// <summary>
    /// Builds and saves the checkout's records, or returns the result of the checkout that a concurrent request with
    /// the same Idempotency-Key saved first. When a concurrent checkout registered the same CPF/CNPJ first, the
    /// records are built once more, for that customer.
    /// </summary>
    private async Task<(CreatedRecords? Created, SubmitCheckoutResult? Replay)> SaveRecordsAsync(
        SubmitCheckoutCommand command,
        Plan plan,
        Tenant tenant,
        string key,
        string fingerprint,
        CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            // Files are checked against the quota and bound under the lock that uploads take, so concurrent checkouts
            // and uploads of the tenant cannot each pass the check and together exceed the quota.
            await using var filesLock = command.AttachmentIds is { Count: > 0 }
                ? await db.BeginExclusiveAsync(StorageQuota.LockResource(tenant.Id), cancellationToken)
                : null;
            var attachments = await LoadAttachmentsAsync(command, tenant, cancellationToken);
            var created = await CreateAsync(command, plan, tenant, key, fingerprint, attachments, cancellationToken);
            try
            {
                await db.SaveChangesAsync(cancellationToken);
                if (filesLock is not null)
                {
                    await filesLock.CommitAsync(cancellationToken);
                }

                return (created, null);
            }
            catch (DbUpdateException exception) when (db.IsUniqueViolation(exception))
            {
                await RollBackAsync(filesLock);
                db.DiscardChanges();
                if (await FindCheckoutAsync(plan.Id, key, cancellationToken) is { } existing)
                {
                    LogConcurrentReplay(plan.Id);
                    return (null, await ReplayAsync(existing, fingerprint, command, cancellationToken));
                }

                if (attempt == 2)
                {
                    throw new InvalidOperationException("Saving the checkout failed twice on a unique index, and no checkout has its Idempotency-Key.", exception);
                }

                // An expected race, so it is logged without the exception, because SQL Server's message quotes the
                // duplicate key, which contains the full CPF/CNPJ.
                LogCustomerRegisteredConcurrently(plan.Id);
            }
            catch (DbUpdateConcurrencyException exception)
            {
                // A file bound by another checkout between loading and this save. The files lock above prevents it,
                // so this is a safety net.
                await RollBackAsync(filesLock);
                db.DiscardChanges();
                if (await FindCheckoutAsync(plan.Id, key, cancellationToken) is { } existing)
                {
                    return (null, await ReplayAsync(existing, fingerprint, command, cancellationToken));
                }

                LogAttachmentTaken(exception, plan.Id);
                throw new ConflictException(
                    "attachment-already-used",
                    "Um dos arquivos acabou de ser usado em outra contratação. Envie o arquivo novamente e contrate de novo.");
            }
        }
    }

    /// <summary>Rolls back the files lock's transaction before a replay or a retry, which read, save and may call the provider.</summary>
    private static async Task RollBackAsync(Microsoft.EntityFrameworkCore.Storage.IDbContextTransaction? filesLock)
    {
        if (filesLock is not null)
        {
            await filesLock.RollbackAsync(CancellationToken.None);
        }
    }

    /// <summary>
    /// Loads the validated uploads for binding and checks that they fit the tenant's storage quota next to the
    /// files already bound to contracts. Other customers' pending uploads do not count here, so they cannot
    /// block a checkout that is about to pay.
    /// </summary>
    private async Task<IReadOnlyList<Attachment>> LoadAttachmentsAsync(SubmitCheckoutCommand command, Tenant tenant, CancellationToken cancellationToken)
    {
        var ids = command.AttachmentIds ?? [];
        if (ids.Count == 0)
        {
            return [];
        }

        var attachments = await db.Attachments.Where(a => ids.Contains(a.Id) && a.TenantId == tenant.Id).ToListAsync(cancellationToken);

        // The validation found each file unbound, but a concurrent checkout may have bound one since. Such a file is
        // named as the validation names it, and nothing is saved.
        var unusable = ids
            .Select((id, index) => (Id: id, Index: index))
            .Where(item => attachments.SingleOrDefault(a => a.Id == item.Id) is not { ContractId: null })
            .Select(item => new FluentValidation.Results.ValidationFailure(
                $"attachmentIds[{item.Index}]",
                "Arquivo não encontrado, expirado ou já usado em outra contratação. Envie o arquivo novamente."))
            .ToList();
        if (unusable.Count > 0)
        {
            LogFilesTakenBeforeSave(tenant.Id, unusable.Count);
            throw new FluentValidation.ValidationException(unusable);
        }

        if (storageQuota.QuotaOf(tenant) is { } quotaBytes)
        {
            var bound = await storageQuota.UsedBytesAsync(tenant.Id, cancellationToken);
            var added = attachments.Sum(a => a.SizeBytes);
            if (bound + added > quotaBytes)
            {
                LogQuotaExceeded(tenant.Id, bound, added, quotaBytes);
                throw new FileRejectedException(
                    FileRejection.StorageQuotaExceeded,
                    "attachmentIds",
                    "O espaço de armazenamento de arquivos deste estabelecimento está cheio, por isso a contratação não foi feita e nada foi cobrado. Retire os arquivos, se forem opcionais, ou avise o estabelecimento.");
            }
        }

        return attachments;
    }

    private async Task<CreatedRecords> CreateAsync(
        SubmitCheckoutCommand command,
        Plan plan,
        Tenant tenant,
        string key,
        string fingerprint,
        IReadOnlyList<Attachment> attachments,
        CancellationToken cancellationToken)
    {
        var input = command.Customer!;
        var now = tenant.Now(clock);
        var kind = input.Kind == "company" ? CustomerKind.Company : CustomerKind.Person;
        var document = TaxDocument.Parse(input.Document!, kind == CustomerKind.Person ? DocumentKind.Cpf : DocumentKind.Cnpj);

        // A returning customer keeps one record per CPF/CNPJ in the tenant; a new contract links to it.
        var customer = await CheckoutQueries.FindCustomerAsync(db, tenant.Id, document, cancellationToken);
        var returning = customer is not null;
        if (customer is null)
        {
            customer = Customer.Register(tenant.Id, kind, input.Name!, document, input.Email!, RegisteredBy.OnlineContracting, now);
            customer.SetContact(input.Phone, ToAddress(input.Address));
            db.Customers.Add(customer);
        }
        else
        {
            customer.CompleteContact(input.Phone, ToAddress(input.Address));
        }

        var personDocument = kind == CustomerKind.Company
            ? TaxDocument.Parse(command.LinkedPerson!.Document!, DocumentKind.Cpf)
            : customer.Document;
        var linkedPerson = returning
            ? await db.LinkedPeople.FirstOrDefaultAsync(p => p.CustomerId == customer.Id && p.Document == personDocument, cancellationToken)
            : null;
        if (linkedPerson is null)
        {
            linkedPerson = kind == CustomerKind.Company
                ? LinkedPerson.Create(customer, command.LinkedPerson!.Name!, personDocument, command.LinkedPerson.Email!)
                : LinkedPerson.ForPerson(customer);
            db.LinkedPeople.Add(linkedPerson);
        }

        var option = plan.FindPaymentOption(
            PaymentChoice.ParseMethod(command.Payment!.Method)!.Value,
            PaymentChoice.ParseProvider(command.Payment.Provider))!;

        var sale = Sale.ForOnlineContracting(plan, customer, now);
        var contract = Contract.ContractOnline(plan, customer, linkedPerson, sale.Id, option, tenant.LocalDate(now), now);
        var charge = Charge.First(tenant.Id, customer.Id, contract.Id, sale.Id, option, contract.FirstChargeDueDate(tenant.BoletoDueDays), sale.Total, now, clock.GetUtcNow());
        var checkout = Checkout.Record(tenant.Id, plan.Id, key, fingerprint, customer.Id, contract.Id, charge.Id, now);
        if (returning)
        {
            checkout.RecordPayer(input.Name!.Trim(), input.Email!.Trim(), string.IsNullOrWhiteSpace(input.Phone) ? null : input.Phone.Trim(), ToAddress(input.Address));
        }

        if (WantsClientArea(command, plan) && !returning)
        {
            // Saved with the records, so the welcome e-mail, sent from the outbox, already links the client area.
            checkout.EnableClientArea();
        }

        var unit = await offers.UnitAsync(command.LinkToken, cancellationToken);
        var contractDocument = ContractDocumentIssuer.Issue(contract, plan, tenant, unit, customer, linkedPerson, checkout, now);

        db.Sales.Add(sale);
        db.Contracts.Add(contract);
        db.Charges.Add(charge);
        db.Checkouts.Add(checkout);
        db.ContractDocuments.Add(contractDocument);
        foreach (var attachment in attachments)
        {
            attachment.BindTo(contract.Id);
        }

        db.AuditEntries.Add(AuditEntry.Record(
            tenant.Id,
            "contract.created",
            nameof(Contract),
            contract.Id,
            "customer",
            now,
            attachments.Count == 0
                ? $"Contratação online do plano {plan.Name} por {customer.Document.Masked} (checkout {checkout.Id})."
                : $"Contratação online do plano {plan.Name} por {customer.Document.Masked} (checkout {checkout.Id}, {Portuguese.Count(attachments.Count, "arquivo", "arquivos")})."));
        return new CreatedRecords(customer, contract, charge, checkout);
    }

    private static bool WantsClientArea(SubmitCheckoutCommand command, Plan plan) =>
        plan.Form.Password.Enabled && !string.IsNullOrEmpty(command.Customer?.Password);

    /// <summary>
    /// Creates the client-area login when the form offers a password, the customer set one and this checkout
    /// registered the customer. It withdraws the client area from the checkout when the login cannot be created
    /// (its e-mail already signs in elsewhere).
    /// </summary>
    /// <remarks>
    /// A returning customer gets no login from a checkout, because anyone with a CPF or CNPJ can submit one,
    /// and the login would sign in with the e-mail on file and the submitter's password. The admin invites such a
    /// customer instead, which e-mails the password link to the address on file.
    /// </remarks>
    private async Task CreateClientAreaLoginAsync(SubmitCheckoutCommand command, CreatedRecords created, CancellationToken cancellationToken)
    {
        // The records enabled the client area only when the password was set and the customer is new.
        if (!created.Checkout.ClientAreaEnabled)
        {
            return;
        }

        var customer = created.Customer;
        if (!await clientAreaAccounts.TryCreateAsync(customer.TenantId, customer.Id, customer.Name, customer.Email, command.Customer!.Password!, cancellationToken))
        {
            // NOTE: a welcome e-mail sent before this save still mentions the client area.
            created.Checkout.DisableClientArea();
            await db.SaveChangesAsync(cancellationToken);
        }
    }

    private async Task<SubmitCheckoutResult> ReplayAsync(Checkout checkout, string fingerprint, SubmitCheckoutCommand command, CancellationToken cancellationToken)
    {
        if (checkout.RequestFingerprint != fingerprint)
        {
            throw new ConflictException(
                "idempotency-key-reused",
                "Este Idempotency-Key já foi usado com outros dados. Gere uma nova chave para uma nova contratação.");
        }

        LogReplayed(checkout.Id);
        await ResumePendingPaymentAsync(checkout, command.Payment?.CardToken, cancellationToken);
        return new SubmitCheckoutResult(await reader.ReadAsync(checkout.Id, cancellationToken), Created: false);
    }

    /// <summary>Starts the payment again when an earlier request saved the records but never reached the provider.</summary>
    private async Task ResumePendingPaymentAsync(Checkout checkout, string? cardToken, CancellationToken cancellationToken)
    {
        var charge = await db.Charges.SingleAsync(c => c.Id == checkout.ChargeId, cancellationToken);
        if (charge.Status != ChargeStatus.Pending || !await paymentStarter.TryClaimAsync(charge, cancellationToken))
        {
            return;
        }

        var contract = await db.Contracts.SingleAsync(c => c.Id == checkout.ContractId, cancellationToken);
        var customer = await db.Customers.SingleAsync(c => c.Id == checkout.CustomerId, cancellationToken);
        await paymentStarter.StartAsync(charge, contract, customer, checkout, cardToken, cancellationToken);
    }

    private Task<Checkout?> FindCheckoutAsync(Guid planId, string key, CancellationToken cancellationToken) =>
        CheckoutQueries.FindCheckoutAsync(db, planId, key, cancellationToken);

    private static Address? ToAddress(AddressInput? input) => input is null
        ? null
        : new Address(
            input.Street!.Trim(),
            input.Number!.Trim(),
            string.IsNullOrWhiteSpace(input.Complement) ? null : input.Complement.Trim(),
            input.District!.Trim(),
            input.City!.Trim(),
            input.State!.Trim().ToUpperInvariant(),
            string.Concat(input.PostalCode!.Where(char.IsAsciiDigit)));

    /// <summary>
    /// Hashes the request body, so a replay can be distinguished from a different request under the same key.
    /// Documents are hashed without their mask, as they are stored.
    /// </summary>
    private static string Fingerprint(SubmitCheckoutCommand command)
    {
        var customer = command.Customer is null ? null : command.Customer with { Document = WithoutMask(command.Customer.Document) };
        var linkedPerson = command.LinkedPerson is null ? null : command.LinkedPerson with { Document = WithoutMask(command.LinkedPerson.Document) };
        var body = new { Customer = customer, LinkedPerson = linkedPerson, command.Payment, command.AttachmentIds, command.AcceptedTerms };
        return Convert.ToHexString(SHA256.HashData(JsonSerializer.SerializeToUtf8Bytes(body)));
    }

    private static string? WithoutMask(string? document) =>
        document is null ? null : string.Concat(document.Where(char.IsAsciiLetterOrDigit).Select(char.ToUpperInvariant));

    private sealed record CreatedRecords(Customer Customer, Contract Contract, Charge Charge, Checkout Checkout);

    [LoggerMessage(Level = LogLevel.Information, Message = "Checkout {CheckoutId} created contract {ContractId} and charge {ChargeId} for customer {Document}")]
    private partial void LogCreated(Guid checkoutId, Guid contractId, Guid chargeId, string document);

    [LoggerMessage(Level = LogLevel.Information, Message = "Checkout rejected before payment: tenant {TenantId} has {BoundBytes} bytes bound, the files add {AddedBytes} and the quota is {QuotaBytes}")]
    private partial void LogQuotaExceeded(Guid tenantId, long boundBytes, long addedBytes, long quotaBytes);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Checkout for plan {PlanId} lost a file to a concurrent checkout; nothing was saved")]
    private partial void LogAttachmentTaken(Exception exception, Guid planId);

    [LoggerMessage(Level = LogLevel.Information, Message = "Checkout for tenant {TenantId} named {Count} file(s) bound or removed since its validation; nothing was saved")]
    private partial void LogFilesTakenBeforeSave(Guid tenantId, int count);

    [LoggerMessage(Level = LogLevel.Information, Message = "Checkout {CheckoutId} replayed for a repeated Idempotency-Key")]
    private partial void LogReplayed(Guid checkoutId);

    [LoggerMessage(Level = LogLevel.Information, Message = "A concurrent checkout for plan {PlanId} registered the same CPF/CNPJ first; saving again for that customer")]
    private partial void LogCustomerRegisteredConcurrently(Guid planId);

    [LoggerMessage(Level = LogLevel.Information, Message = "A concurrent request with the same Idempotency-Key for plan {PlanId} saved first; answering with its checkout")]
    private partial void LogConcurrentReplay(Guid planId);
}
