namespace Conexa.Sandbox.D4Sign;

internal enum D4SignTransition
{
    Done,
    NotFound,
    WrongStatus,
    UnknownSigner,
}
