using Conexa.Domain.Common;

namespace Conexa.Domain.Plans;

/// <summary>A service sold monthly through a public link, with its price, quotas and checkout form.</summary>
public sealed class Plan : Entity
{
    private readonly List<PlanQuota> _quotas = [];
    private readonly List<PaymentOption> _paymentOptions = [];

    private Plan(Guid id, Guid tenantId, Guid unitId, string name, string description)
        : base(id)
    {
        TenantId = tenantId;
        UnitId = unitId;
        Name = name;
        Description = description;
        LinkToken = Plans.LinkToken.New();
    }

    public Guid TenantId { get; private set; }

    public Guid UnitId { get; private set; }

    public string Name { get; private set; }

    public string Description { get; private set; }

    public decimal MonthlyPrice { get; private set; }

    /// <summary>One-off fee charged with the first payment; zero when the plan has none.</summary>
    public decimal AdhesionFee { get; private set; }

    public ActivationPolicy ActivationPolicy { get; private set; } = ActivationPolicy.AfterFirstPayment;

    public string LinkToken { get; private set; }

    public bool IsActive { get; private set; } = true;

    public FormConfiguration Form { get; private set; } = FormConfiguration.Default;

    /// <summary>The contract text with placeholders, or null when the plan uses <see cref="Plans.ContractTemplate.Default"/>.</summary>
    public string? ContractTemplate { get; private set; }

    public IReadOnlyList<PlanQuota> Quotas => _quotas;

    public IReadOnlyList<PaymentOption> PaymentOptions => _paymentOptions;

    public decimal FirstPaymentAmount => MonthlyPrice + AdhesionFee;

    public static Plan Create(
        Guid tenantId,
        Guid unitId,
        string name,
        string description,
        decimal monthlyPrice,
        decimal adhesionFee = 0m)
    {
        var plan = new Plan(TimeOrderedId.New(), tenantId, unitId, Guard.NotBlank(name, nameof(name)), description.Trim());
        plan.SetPrices(monthlyPrice, adhesionFee);
        return plan;
    }

    /// <summary>Renames the plan and moves it to another unit; contracts keep the name they were signed with.</summary>
    public void Edit(Guid unitId, string name, string description)
    {
        UnitId = unitId;
        Name = Guard.NotBlank(name, nameof(name));
        Description = description.Trim();
    }

    public void SetPrices(decimal monthlyPrice, decimal adhesionFee)
    {
        if (monthlyPrice <= 0)
        {
            throw new BusinessRuleException("plan-price-positive", "O valor mensal deve ser maior que zero.");
        }

        MonthlyPrice = Guard.NotNegativeMoney(monthlyPrice, nameof(monthlyPrice));
        AdhesionFee = Guard.NotNegativeMoney(adhesionFee, nameof(adhesionFee));
    }

    public void SetActivationPolicy(ActivationPolicy policy) => ActivationPolicy = policy;

    public void SetForm(FormConfiguration form) => Form = form;

    /// <summary>Sets the plan's contract text, or clears it with null to use the default. Rejects unknown placeholders.</summary>
    public void SetContractTemplate(string? template) =>
        ContractTemplate = template is null ? null : Plans.ContractTemplate.Validate(template);

    public void SetQuotas(IEnumerable<PlanQuota> quotas)
    {
        _quotas.Clear();
        _quotas.AddRange(quotas);
    }

    public void SetPaymentOptions(IEnumerable<PaymentOption> options)
    {
        var distinct = options.Distinct().ToList();
        var unsupported = distinct.FirstOrDefault(o => !o.IsSupported);
        if (unsupported is not null)
        {
            throw new BusinessRuleException(
                "payment-option-unsupported",
                $"{unsupported.Provider} does not offer {unsupported.Method}.");
        }

        _paymentOptions.Clear();
        _paymentOptions.AddRange(distinct);
    }

    /// <summary>Replaces the public link token, so the old link stops working.</summary>
    public void RegenerateLink() => LinkToken = Plans.LinkToken.New();

    public void Deactivate() => IsActive = false;

    public void Activate() => IsActive = true;

    /// <summary>Finds the option for a method; the provider may be omitted when only one offers it.</summary>
    public PaymentOption? FindPaymentOption(PaymentMethod method, PaymentProvider? provider)
    {
        var candidates = _paymentOptions.Where(o => o.Method == method).ToList();
        if (provider is not null)
        {
            return candidates.FirstOrDefault(o => o.Provider == provider);
        }

        return candidates.Count == 1 ? candidates[0] : null;
    }
}
