import { useState } from 'react';
import { copyText } from '../../../lib/clipboard';
import { activatePlan, deactivatePlan, regeneratePlanLink } from '../api/adminApi';
import { errorMessage } from '../api/adminHttp';
import type { Plan, PlanSummary } from '../api/types';

interface PlanLinkActionsProps {
  plan: PlanSummary | Plan;
  onChanged: () => void;
}

/** Renders the actions on a plan's public link: "Copiar link", "Gerar novo link" (confirmed first) and activation. */
export function PlanLinkActions({ plan, onChanged }: PlanLinkActionsProps) {
  const [feedback, setFeedback] = useState<string | null>(null);
  const [manualCopy, setManualCopy] = useState(false);
  const [busy, setBusy] = useState(false);

  async function copy() {
    const copied = await copyText(plan.checkoutUrl);
    setManualCopy(!copied);
    setFeedback(copied ? 'Link copiado.' : 'Não foi possível copiar. Selecione o link abaixo e copie manualmente.');
  }

  async function run(action: () => Promise<unknown>, done: string) {
    setBusy(true);
    setFeedback(null);
    try {
      await action();
      setFeedback(done);
      onChanged();
    } catch (error) {
      setFeedback(errorMessage(error));
    } finally {
      setBusy(false);
    }
  }

  function regenerate() {
    const confirmed = window.confirm(
      `Gerar um novo link para "${plan.name}"? O link atual deixa de funcionar para quem ainda não contratou.`,
    );
    if (confirmed) {
      void run(() => regeneratePlanLink(plan.id), 'Novo link gerado. O anterior deixou de funcionar.');
    }
  }

  return (
    <div className="plan-link">
      <div className="plan-link-actions">
        <button type="button" className="button button-secondary" onClick={copy} disabled={!plan.isActive}>
          Copiar link
        </button>
        <button type="button" className="button button-secondary" onClick={regenerate} disabled={busy}>
          Gerar novo link
        </button>
        {plan.isActive ? (
          <button type="button" className="button button-secondary" disabled={busy} onClick={() => run(() => deactivatePlan(plan.id), 'Plano desativado.')}>
            Desativar
          </button>
        ) : (
          <button type="button" className="button button-secondary" disabled={busy} onClick={() => run(() => activatePlan(plan.id), 'Plano ativado.')}>
            Ativar
          </button>
        )}
      </div>
      {manualCopy && (
        <input className="plan-link-url" aria-label={`Link de ${plan.name}`} value={plan.checkoutUrl} readOnly onFocus={(event) => event.target.select()} />
      )}
      {feedback && (
        <p className="copy-feedback" role="status">
          {feedback}
        </p>
      )}
    </div>
  );
}
