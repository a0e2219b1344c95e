using Conexa.Domain.Sales;

namespace Conexa.UnitTests.Sales;

public sealed class BoletoNumbersTests
{
    [Test]
    public void Barcode_IsRebuiltFromTheDigitableLine()
    {
        // Fields of the line: AAABF.FFFFD FFFFF.FFFFFD FFFFF.FFFFFD K UUUUVVVVVVVVVV
        const string line = "23790.12345 60000.000001 23456.789015 7 97530000045000";

        var barcode = BoletoNumbers.BarcodeFromDigitableLine(line);

        Assert.That(barcode, Is.EqualTo("2379" + "7" + "97530000045000" + "01234" + "6000000000" + "2345678901"));
        Assert.That(barcode, Has.Length.EqualTo(44));
    }

    [TestCase("")]
    [TestCase("12345")]
    public void Barcode_OfAShortLine_IsNull(string line)
    {
        Assert.That(BoletoNumbers.BarcodeFromDigitableLine(line), Is.Null);
    }
}
