namespace Conexa.Application.Common.Exceptions;

/// <summary>The tenant's subscription tier does not include online contracting; upgrading to PRO enables it.</summary>
public sealed class FeatureUnavailableException(string message) : Exception(message);
