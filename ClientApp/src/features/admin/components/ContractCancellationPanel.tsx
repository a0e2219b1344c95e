import { useState } from 'react';
import { formatDate } from '../../../lib/format';
import { cancelContract } from '../api/adminApi';
import { errorMessage, isRoleForbidden } from '../api/adminHttp';
import { recordChangesForbidden } from '../model/permissions';

interface ContractCancellationPanelProps {
  contractId: string;
  /** The last day the customer may still pay the first charge (YYYY-MM-DD), when known. */
  payUntil: string | null;
  onCancelled: () => void;
}

/**
 * Cancels a contracting that awaits its first payment, in two steps: the button first, then the confirmation.
 * The customer never had access, so nothing is charged and the open charges stop being payable.
 */
export function ContractCancellationPanel({ contractId, payUntil, onCancelled }: ContractCancellationPanelProps) {
  const [confirming, setConfirming] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [reason, setReason] = useState('');

  async function confirm() {
    setBusy(true);
    setError(null);
    try {
      await cancelContract(contractId, reason.trim() || null);
      setConfirming(false);
      onCancelled();
    } catch (failure) {
      if (isRoleForbidden(failure)) {
        recordChangesForbidden();
      }
      setError(errorMessage(failure));
    } finally {
      setBusy(false);
    }
  }

  return (
    <section className="card" aria-labelledby="cancellation-title">
      <h2 id="cancellation-title">Cancelar contratação</h2>
      <p>
        O cliente ainda não pagou a primeira cobrança
        {payUntil ? `, e pode pagá-la até ${formatDate(payUntil)}. Depois desse dia a contratação é cancelada sozinha` : ''}.
        Cancelar agora cancela as cobranças em aberto, também no provedor, sem cobrar nada, e avisa o cliente por e-mail.
      </p>
      {error && (
        <p className="form-error" role="alert">
          {error}
        </p>
      )}
      {confirming ? (
        <>
          <div className="field">
            <label htmlFor="cancellation-reason">Motivo (opcional, fica no histórico)</label>
            <textarea
              id="cancellation-reason"
              maxLength={500}
              rows={2}
              value={reason}
              onChange={(event) => setReason(event.target.value)}
            />
          </div>
          <div className="cancellation-actions">
            <button type="button" className="button button-primary" onClick={confirm} disabled={busy}>
              Confirmar cancelamento
            </button>
            <button type="button" className="button button-secondary" onClick={() => setConfirming(false)} disabled={busy}>
              Voltar
            </button>
          </div>
        </>
      ) : (
        <button type="button" className="button button-secondary" onClick={() => setConfirming(true)}>
          Cancelar contratação
        </button>
      )}
    </section>
  );
}
