using Conexa.Application.Tenants.GetStorage;
using Mediator;

namespace Conexa.Application.Tenants.EnableUnlimitedFiles;

/// <summary>Switches on the optional "Arquivos ilimitados" module, which lifts the attachment storage quota.</summary>
public sealed record EnableUnlimitedFilesCommand : ICommand<StorageDto>;
