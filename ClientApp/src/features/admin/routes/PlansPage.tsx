import { Link } from 'react-router-dom';
import { formatCurrency } from '../../../lib/format';
import { getPlans } from '../api/adminApi';
import { DataState } from '../components/DataState';
import { PlanLinkActions } from '../components/PlanLinkActions';
import { labelOf, paymentMethodLabels } from '../model/labels';
import { paymentOptionChoices } from '../model/planForm';
import { useApiData } from '../model/useApiData';

/** Planos: each plan with its price, state, warnings and public link actions. */
export function PlansPage() {
  const plans = useApiData((signal) => getPlans(signal), 'plans');

  return (
    <>
      <div className="page-heading">
        <h1>Planos</h1>
        <Link className="button button-primary" to="/admin/planos/novo">
          Novo plano
        </Link>
      </div>
      <DataState state={plans}>
        {(list) =>
          list.length === 0 ? (
            <p>Nenhum plano ainda. Crie o primeiro para ter um link de contratação.</p>
          ) : (
            <ul className="plan-list">
              {list.map((plan) => (
                <li key={plan.id} className="card">
                  <div className="plan-list-heading">
                    <h2>
                      <Link to={`/admin/planos/${plan.id}`}>{plan.name}</Link>
                    </h2>
                    <span className={plan.isActive ? 'badge badge-ok' : 'badge'}>{plan.isActive ? 'Ativo' : 'Inativo'}</span>
                  </div>
                  <p>
                    {formatCurrency(plan.monthlyPrice)}/mês
                    {plan.adhesionFee > 0 && ` + adesão de ${formatCurrency(plan.adhesionFee)}`} ·{' '}
                    {plan.paymentOptions.map(paymentOptionLabel).join(', ') || 'sem forma de pagamento'}
                  </p>
                  {plan.warnings.map((warning) => (
                    <p key={warning.code} className="notice-warning" role="note">
                      {warning.message}
                    </p>
                  ))}
                  <PlanLinkActions plan={plan} onChanged={plans.reload} />
                </li>
              ))}
            </ul>
          )
        }
      </DataState>
    </>
  );
}

/** Names the method with its provider, so that two boletos of different banks are distinguishable. */
function paymentOptionLabel(option: { method: string; provider: string }): string {
  const choice = paymentOptionChoices.find((candidate) => candidate.key === `${option.method}:${option.provider}`);
  return choice?.label ?? labelOf(paymentMethodLabels, option.method);
}
