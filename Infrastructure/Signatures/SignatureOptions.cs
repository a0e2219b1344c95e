namespace Conexa.Infrastructure.Signatures;

public sealed class SignatureOptions
{
    public const string SectionName = "Signatures";

    /// <summary>Whether this instance runs the signature reconciliation. Every instance may run it at once.</summary>
    public bool ReconciliationEnabled { get; set; } = true;

    /// <summary>How often documents still waiting for signatures are read back from the provider.</summary>
    public TimeSpan ReconciliationInterval { get; set; } = TimeSpan.FromMinutes(15);
}
