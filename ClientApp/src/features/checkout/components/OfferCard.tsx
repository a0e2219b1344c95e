import { formatCurrency, formatQuota } from '../../../lib/format';
import type { PublicPlan } from '../api/getPublicPlan';

export function OfferCard({ plan }: { plan: PublicPlan }) {
  const hasAdhesionFee = plan.adhesionFee > 0;

  return (
    <section className="card offer" aria-labelledby="offer-title">
      <h1 id="offer-title">{plan.name}</h1>
      {plan.description && <p className="offer-description">{plan.description}</p>}

      <p className="offer-price">
        <span className="offer-price-value">{formatCurrency(plan.monthlyPrice)}</span>
        <span className="offer-price-period">/mês</span>
      </p>

      <dl className="offer-totals">
        {hasAdhesionFee && (
          <div>
            <dt>Taxa de adesão</dt>
            <dd>{formatCurrency(plan.adhesionFee)}</dd>
          </div>
        )}
        <div className="offer-first-payment">
          <dt>Primeiro pagamento</dt>
          <dd>{formatCurrency(plan.firstPaymentAmount)}</dd>
        </div>
      </dl>

      {plan.quotas.length > 0 && (
        <>
          <h2 className="offer-quotas-title">Incluso por mês</h2>
          <ul className="offer-quotas">
            {plan.quotas.map((quota) => (
              <li key={`${quota.resource}-${quota.unit}`}>{formatQuota(quota)}</li>
            ))}
          </ul>
        </>
      )}

      {plan.activationPolicy === 'afterFirstPayment' && (
        <p className="offer-note">O contrato é ativado após a confirmação do primeiro pagamento.</p>
      )}
    </section>
  );
}
