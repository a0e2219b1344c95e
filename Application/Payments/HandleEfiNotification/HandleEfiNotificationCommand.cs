using Mediator;

namespace Conexa.Application.Payments.HandleEfiNotification;

/// <summary>
/// EFI's charge callback, which carries only a notification token. <paramref name="TenantId"/> comes from the
/// notification URL sent with the charge and picks the EFI account that reads the token back.
/// </summary>
public sealed record HandleEfiNotificationCommand(string? Token, Guid? TenantId = null) : ICommand;
