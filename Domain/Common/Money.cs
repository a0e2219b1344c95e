namespace Conexa.Domain.Common;

/// <summary>BRL amounts: decimals rounded to cents, half away from zero (15.065 becomes 15.07).</summary>
public static class Money
{
    public static decimal RoundToCents(decimal amount) =>
        decimal.Round(amount, 2, MidpointRounding.AwayFromZero);

    public static long ToCents(decimal amount) => (long)(RoundToCents(amount) * 100m);

    public static decimal FromCents(long cents) => cents / 100m;
}
