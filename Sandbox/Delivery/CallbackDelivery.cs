namespace Conexa.Sandbox.Delivery;

/// <summary>
/// One callback POST that the sandbox sends in the background: a Charges notification or a Pix webhook.
/// </summary>
/// <param name="Target">URL that receives the POST.</param>
/// <param name="CreateContent">Creates a fresh request body for each attempt.</param>
/// <param name="Subject">Text that names the charge or cob in log messages, such as "charge 1001".</param>
internal sealed record CallbackDelivery(Uri Target, Func<HttpContent> CreateContent, string Subject);
