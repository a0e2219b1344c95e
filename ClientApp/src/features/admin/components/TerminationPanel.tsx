import { useState, type FormEvent } from 'react';
import { formatCurrency, formatDate } from '../../../lib/format';
import { ApiError } from '../../../lib/http';
import { previewTermination, terminateContract } from '../api/adminApi';
import { errorMessage } from '../api/adminHttp';
import type { TerminationPreview } from '../api/types';
import { chargeStatusLabels, labelOf } from '../model/labels';

interface TerminationPanelProps {
  contractId: string;
  /** True while the contract awaits its first payment, when cancelling the contracting charges nothing. */
  awaitingPayment?: boolean;
  /** Receives the termination as applied: its end date, pro-rata and credit. */
  onTerminated: (applied: TerminationPreview) => void;
}

/** Terminates a contract in two steps: the itemised pro-rata preview first, then the confirmation. */
export function TerminationPanel({ contractId, awaitingPayment = false, onTerminated }: TerminationPanelProps) {
  const [endDate, setEndDate] = useState('');
  const [preview, setPreview] = useState<TerminationPreview | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function showPreview(event: FormEvent) {
    event.preventDefault();
    setPreview(null);
    setError(null);
    if (!endDate) {
      setError('Informe o último dia de uso.');
      return;
    }
    setBusy(true);
    try {
      setPreview(await previewTermination(contractId, endDate));
    } catch (failure) {
      setError(failure instanceof ApiError && failure.problem.errors?.endDate ? failure.problem.errors.endDate.join(' ') : errorMessage(failure));
    } finally {
      setBusy(false);
    }
  }

  async function confirm() {
    if (!preview) {
      return;
    }
    setBusy(true);
    setError(null);
    try {
      const applied = await terminateContract(contractId, preview.endDate);
      setPreview(null);
      onTerminated(applied);
    } catch (failure) {
      setError(errorMessage(failure));
    } finally {
      setBusy(false);
    }
  }

  return (
    <section className="card" aria-labelledby="termination-title">
      <h2 id="termination-title">Encerrar contrato</h2>
      {awaitingPayment && (
        <p className="field-hint">
          Encerrar cobra o pró-rata dos dias até o último dia de uso, embora o cliente ainda não tenha pago. Para não cobrar
          nada, cancele a contratação.
        </p>
      )}
      <form onSubmit={showPreview} className="termination-form">
        <div className="field">
          <label htmlFor="termination-end-date">Último dia de uso</label>
          <input
            id="termination-end-date"
            type="date"
            value={endDate}
            onChange={(event) => {
              setEndDate(event.target.value);
              setPreview(null);
            }}
          />
        </div>
        <button type="submit" className="button button-secondary" disabled={busy}>
          Calcular encerramento
        </button>
      </form>
      {error && (
        <p className="form-error" role="alert">
          {error}
        </p>
      )}
      {preview && (
        <div className="termination-preview" aria-label="Prévia do encerramento">
          <dl className="detail-list">
            <div>
              <dt>Período</dt>
              <dd>
                {formatDate(preview.periodStart)} a {formatDate(preview.nextDueDate)} (exclusive)
              </dd>
            </div>
            <div>
              <dt>Dias usados</dt>
              <dd>
                {preview.usedDays} de {preview.periodDays}
              </dd>
            </div>
            <div>
              <dt>Pró-rata</dt>
              <dd>
                {formatCurrency(preview.monthlyPrice)} × {preview.usedDays}/{preview.periodDays} = {formatCurrency(preview.proRataAmount)}
              </dd>
            </div>
            {preview.replacementChargeAmount !== null && preview.replacementAdhesionAmount > 0 && (
              <div>
                <dt>Adesão (cobrada inteira)</dt>
                <dd>{formatCurrency(preview.replacementAdhesionAmount)}</dd>
              </div>
            )}
            {preview.replacementChargeAmount !== null && (
              <div>
                <dt>Nova cobrança pró-rata</dt>
                <dd>
                  {formatCurrency(preview.replacementChargeAmount)}
                  {preview.replacementDueDate && <>, vence em {formatDate(preview.replacementDueDate)}</>}
                </dd>
              </div>
            )}
            <div>
              <dt>Crédito ao cliente</dt>
              <dd>{formatCurrency(preview.creditAmount)}</dd>
            </div>
          </dl>
          {preview.creditedCharges.length > 0 && (
            <>
              <h3>Cobranças pagas que geram o crédito</h3>
              <ul>
                {preview.creditedCharges.map((charge) => (
                  <li key={charge.id}>
                    Vencimento {formatDate(charge.dueDate)}, paga {formatCurrency(charge.amount)}: crédito de {formatCurrency(charge.creditAmount)}
                  </li>
                ))}
              </ul>
            </>
          )}
          {preview.periodsToBill.length > 0 && (
            <>
              <h3>Períodos ainda não cobrados</h3>
              <p>
                O encerramento cobra cada um pelo valor mensal integral. Cada cobrança é emitida, ou passada no cartão, poucos dias
                antes do seu vencimento, como as mensalidades.
              </p>
              <ul>
                {preview.periodsToBill.map((period) => (
                  <li key={period.periodStart}>
                    {formatDate(period.periodStart)} a {formatDate(period.nextDueDate)} (exclusive): {formatCurrency(period.amount)}, vence em{' '}
                    {formatDate(period.dueDate)}
                  </li>
                ))}
              </ul>
            </>
          )}
          {preview.chargesToCancel.length > 0 && (
            <>
              <h3>Cobranças afetadas</h3>
              <ul>
                {preview.chargesToCancel.map((charge) => (
                  <li key={charge.id}>
                    {formatDate(charge.dueDate)}: {formatCurrency(charge.amount)} ({labelOf(chargeStatusLabels, charge.status)})
                  </li>
                ))}
              </ul>
            </>
          )}
          <button type="button" className="button button-primary" onClick={confirm} disabled={busy}>
            Confirmar encerramento em {formatDate(preview.endDate)}
          </button>
        </div>
      )}
    </section>
  );
}
