using Conexa.FunctionalTests.Support;

namespace Conexa.FunctionalTests.Reliability.BadInput;

/// <summary>
/// Sends the malformed-request corpus to every public, callback, sign-in and admin route and checks that
/// each request is rejected with a 4xx problem and stores nothing.
/// </summary>
public sealed class BadInputCorpusTests
{
    [Test]
    public void Corpus_HasAtLeast500Requests()
    {
        var targets = new CorpusTargets("link", Guid.NewGuid(), Guid.NewGuid());
        var all = AllCases(targets).Concat(AdminRouteCorpus.CreatePlan(Guid.NewGuid())).ToList();

        foreach (var route in all.GroupBy(c => c.Route))
        {
            TestContext.Out.WriteLine($"{route.Key}: {route.Count()}");
        }

        Assert.That(all, Has.Count.GreaterThanOrEqualTo(500));
        Assert.That(all.Select(c => c.Route).Distinct().Count(), Is.EqualTo(15));
    }

    [Test]
    public async Task PublicRoutes_RejectMalformedRequests()
    {
        var (plan, targets) = await CreateTargetsAsync();
        var cases = PublicRouteCorpus.PlanOffer(targets)
            .Concat(PublicRouteCorpus.Submit(targets))
            .Concat(PublicRouteCorpus.Checkout(targets))
            .Concat(PublicRouteCorpus.Payment(targets))
            .Concat(UploadCorpus.Upload(targets))
            .ToList();

        await CorpusRunner.RunAsync(ApiServer.Client, cases, plan.TenantId);
    }

    [Test]
    public async Task Webhooks_RejectMalformedCallbacks()
    {
        var (plan, _) = await CreateTargetsAsync();
        var cases = WebhookCorpus.EfiForm().Concat(WebhookCorpus.EfiJson()).Concat(WebhookCorpus.Pix()).ToList();

        await CorpusRunner.RunAsync(ApiServer.Client, cases, plan.TenantId);
    }

    [Test]
    public async Task Login_RejectsMalformedRequests()
    {
        var (plan, _) = await CreateTargetsAsync();

        await CorpusRunner.RunAsync(ApiServer.Client, LoginCorpus.All().ToList(), plan.TenantId);
    }

    [Test]
    public async Task AdminRoutes_RejectMalformedRequests()
    {
        var (plan, targets) = await CreateTargetsAsync();
        using var admin = await AdminClients.SignInAsync(plan.TenantId);
        var cases = AdminRouteCorpus.Contract(targets)
            .Concat(AdminRouteCorpus.Preview(targets))
            .Concat(AdminRouteCorpus.Termination(targets))
            .Concat(AdminRouteCorpus.PlansAndBilling())
            .Concat(AdminRouteCorpus.CreatePlan(plan.UnitId))
            .ToList();

        await CorpusRunner.RunAsync(admin, cases, plan.TenantId);
    }

    private static List<BadRequestCase> AllCases(CorpusTargets targets) =>
        PublicRouteCorpus.PlanOffer(targets)
            .Concat(PublicRouteCorpus.Submit(targets))
            .Concat(PublicRouteCorpus.Checkout(targets))
            .Concat(PublicRouteCorpus.Payment(targets))
            .Concat(UploadCorpus.Upload(targets))
            .Concat(WebhookCorpus.EfiForm())
            .Concat(WebhookCorpus.EfiJson())
            .Concat(WebhookCorpus.Pix())
            .Concat(LoginCorpus.All())
            .Concat(AdminRouteCorpus.Contract(targets))
            .Concat(AdminRouteCorpus.Preview(targets))
            .Concat(AdminRouteCorpus.Termination(targets))
            .Concat(AdminRouteCorpus.PlansAndBilling())
            .ToList();

    /// <summary>
    /// Creates a plan whose form takes attachments, with one checkout whose card was declined, so the payment
    /// route has a retry to refuse and the upload route checks the file itself.
    /// </summary>
    private static async Task<(TestPlan Plan, CorpusTargets Targets)> CreateTargetsAsync()
    {
        var plan = await TestPlans.CreateAsync(form: AttachmentApi.FormWithAttachments());
        var response = await CheckoutApi.SubmitAsync(plan.LinkToken, CheckoutApi.PersonBody("card", "sandbox-declined"), Guid.NewGuid().ToString());
        var checkout = await CheckoutApi.ReadJsonAsync(response);
        Assert.That(checkout["status"]!.GetValue<string>(), Is.EqualTo("paymentDeclined"), checkout.ToJsonString());

        var targets = new CorpusTargets(
            plan.LinkToken,
            Guid.Parse(checkout["checkoutId"]!.GetValue<string>()),
            Guid.Parse(checkout["contractId"]!.GetValue<string>()));
        return (plan, targets);
    }
}
