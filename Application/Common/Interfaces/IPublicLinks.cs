namespace Conexa.Application.Common.Interfaces;

/// <summary>Builds the absolute addresses that customers open, such as a plan's checkout link.</summary>
public interface IPublicLinks
{
    /// <summary>Returns the checkout URL of a link token; relative ("/checkout/…") until the server has started and its address is set.</summary>
    string CheckoutUrl(string linkToken);

    /// <summary>Returns the absolute URL of a path of the SPA, such as "client/definir-senha"; relative until the server has started and its address is set.</summary>
    string SiteUrl(string relativePath);
}
