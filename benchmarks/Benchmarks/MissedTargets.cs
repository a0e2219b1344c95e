namespace Conexa.Benchmarks;

/// <summary>The report section that explains each missed target from what has been measured.</summary>
internal static class MissedTargets
{
    public const string Markdown = """
        ## Why missed targets are missed

        - **checkout throughput and p99.** The bare route runs one transaction of nine raw inserts, about
          2 ms per request at one client on this machine. Each product checkout validates the body, reads the
          plan with its tenant, the Idempotency-Key and any returning customer, saves the same nine rows
          through EF Core, calls the EFI sandbox over mutual TLS for the Pix cob, draws the QR image and saves
          the answer, so that a retry can never charge twice. The sandbox runs in the same process on the same
          two cores, and after each checkout the outbox sends its two e-mails there, in several short write
          transactions on the same SQLite file.
          Measured at one client once warm, with activity timers around the steps (not kept in the code): the
          EFI call took about 1.5 ms, the QR image 1.5 to 2.5 ms, the account lookup 0.75 ms, and the second
          save about 7 ms. The same second save takes far less when the Pix start is answered in-process (the
          whole checkout then has a p50 of about 8 ms), so most of those 7 ms are most likely spent waiting
          for the write lock that the outbox took meanwhile for the same checkout's e-mails. SQLite's
          `busy_timeout` makes a blocked writer sleep and retry, so it resumes some time after the lock is
          free. Under load the product's two saves also queue behind each other and behind the outbox.
          Removed so far: Microsoft.Data.Sqlite's 150 ms sleep on a locked database, laying out the contract
          PDF in the request, six of the nine reads behind the contracting e-mails, the re-read of the first
          response, the second call to EFI per Pix checkout, change tracking of the plan and tenant (every
          change detection of both saves scanned their owned form and options), a second change detection in
          the outbox interceptor, a tenant clock query per payment start, the connection settings on every
          open of a pooled connection, and building the body's part validators per request. With these and a
          warm-up long enough for optimized code, the ratios went from 0.14×, 0.17× and 0.23× to 0.12×, 0.39×
          and 0.28× at 1, 8 and 32 clients in one run each (the 1-client bare route also got faster once
          warm), and p99 went from 2.6× to 3× over to within 2× at 8 and 32 clients. What is left at one client
          is the provider call, the QR image and the second save's wait; serializing the product's writers in
          the process, instead of SQLite's sleep-and-retry, is the next thing to try.
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
