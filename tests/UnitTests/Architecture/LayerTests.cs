using System.Reflection;
using NetArchTest.Rules;

namespace Conexa.UnitTests.Architecture;

public sealed class LayerTests
{
    private static readonly Assembly Domain = typeof(Conexa.Domain.Common.Entity).Assembly;
    private static readonly Assembly Application = typeof(Conexa.Application.DependencyInjection).Assembly;

    [Test]
    public void Domain_ReferencesNoOtherLayerOrFramework()
    {
        var result = Types.InAssembly(Domain)
            .ShouldNot()
            .HaveDependencyOnAny(
                "Conexa.Application",
                "Conexa.Infrastructure",
                "Conexa.Api",
                "Microsoft.EntityFrameworkCore",
                "Microsoft.AspNetCore",
                "System.Net.Http")
            .GetResult();

        Assert.That(result.FailingTypeNames ?? [], Is.Empty);
    }

    [Test]
    public void Application_ReferencesNoDatabaseProviderOrWebFramework()
    {
        var result = Types.InAssembly(Application)
            .ShouldNot()
            .HaveDependencyOnAny(
                "Conexa.Infrastructure",
                "Conexa.Api",
                "Microsoft.EntityFrameworkCore.Sqlite",
                "Microsoft.EntityFrameworkCore.SqlServer",
                "Microsoft.Data.Sqlite",
                "Microsoft.Data.SqlClient",
                "Microsoft.AspNetCore")
            .GetResult();

        Assert.That(result.FailingTypeNames ?? [], Is.Empty);
    }

    [Test]
    public void Application_ProjectReferencesOnlyTheDomain()
    {
        var references = Application.GetReferencedAssemblies().Select(a => a.Name).Where(n => n!.StartsWith("Conexa.", StringComparison.Ordinal));

        Assert.That(references, Is.EquivalentTo(new[] { "Conexa.Domain" }));
    }
}
