namespace Conexa.Domain.Common;

/// <summary>Marker of something that happened in the domain and that other parts react to after saving.</summary>
public interface IDomainEvent;
