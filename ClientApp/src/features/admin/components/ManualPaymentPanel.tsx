import { useEffect, useRef, useState, type FormEvent } from 'react';
import { formatCurrency, formatDate } from '../../../lib/format';
import { ApiError } from '../../../lib/http';
import { recordManualPayment } from '../api/adminApi';
import { errorMessage, isRoleForbidden } from '../api/adminHttp';
import type { Charge } from '../api/types';
import { recordChangesForbidden } from '../model/permissions';

interface ManualPaymentPanelProps {
  contractId: string;
  charge: Charge;
  /** The name the charges table gives the charge, such as "Mensalidade 2". */
  chargeLabel: string;
  onRecorded: (charge: Charge) => void;
  /** Called when the server refused the payment because the charge changed meanwhile, so the page shows its state. */
  onStale: () => void;
  onClose: () => void;
}

/**
 * Records a charge that the customer paid outside the providers, such as cash at the front desk or a bank transfer.
 * The server withdraws the charge's Pix code or boleto and e-mails the customer the receipt.
 */
export function ManualPaymentPanel({ contractId, charge, chargeLabel, onRecorded, onStale, onClose }: ManualPaymentPanelProps) {
  const [paidOn, setPaidOn] = useState('');
  const [note, setNote] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const heading = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    // The panel opens below the table, out of sight on a phone, so the focus follows it.
    heading.current?.focus();
  }, [charge.id]);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      await recordManualPayment(contractId, charge.id, paidOn || null, note.trim() || null);
      onRecorded(charge);
    } catch (failure) {
      if (isRoleForbidden(failure)) {
        recordChangesForbidden();
      }
      const fieldErrors = failure instanceof ApiError ? failure.problem.errors : undefined;
      setError(fieldErrors?.paidOn?.join(' ') ?? fieldErrors?.note?.join(' ') ?? errorMessage(failure));
      if (failure instanceof ApiError && (failure.status === 409 || failure.status === 422) && !fieldErrors) {
        // The charge was paid, cancelled or is being paid at the provider meanwhile: the rest of the page is stale.
        onStale();
      }
    } finally {
      setBusy(false);
    }
  }

  return (
    <section className="card" aria-labelledby="manual-payment-title">
      <h2 id="manual-payment-title" ref={heading} tabIndex={-1}>
        Registrar pagamento recebido
      </h2>
      <p>
        {chargeLabel}, vencimento {formatDate(charge.dueDate)}, {formatCurrency(charge.amount)}. Use quando o cliente pagou fora
        do Pix, boleto ou cartão do sistema, como em dinheiro ou transferência. O código Pix ou boleto desta cobrança é
        cancelado no provedor, e o cliente recebe a confirmação por e-mail.
      </p>
      <form onSubmit={submit}>
        <div className="field">
          <label htmlFor="manual-payment-date">Data do recebimento</label>
          <input
            id="manual-payment-date"
            type="date"
            value={paidOn}
            aria-describedby="manual-payment-date-hint"
            onChange={(event) => setPaidOn(event.target.value)}
          />
          <p id="manual-payment-date-hint" className="field-hint">
            Em branco, vale a data de hoje.
          </p>
        </div>
        <div className="field">
          <label htmlFor="manual-payment-note">Observação (opcional, fica no histórico)</label>
          <textarea id="manual-payment-note" maxLength={500} rows={2} value={note} onChange={(event) => setNote(event.target.value)} />
        </div>
        {error && (
          <p className="form-error" role="alert">
            {error}
          </p>
        )}
        <div className="cancellation-actions">
          <button type="submit" className="button button-primary" disabled={busy}>
            Confirmar pagamento de {formatCurrency(charge.amount)}
          </button>
          <button type="button" className="button button-secondary" onClick={onClose} disabled={busy}>
            Voltar
          </button>
        </div>
      </form>
    </section>
  );
}
