using Mediator;

namespace Conexa.Application.Customers.AnonymiseCustomer;

/// <summary>Erases a customer's personal data at their request (LGPD), keeping contracts and charges.</summary>
public sealed record AnonymiseCustomerCommand(Guid CustomerId) : ICommand;
