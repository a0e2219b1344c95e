namespace Conexa.Api.Authentication;

internal static class Policies
{
    /// <summary>Signed-in operator users with the admin role.</summary>
    public const string Admin = "admin";

    public const string AdminRole = "admin";
}
