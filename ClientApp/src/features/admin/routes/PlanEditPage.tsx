import { useState } from 'react';
import { useNavigate, useParams } from 'react-router-dom';
import { ApiError } from '../../../lib/http';
import type { FieldErrors } from '../../../lib/problemDetails';
import { createPlan, getPlan, getTenant, getUnits, updatePlan } from '../api/adminApi';
import { errorMessage } from '../api/adminHttp';
import type { Plan, PlanFields, Tenant, Unit } from '../api/types';
import { DataState } from '../components/DataState';
import { PlanForm } from '../components/PlanForm';
import { PlanLinkActions } from '../components/PlanLinkActions';
import { emptyPlanForm, planFormFromPlan } from '../model/planForm';
import { useApiData } from '../model/useApiData';

interface EditData {
  plan: Plan | null;
  units: Unit[];
  tenant: Tenant;
}

/** Creates a plan (/admin/planos/novo) or edits one (/admin/planos/:planId). */
export function PlanEditPage() {
  const { planId } = useParams();
  const navigate = useNavigate();
  const [serverErrors, setServerErrors] = useState<FieldErrors>({});
  const [serverMessage, setServerMessage] = useState<string | null>(null);
  const [saved, setSaved] = useState<string | null>(null);
  const state = useApiData<EditData>(
    async (signal) => {
      const [plan, units, tenant] = await Promise.all([
        planId ? getPlan(planId, signal) : Promise.resolve(null),
        getUnits(signal),
        getTenant(signal),
      ]);
      return { plan, units, tenant };
    },
    planId ?? 'new',
  );

  async function save(fields: PlanFields) {
    setServerErrors({});
    setServerMessage(null);
    setSaved(null);
    try {
      if (planId) {
        await updatePlan(planId, fields);
        setSaved('Plano salvo.');
        state.reload();
      } else {
        const created = await createPlan(fields);
        navigate(`/admin/planos/${created.id}`, { replace: true });
      }
    } catch (error) {
      if (error instanceof ApiError && error.problem.errors) {
        setServerErrors(error.problem.errors);
        setServerMessage('Corrija os campos indicados.');
      } else {
        setServerMessage(errorMessage(error));
      }
    }
  }

  return (
    <>
      <h1>{planId ? 'Editar plano' : 'Novo plano'}</h1>
      <DataState state={state}>
        {(data) => (
          <>
            {data.plan && (
              <section className="card" aria-label="Link público">
                <p className="plan-link">
                  Link público: <a href={data.plan.checkoutPath}>{data.plan.checkoutUrl}</a>
                </p>
                <PlanLinkActions plan={data.plan} onChanged={state.reload} />
              </section>
            )}
            <PlanForm
              key={data.plan?.id ?? 'new'}
              initialValues={data.plan ? planFormFromPlan(data.plan) : emptyPlanForm(data.units.length === 1 ? data.units[0].id : '')}
              units={data.units}
              tenantName={data.tenant.name}
              submitLabel={planId ? 'Salvar plano' : 'Criar plano'}
              onSubmit={save}
              serverErrors={serverErrors}
              serverMessage={serverMessage}
              savedMessage={saved}
            />
          </>
        )}
      </DataState>
    </>
  );
}
