namespace Conexa.FunctionalTests.Reliability.BadInput;

/// <summary>A field of a request body, by its dotted JSON path, and whether the request is invalid without it.</summary>
public sealed record FieldSpec(string Path, FieldKind Kind, bool Required, IReadOnlyList<string>? InvalidValues = null);
