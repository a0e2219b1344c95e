namespace Conexa.Infrastructure.Email;

/// <summary>SMTP settings; without SmtpHost, e-mails are only recorded in the history (Development).</summary>
public sealed class EmailOptions
{
    public const string SectionName = "Email";

    public string? SmtpHost { get; set; }

    public int SmtpPort { get; set; } = 587;

    public string? UserName { get; set; }

    public string? Password { get; set; }

    public string From { get; set; } = "Conexa <nao-responda@conexa.local>";
}
