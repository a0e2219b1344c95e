using Microsoft.Extensions.Logging;

namespace Conexa.Sandbox.Delivery;

/// <summary>
/// Log messages of callback deliveries. Targets are logged without their query string, which may contain a secret.
/// </summary>
internal static partial class DeliveryLog
{
    [LoggerMessage(Level = LogLevel.Warning,
        Message = "Delivery for {Subject} to {Target} failed on attempt {Attempt} of {MaxAttempts}: HTTP {StatusCode}.")]
    public static partial void RejectedByReceiver(
        ILogger logger, string subject, string target, int attempt, int maxAttempts, int statusCode);

    [LoggerMessage(Level = LogLevel.Warning,
        Message = "Delivery for {Subject} to {Target} failed on attempt {Attempt} of {MaxAttempts}.")]
    public static partial void SendFailed(
        ILogger logger, string subject, string target, int attempt, int maxAttempts, Exception exception);

    [LoggerMessage(Level = LogLevel.Error,
        Message = "Delivery for {Subject} to {Target} abandoned after {MaxAttempts} failed attempts.")]
    public static partial void Abandoned(ILogger logger, string subject, string target, int maxAttempts);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Delivered {Subject} to {Target} on attempt {Attempt}.")]
    public static partial void Delivered(ILogger logger, string subject, string target, int attempt);

    [LoggerMessage(Level = LogLevel.Information, Message = "Dropped {Subject} to {Target}: the fault switch DropDeliveries is on.")]
    public static partial void Dropped(ILogger logger, string subject, string target);
}
