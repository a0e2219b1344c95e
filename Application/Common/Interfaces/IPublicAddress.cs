namespace Conexa.Application.Common.Interfaces;

/// <summary>The public address of this installation, for links in e-mails; null until the server has started.</summary>
public interface IPublicAddress
{
    Uri? BaseUrl { get; }
}
