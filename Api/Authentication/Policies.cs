namespace Conexa.Api.Authentication;

internal static class Policies
{
    /// <summary>Signed-in operator users with the admin role: every admin route, changes included.</summary>
    public const string Admin = "admin";

    /// <summary>Signed-in operator users with the staff or admin role: the routes that only read.</summary>
    public const string Staff = "staff";

    /// <summary>Signed-in customers with a client-area login: only their own contracts.</summary>
    public const string Customer = "customer";

    public const string AdminRole = "admin";

    public const string StaffRole = "staff";

    public const string CustomerRole = "customer";
}
