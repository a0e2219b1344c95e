namespace Conexa.Benchmarks;

/// <summary>The report's closing section: how each figure is measured.</summary>
internal static class Methods
{
    public const string Markdown = """
        ## How the figures are measured

        All benchmarks start the real API in-process (`ApiHost.BuildAsync` then `ApiHost.StartAsync`, as the
        functional tests do) on a loopback port, with a fresh SQLite file, the EFI sandbox on loopback, log level
        Warning, the outbox dispatcher on, and the billing job, payment-start recovery and reconciliation off (the
        billing benchmark runs the first two itself). Seeded rows are copies of the rows of one real
        checkout, inserted with prepared commands in one transaction, with keys made by the product's generator
        (`TimeOrderedId`). The checkout, export and billing figures are medians of `--repeats` rounds (3 by
        default), each round timing both sides one after the other, so a slow spell of the machine falls on both.

        - **checkout**: `POST /api/public/plans/{linkToken}/checkouts` (Pix, a new customer and Idempotency-Key per
          request, `RateLimiting:PublicPermitsPerMinute` raised to 100,000,000) against a bare route mapped only in
          the benchmark host that parses the same body and inserts the same nine rows (customer, linked person,
          sale, contract, charge, checkout, contract document, audit entry, outbox message, with keys from the
          product's generator and the outbox message stamped when inserted) in one transaction, on a connection with the product's SQLite settings
          (`SqliteConnectionSetup.Pragmas`). A fixed number of requests per level and round, after warm-up
          batches of 250 requests to each route from 4 clients until the JIT compiles fewer than 100 methods in a
          batch (at most 30 batches; the notes say how many it took), so that both run code the JIT has optimized,
          and a few untimed requests per client at each level. Throughput, p50 and
          p99 (nearest-rank percentiles) are each the median over the rounds. The outbox's background processor
          runs as in production, so during a load it defers events younger than `Outbox:MaxDeferral`. What a
          load leaves for it (the product's contracting e-mails, the bare route's copies of an outbox row) is
          drained before the next load starts, so neither route is timed while the outbox works through the
          other's rows. The notes say how many events each product round left, counted in the outbox table,
          and how long draining them took. A last load per level answers the Pix start in-process (no HTTP
          call to the sandbox) to show what those calls cost. Each load also reads the process's CPU time and
          the bytes it allocated before and after, and the notes give both per request (server, sandbox and
          benchmark client together, medians over the rounds).
        - **export**: `GET /api/contracts/export?format=xlsx|pdf` as a tenant admin, the body read to its end, against
          writing rows of the same twelve columns from an in-memory generator to a temporary file with MiniExcel's
          synchronous `SaveAs` (the call the route makes) or PDFsharp (no database, no HTTP, no text fitting).
          Memory is the managed heap (`GC.GetTotalMemory`) sampled every 10 ms during the export, less the heap
          after a full collection just before, the highest of the rounds. The server, the sandbox and the client
          share the process, so the samples also include their allocations.
        - **billing**: `BillingRunner.RunAsync` for one tenant whose N active contracts each owe one charge due
          tomorrow, against inserting the same N charges in contract key order with one prepared command in one
          transaction, on a connection with the product's SQLite settings and foreign-key checks. Each round
          deletes the charges the previous one wrote. The run creates the charges a batch of 500 contracts per
          transaction, after a warm-up run of 2,000 other contracts, and makes no provider call. The payment
          starts that follow it (`PaymentStartRecovery`, one Pix call each at the EFI sandbox) are timed on their own, for sizes up to `--billing-sandbox-max`. SQL
          time and commit time come from EF Core's DiagnosticListener events. The run's INSERTs go around EF
          Core, so the SQL time leaves them out. Growth compares the time per contract at the largest size with
          the smallest.
        - **bundle**: the JS and CSS files that Chromium loaded for `/checkout/{linkToken}`, read from
          `Api/wwwroot/assets` and compressed with .NET's `GZipStream` at `CompressionLevel.Optimal`. First render is
          Chromium's first-contentful-paint entry (headless, 375×812 viewport, new context per load, median), against
          a static HTML page of the same uncompressed size served by the same server.
        """;
}
