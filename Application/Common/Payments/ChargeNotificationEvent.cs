namespace Conexa.Application.Common.Payments;

/// <summary>One entry of an EFI charge's notification history; <see cref="Id"/> counts from 1.</summary>
public sealed record ChargeNotificationEvent(int Id, string ProviderChargeId, string? CustomId, string CurrentStatus, string? PreviousStatus);
