namespace Conexa.FunctionalTests.Reliability.BadInput;

/// <summary>The hostile and malformed values that the corpus puts into fields, routes and headers.</summary>
public static class MutationValues
{
    /// <summary>Stands for the JSON escape \ud800 (an unpaired surrogate), which .NET strings cannot serialise, so <see cref="JsonText"/> swaps it in.</summary>
    public const string LoneSurrogateMarker = "@@LONE_SURROGATE@@";

    public static readonly string HugeText = new('A', 100 * 1024);

    public static readonly IReadOnlyList<(string Name, string Value)> Injections =
    [
        ("sql injection", "' OR 1=1 --"),
        ("script tag", "<script>alert(1)</script>"),
        ("jndi lookup", "${jndi:ldap://127.0.0.1:1389/a}"),
        ("path traversal", "../../../../etc/passwd"),
    ];

    /// <summary>Characters that are never valid inside a name, code or address: control, bidi and zero-width.</summary>
    public static readonly IReadOnlyList<(string Name, string Value)> InvisibleCharacters =
    [
        ("NUL", "\u0000"),
        ("right-to-left override", "\u202E"),
        ("zero-width space", "\u200B"),
        ("unpaired surrogate", LoneSurrogateMarker),
    ];

    public const string Emoji = "\U0001F600";

    public static readonly IReadOnlyList<string> InvalidDates =
        ["2027-02-30", "27/02/2027", "02/03/2027", "", " ", "2027-13-01", "2027-00-10", "2027-4-1", "20270401", "2027-04-24T00:00:00", "-1", "0", "null", "tomorrow", "9999-99-99"];

    public static readonly IReadOnlyList<string> InvalidCpfs =
        ["529.982.247-24", "000.000.000-00", "111.111.111-11", "123", "5299822472", "529982247251", "abc.def.ghi-jk", "12.345.678/0001-95"];

    public static readonly IReadOnlyList<string> InvalidCnpjs =
        ["12.345.678/0001-00", "00.000.000/0000-00", "11.111.111/1111-11", "12.ABC.345/01DE-36", "529.982.247-25", "12345678", "ZZ.ZZZ.ZZZ/ZZZZ-ZZ"];

    public static readonly IReadOnlyList<string> InvalidGuids =
        ["not-a-guid", "123", "00000000-0000-0000-0000-00000000000g", "00000000-0000-0000-0000-0000000000000", "%27%20OR%201%3D1%20--", "..%2F..%2Fetc%2Fpasswd", "%3Cscript%3E"];
}
