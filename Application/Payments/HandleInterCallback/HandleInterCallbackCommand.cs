using Mediator;

namespace Conexa.Application.Payments.HandleInterCallback;

/// <summary>
/// Inter's boleto callback: the codigoSolicitacao of each item of the delivered array. Only the ids are
/// used, because each boleto's state is read back from Inter before anything changes.
/// </summary>
public sealed record HandleInterCallbackCommand(IReadOnlyList<string> CodigosSolicitacao) : ICommand;
