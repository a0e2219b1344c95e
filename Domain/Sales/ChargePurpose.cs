namespace Conexa.Domain.Sales;

public enum ChargePurpose
{
    /// <summary>The monthly fee of a billing period (with the adhesion fee on the first).</summary>
    Regular,

    /// <summary>The proportional fee of the last period, replacing its regular charge at termination.</summary>
    ProRata,
}
