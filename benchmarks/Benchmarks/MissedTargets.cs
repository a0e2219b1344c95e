namespace Conexa.Benchmarks;

/// <summary>The report section that explains each missed target from what has been measured.</summary>
internal static class MissedTargets
{
    public const string Markdown = """
        ## Why missed targets are missed

        - **checkout throughput and p99.** Each checkout validates the body, checks the Idempotency-Key, reads
          the plan, the tenant and any returning customer, and saves the same eight rows as the bare route
          through EF Core before it calls EFI, so that a retry can never charge twice. Then it calls the EFI
          sandbox over mutual TLS (the cob and its QR code) and saves again.
          The bare route does one transaction of raw inserts. The in-process Pix rows under "checkout" show
          the share of the sandbox calls; the rest is EF Core and the second transaction. The p99 of about
          300 ms at one client stays when the Pix start runs in-process, so the sandbox is not its cause.
          NOTE: the cause of that p99 is not measured yet; the first suspect is the outbox dispatcher taking
          SQLite's single write lock between checkouts.
        - **xlsx export.** The route reads the rows through EF Core from SQLite and formats each value the
          pt-BR way (currency, dates, masked CPF/CNPJ, status labels) before MiniExcel writes it; the raw
          writer takes rows already built in memory.
        - **billing run.** Batching removed the per-contract transaction and the provider calls from the run
          (it was about 100× the raw insert before), and growth is now linear. In one profiled run of 20,000
          contracts, about 80% of the run was spent inside `SaveChanges`, and the SQL statements took about
          a quarter of that. The rest is EF Core's work per entity: change detection, one command per row
          (two per contract, as the note under "billing" counts: the charge's INSERT and the contract's
          UPDATE), and the contract's quota column re-serialised as JSON. Meeting 2× would take a bulk insert
          of the charges and quotas kept in a table of their own, so that a renewal is an insert.

        """;
}
