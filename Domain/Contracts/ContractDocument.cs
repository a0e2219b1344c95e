using System.Text.RegularExpressions;
using Conexa.Domain.Common;

namespace Conexa.Domain.Contracts;

/// <summary>
/// A contract's terms as the customer accepted them: its plan's template filled in at contracting and kept as
/// issued. The PDF is laid out from this text whenever it is needed (download, e-signature), so the checkout
/// does not spend its time on page layout and the database keeps a few kilobytes of text per contract.
/// </summary>
public sealed class ContractDocument : Entity
{
    private ContractDocument(Guid id)
        : base(id)
    {
    }

    public Guid TenantId { get; private set; }

    public Guid ContractId { get; private set; }

    public string FileName { get; private set; } = string.Empty;

    /// <summary>The PDF's title, also its document information title.</summary>
    public string Title { get; private set; } = string.Empty;

    /// <summary>The filled-in terms: the first line is the heading and blank lines separate paragraphs.</summary>
    public string Text { get; private set; } = string.Empty;

    public DateTimeOffset CreatedAt { get; private set; }

    /// <summary>
    /// Replaces every occurrence of the given personal values (names, e-mails, CPF/CNPJ as written) in the title
    /// and terms with <paramref name="replacement"/>, longest value first, so that an anonymised customer's
    /// contract keeps its plan, amounts and dates but no longer names them. A value is replaced only where no
    /// letter or digit touches it, so a customer named "Ana" leaves a unit named "Santana" alone.
    /// </summary>
    public void Redact(IEnumerable<string> personalValues, string replacement)
    {
        ArgumentNullException.ThrowIfNull(personalValues);
        foreach (var value in personalValues.Where(v => !string.IsNullOrWhiteSpace(v)).Distinct(StringComparer.Ordinal).OrderByDescending(v => v.Length))
        {
            var whole = new Regex($@"(?<![\p{{L}}\p{{N}}]){Regex.Escape(value)}(?![\p{{L}}\p{{N}}])", RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
            Title = whole.Replace(Title, _ => replacement);
            Text = whole.Replace(Text, _ => replacement);
        }
    }

    public static ContractDocument Issue(Contract contract, string fileName, string title, string text, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(contract);
        return new ContractDocument(TimeOrderedId.New())
        {
            TenantId = contract.TenantId,
            ContractId = contract.Id,
            FileName = Guard.NotBlank(fileName, nameof(fileName)),
            Title = Guard.NotBlank(title, nameof(title)),
            Text = Guard.NotBlank(text, nameof(text)),
            CreatedAt = now,
        };
    }
}
