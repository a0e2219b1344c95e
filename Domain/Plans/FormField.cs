namespace Conexa.Domain.Plans;

/// <summary>Whether an optional checkout field is shown and whether it must be filled in.</summary>
public sealed record FormField(bool Enabled, bool Required)
{
    public static readonly FormField Hidden = new(false, false);
    public static readonly FormField Optional = new(true, false);
    public static readonly FormField Mandatory = new(true, true);

    public bool Required { get; init; } = Enabled && Required;
}
