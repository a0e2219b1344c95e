namespace Conexa.Application.Common.Interfaces;

/// <summary>Builds the absolute addresses that customers open, such as a plan's checkout link.</summary>
public interface IPublicLinks
{
    /// <summary>Returns the checkout URL of a link token; relative ("/checkout/…") until the server knows its address.</summary>
    string CheckoutUrl(string linkToken);
}
