using Conexa.Application.Tenants.GetTenant;
using Mediator;

namespace Conexa.Application.Tenants.SetSignatureSending;

/// <summary>Turns the automatic sending of new contracts for e-signature on or off for the caller's tenant.</summary>
public sealed record SetSignatureSendingCommand(bool? SendsContractsForSignature) : ICommand<TenantDto>;
