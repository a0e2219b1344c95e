using System.Net;
using Conexa.FunctionalTests.Support;
using StbImageSharp;
using ZXing;
using ZXing.Common;
using ZXing.QrCode;

namespace Conexa.FunctionalTests.Checkouts;

public sealed class PixQrCodeImageTests
{
    [Test]
    public async Task QrCodeImage_EncodesTheChargesPixCode()
    {
        var payment = await PixPaymentAsync();

        using var response = await ApiServer.Client.GetAsync(payment.QrCodeUrl);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(response.Content.Headers.ContentType!.MediaType, Is.EqualTo("image/png"));
        Assert.That(response.Headers.ETag, Is.Not.Null);
        Assert.That(response.Headers.CacheControl!.NoCache, Is.True, "the browser revalidates, so a paid charge's image is not reused");
        Assert.That(Decode(await response.Content.ReadAsByteArrayAsync()), Is.EqualTo(payment.CopyPaste));
    }

    [Test]
    public async Task QrCodeImage_WithItsETag_IsNotModified()
    {
        var payment = await PixPaymentAsync();
        using var first = await ApiServer.Client.GetAsync(payment.QrCodeUrl);

        using var request = new HttpRequestMessage(HttpMethod.Get, payment.QrCodeUrl);
        request.Headers.IfNoneMatch.Add(first.Headers.ETag!);
        using var again = await ApiServer.Client.SendAsync(request);

        Assert.That(again.StatusCode, Is.EqualTo(HttpStatusCode.NotModified));
        Assert.That(again.Headers.ETag, Is.EqualTo(first.Headers.ETag));
        Assert.That(await again.Content.ReadAsByteArrayAsync(), Is.Empty);
    }

    [Test]
    public async Task QrCodeImage_OfAPaidCharge_IsNotFound()
    {
        var payment = await PixPaymentAsync();
        await ApiServer.Client.PostAsync($"/api/sandbox/checkouts/{payment.CheckoutId}/pay", null);
        var paid = await CheckoutApi.WaitForAsync(payment.CheckoutId, c => c["payment"]!["status"]!.GetValue<string>() == "paid");

        using var response = await ApiServer.Client.GetAsync(payment.QrCodeUrl);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
        Assert.That(paid["payment"]!["pixQrCodeImage"], Is.Null, "the result stops linking the image once the charge is paid");
        Assert.That(paid["payment"]!["pixCopyPaste"], Is.Null, "nor does it offer the code to pay it again");
    }

    [Test]
    public async Task QrCodeImage_OfAnUnknownCharge_IsNotFound()
    {
        using var response = await ApiServer.Client.GetAsync($"/api/public/charges/{Guid.NewGuid()}/pix-qrcode.png");

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
        Assert.That(response.Content.Headers.ContentType!.MediaType, Is.EqualTo("application/problem+json"));
    }

    private static async Task<(string CheckoutId, string QrCodeUrl, string CopyPaste)> PixPaymentAsync()
    {
        var plan = await TestPlans.CreateAsync();
        var checkout = await CheckoutApi.ReadJsonAsync(await CheckoutApi.SubmitAsync(plan.LinkToken, CheckoutApi.PersonBody("pix"), Guid.NewGuid().ToString()));
        var payment = checkout["payment"]!;
        return (checkout["checkoutId"]!.GetValue<string>(), payment["pixQrCodeImage"]!.GetValue<string>(), payment["pixCopyPaste"]!.GetValue<string>());
    }

    /// <summary>Reads the text of a QR code from PNG bytes, as a phone's camera would.</summary>
    private static string? Decode(byte[] png)
    {
        var image = ImageResult.FromMemory(png, ColorComponents.RedGreenBlueAlpha);
        var luminance = new RGBLuminanceSource(image.Data, image.Width, image.Height, RGBLuminanceSource.BitmapFormat.RGBA32);
        var hints = new Dictionary<DecodeHintType, object> { [DecodeHintType.PURE_BARCODE] = true };
        return new QRCodeReader().decode(new BinaryBitmap(new HybridBinarizer(luminance)), hints)?.Text;
    }
}
