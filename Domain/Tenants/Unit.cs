using Conexa.Domain.Common;

namespace Conexa.Domain.Tenants;

/// <summary>One location of the operator; it receives the notification e-mail of each contracting.</summary>
public sealed class Unit : Entity
{
    private Unit(Guid id, Guid tenantId, string name, string? notificationEmail)
        : base(id)
    {
        TenantId = tenantId;
        Name = name;
        NotificationEmail = notificationEmail;
    }

    public Guid TenantId { get; private set; }

    public string Name { get; private set; }

    public string? NotificationEmail { get; private set; }

    /// <summary>Sets the address that receives each contracting's notice; null falls back to the tenant's main e-mail.</summary>
    public void SetNotificationEmail(string? email) => NotificationEmail = string.IsNullOrWhiteSpace(email) ? null : email.Trim();

    public static Unit Create(Guid tenantId, string name, string? notificationEmail) =>
        new(TimeOrderedId.New(), tenantId, Guard.NotBlank(name, nameof(name)), notificationEmail);
}
