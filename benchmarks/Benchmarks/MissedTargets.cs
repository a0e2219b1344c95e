namespace Conexa.Benchmarks;

/// <summary>The report section that explains each missed target from what has been measured.</summary>
internal static class MissedTargets
{
    public const string Markdown = """
        ## Why missed targets are missed

        - **checkout throughput and p99.** The bare route runs one transaction of nine raw
          inserts, 2 to 4 ms per request at one client on this machine. Each product checkout validates the
          body, reads the plan with its tenant, the Idempotency-Key and any returning customer, saves the same
          nine rows through EF Core, calls the EFI sandbox over mutual TLS for the Pix cob and saves the answer,
          so that a retry can never charge twice. The sandbox runs in the same process on the same two cores.
          In a thread-time profile at one client, EF Core's two saves took about half of the request
          handler's time (preparing the command batch a fifth of the saves, the INSERTs a third, the commit and
          the wait to begin the transaction the rest), the EFI start a seventh and reading the plan a tenth.
          After each checkout the outbox handles its events (contracting e-mails, the D4Sign request) on the
          same cores and the same SQLite write lock; in that profile this background work took as much CPU as
          the request itself. Found and removed so far: Microsoft.Data.Sqlite's 150 ms sleep on a locked
          database (SQLite now waits for the lock itself, `busy_timeout`), laying out the contract PDF in
          the request (the terms are stored as text), six of the nine reads behind the contracting e-mails,
          the re-read of the first response, and the second call to EFI per Pix checkout (the QR image is
          drawn from the cob's code). At one client the product reached 0.10× to 0.16× of the bare route
          across runs on this machine. At 32 clients it reached 0.36× to 0.49× while the bare route used
          random keys. With the product's time-ordered keys the bare route went from 185-270 to about 390
          requests a second there, and its p99 at 8 and 32 clients fell by half or more, while the product
          stayed at 80 to 100 requests a second, so those ratios fell to about 0.23× and 3×. Under load the
          product's requests queue on SQLite's single write lock behind each other's two EF Core saves and
          the outbox's transactions, which are longer than the bare route's one transaction. Meeting half
          the bare route at one client would need the whole checkout, provider call included, within about
          twice a raw nine-row transaction; what is left is mostly EF Core's save and the provider call. The
          p99 at one client follows from the same costs: the product's median alone is several times the
          bare route's.
        - **xlsx export (when missed).** The route reads the rows through EF Core (joined to customers and
          units, sorted by start date) on a worker thread a few chunks ahead of MiniExcel's synchronous
          writer; the raw writer generates its rows in memory. The same SQL read with Python's sqlite3 module
          takes about 1 s for the 100,000 rows, close to the raw writer's whole time, so the target leaves
          little room: in three-round runs the route took 1.31× to 1.48× the raw writer, and its first round,
          with code not yet compiled by the JIT and pages not yet cached, about 2.9×.
        - **billing run (when missed).** The run pages through the contracts in key order (one query per
          batch of 500, with each contract's last billed period), inserts the charges with one prepared
          INSERT and commits each batch, where the raw insert commits once. New rows get time-ordered keys,
          so a batch's commit writes a few index pages instead of one per charge (the commits of the 100,000
          run went from about 4 s to 0.6 s). In three-round runs the run took 1.63× to 1.92× the raw insert
          at 10,000 contracts and 1.50× to 1.71× at 100,000.

        """ + "\n";
}
