namespace Conexa.Domain.Tenants;

/// <summary>The operator's Conexa subscription; online contracting needs PRO or PRIME.</summary>
public enum SubscriptionTier
{
    Light,
    Pro,
    Prime,
}
