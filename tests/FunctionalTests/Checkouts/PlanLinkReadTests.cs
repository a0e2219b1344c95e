using System.Data.Common;
using System.Diagnostics;
using System.Net;
using Conexa.FunctionalTests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Conexa.FunctionalTests.Checkouts;

/// <summary>
/// A checkout reads the plan behind its link once. The validator's read serves the handler, so the public
/// route's busiest request makes one plan query.
/// </summary>
public sealed class PlanLinkReadTests
{
    [Test]
    public async Task Checkout_ReadsPlanLinkOnce()
    {
        var plan = await TestPlans.CreateAsync();
        using var reads = PlanLinkQueries.Count(plan.LinkToken);

        using var response = await CheckoutApi.SubmitAsync(plan.LinkToken, CheckoutApi.PersonBody(), Guid.NewGuid().ToString());

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Created));
        Assert.That(reads.Total, Is.EqualTo(1));
    }

    /// <summary>Counts the SQL commands EF Core runs in this process that read the Plans table with one link token as a parameter.</summary>
    private sealed class PlanLinkQueries : IObserver<DiagnosticListener>, IObserver<KeyValuePair<string, object?>>, IDisposable
    {
        private readonly string _linkToken;
        private readonly List<IDisposable> _subscriptions = [];
        private int _total;

        private PlanLinkQueries(string linkToken) => _linkToken = linkToken;

        public int Total => Volatile.Read(ref _total);

        public static PlanLinkQueries Count(string linkToken)
        {
            var queries = new PlanLinkQueries(linkToken);
            queries._subscriptions.Add(DiagnosticListener.AllListeners.Subscribe(queries));
            return queries;
        }

        public void OnNext(DiagnosticListener value)
        {
            if (value.Name == DbLoggerCategory.Name)
            {
                lock (_subscriptions)
                {
                    _subscriptions.Add(value.Subscribe(this));
                }
            }
        }

        public void OnNext(KeyValuePair<string, object?> value)
        {
            if (value.Value is CommandExecutedEventData executed
                && executed.Command.CommandText.Contains("FROM \"Plans\"", StringComparison.Ordinal)
                && executed.Command.Parameters.Cast<DbParameter>().Any(p => _linkToken.Equals(p.Value)))
            {
                Interlocked.Increment(ref _total);
            }
        }

        public void OnCompleted()
        {
        }

        public void OnError(Exception error)
        {
        }

        public void Dispose()
        {
            lock (_subscriptions)
            {
                _subscriptions.ForEach(s => s.Dispose());
            }
        }
    }
}
