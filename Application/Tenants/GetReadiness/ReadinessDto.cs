namespace Conexa.Application.Tenants.GetReadiness;

/// <summary>
/// Whether the tenant's plan links can take checkouts: <paramref name="Ready"/> is true when every
/// required item is ok. <paramref name="Warnings"/> lists plan settings to reconsider.
/// </summary>
public sealed record ReadinessDto(bool Ready, IReadOnlyList<ReadinessItemDto> Items, IReadOnlyList<ReadinessWarningDto> Warnings);

/// <summary>
/// One checklist item: <paramref name="Status"/> is "ok" or "missing", and <paramref name="FixPath"/> is the
/// admin SPA route of the screen that fixes it, named for people by <paramref name="FixLabel"/>.
/// </summary>
public sealed record ReadinessItemDto(string Code, string Status, bool Optional, string Message, string FixPath, string FixLabel);

/// <summary>A warning about one plan, such as boleto with immediate access.</summary>
public sealed record ReadinessWarningDto(Guid PlanId, string PlanName, string Code, string Message);
