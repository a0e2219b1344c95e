using Mediator;

namespace Conexa.Application.Payments.HandleEfiNotification;

/// <summary>EFI's charge callback, which carries only a notification token.</summary>
public sealed record HandleEfiNotificationCommand(string? Token) : ICommand;
