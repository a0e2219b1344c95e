namespace Conexa.Application.Common.Interfaces;

/// <summary>The customer signed in to the client area; client-area queries are scoped to this customer.</summary>
public interface ICurrentCustomer
{
    Guid TenantId { get; }

    Guid CustomerId { get; }
}
