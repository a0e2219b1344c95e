namespace Conexa.Application.Common.Interfaces;

/// <summary>The last EFI notification event handled for a notification token, so each event is applied once.</summary>
public sealed class EfiNotificationCursor
{
    public required string Token { get; init; }

    public int LastEventId { get; set; }
}
