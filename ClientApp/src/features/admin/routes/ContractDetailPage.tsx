import { useState } from 'react';
import { Link, useParams } from 'react-router-dom';
import { formatCurrency, formatDate, formatDateTime, formatQuota } from '../../../lib/format';
import { maskPhone } from '../../../lib/masks';
import { getContract } from '../api/adminApi';
import type { Charge, TerminationPreview } from '../api/types';
import { DataState } from '../components/DataState';
import { ManualPaymentPanel } from '../components/ManualPaymentPanel';
import { ClientAreaInvite } from '../components/ClientAreaInvite';
import { ContractAttachments } from '../components/ContractAttachments';
import { ContractCancellationPanel } from '../components/ContractCancellationPanel';
import { ContractSignature } from '../components/ContractSignature';
import { TerminationPanel } from '../components/TerminationPanel';
import {
  activationPolicyLabels,
  actorLabel,
  auditActionLabels,
  chargeStatusLabels,
  contractStatusLabels,
  labelOf,
  paymentMethodLabels,
  registeredByLabels,
  signatureStatusLabels,
} from '../model/labels';
import { useChangesForbidden } from '../model/permissions';
import { useTenantTimeZone } from '../model/tenantTimeZone';
import { useApiData } from '../model/useApiData';

/** The statuses of a charge the customer still owes, which the team can record as paid at the unit. */
const recordableStatuses = ['awaitingPayment', 'overdue', 'declined'];

/** Names a charge in the table and the manual payment. The first regular charge also bills the adhesion fee. */
function chargeLabel(charge: Charge, adhesionFee: number): string {
  if (charge.purpose === 'proRata') {
    // The first period's pro-rata carries the adhesion fee, which is never pro-rated.
    return charge.periodIndex === 0 && adhesionFee > 0 ? 'Pró-rata + adesão' : 'Pró-rata';
  }
  const label = `Mensalidade ${charge.periodIndex + 1}`;
  return charge.periodIndex === 0 && adhesionFee > 0 ? `${label} + adesão` : label;
}

const cancellationReasonLabels: Record<string, string> = {
  firstPaymentMissed: 'primeiro pagamento não concluído no prazo',
  byOperator: 'pela equipe, antes do primeiro pagamento',
};

/**
 * Renders a contract with its charges, quotas, e-signature (PDF download and sending) and the
 * customer's files, the cancellation of a contracting not yet paid, and the termination with its preview.
 */
export function ContractDetailPage() {
  const { contractId = '' } = useParams();
  const contract = useApiData((signal) => getContract(contractId, signal), contractId);
  const timeZone = useTenantTimeZone();
  const changesForbidden = useChangesForbidden();
  const [notice, setNotice] = useState<string | null>(null);
  const [paying, setPaying] = useState<Charge | null>(null);

  /** Shows the outcome at the top of the page and reloads the contract. */
  function changed(message: string) {
    setNotice(message);
    // On a phone the panels sit far down the page, so the new status and the notice would be out of sight. The
    // pressed button is gone too, so the focus moves to the title, which the notice follows.
    const title = document.getElementById('contract-title');
    title?.scrollIntoView?.({ block: 'start' });
    title?.focus({ preventScroll: true });
    contract.reload();
  }

  function cancelled() {
    changed('Contratação cancelada. O cliente foi avisado por e-mail, e nada será cobrado.');
  }

  function paymentRecorded(charge: Charge, label: string) {
    setPaying(null);
    changed(`Pagamento de ${formatCurrency(charge.amount)} registrado (${label}). O cliente recebe a confirmação por e-mail.`);
  }

  function terminated(applied: TerminationPreview) {
    const credit = applied.creditAmount > 0 ? ` Crédito do cliente: ${formatCurrency(applied.creditAmount)}.` : '';
    const adhesion =
      applied.replacementAdhesionAmount > 0 && applied.replacementChargeAmount !== null
        ? ` mais a adesão de ${formatCurrency(applied.replacementAdhesionAmount)}, nova cobrança de ${formatCurrency(applied.replacementChargeAmount)}`
        : '';
    changed(
      `Encerramento registrado com último dia ${formatDate(applied.endDate)}. Pró-rata do período: ${formatCurrency(applied.proRataAmount)}${adhesion}.${credit}`,
    );
  }

  return (
    <>
      <p>
        <Link to="/admin/contratos">← Contratos</Link>
      </p>
      <DataState state={contract}>
        {(data) => {
          const canRecordPayments = !changesForbidden && data.charges.some((charge) => recordableStatuses.includes(charge.status));
          return (
            <>
              <h1 id="contract-title" tabIndex={-1}>
                {data.customerName} · {data.planName}
              </h1>
              {notice && (
                <p className="status-ok" role="status">
                  {notice}
                </p>
              )}
              <section className="card" aria-label="Resumo do contrato">
                <dl className="detail-list">
                  <div>
                    <dt>Situação</dt>
                    <dd>
                      {labelOf(contractStatusLabels, data.status)}
                      {data.cancellationReason && <span className="field-hint"> ({labelOf(cancellationReasonLabels, data.cancellationReason)})</span>}
                    </dd>
                  </div>
                  {data.payUntil && (
                    <div>
                      <dt>Pagar até</dt>
                      <dd>{formatDate(data.payUntil)}, ou a contratação é cancelada</dd>
                    </div>
                  )}
                  {data.cancelledAt && (
                    <div>
                      <dt>Cancelado em</dt>
                      <dd>{formatDateTime(data.cancelledAt, timeZone)}</dd>
                    </div>
                  )}
                  <div>
                    <dt>Cadastrado por</dt>
                    <dd>{labelOf(registeredByLabels, data.registeredBy)}</dd>
                  </div>
                  <div>
                    <dt>Início</dt>
                    <dd>{formatDate(data.startDate)}</dd>
                  </div>
                  {data.endDate && (
                    <div>
                      <dt>Último dia de uso</dt>
                      <dd>
                        {formatDate(data.endDate)}
                        {data.status !== 'terminated' && data.status !== 'cancelled' && (
                          <span className="field-hint"> (encerramento registrado: o contrato segue até esse dia)</span>
                        )}
                      </dd>
                    </div>
                  )}
                  <div>
                    <dt>Vencimento</dt>
                    <dd>todo dia {data.dueDay}</dd>
                  </div>
                  <div>
                    <dt>Mensalidade</dt>
                    <dd>{formatCurrency(data.monthlyPrice)}</dd>
                  </div>
                  {data.adhesionFee > 0 && (
                    <div>
                      <dt>Taxa de adesão</dt>
                      <dd>{formatCurrency(data.adhesionFee)}</dd>
                    </div>
                  )}
                  <div>
                    <dt>Pagamento</dt>
                    <dd>{labelOf(paymentMethodLabels, data.paymentMethod)}</dd>
                  </div>
                  <div>
                    <dt>Ativação</dt>
                    <dd>{labelOf(activationPolicyLabels, data.activationPolicy)}</dd>
                  </div>
                  <div>
                    <dt>Assinatura</dt>
                    <dd>{labelOf(signatureStatusLabels, data.signatureStatus)}</dd>
                  </div>
                  {data.creditAmount > 0 && (
                    <div>
                      <dt>Crédito do cliente</dt>
                      <dd>{formatCurrency(data.creditAmount)}</dd>
                    </div>
                  )}
                </dl>
              </section>

              <section className="card" aria-labelledby="customer-title">
                <h2 id="customer-title">Cliente</h2>
                <dl className="detail-list">
                  <div>
                    <dt>{data.customer.kind === 'company' ? 'CNPJ' : 'CPF'}</dt>
                    <dd>{data.customer.document}</dd>
                  </div>
                  <div>
                    <dt>E-mail</dt>
                    <dd>
                      <a href={`mailto:${data.customer.email}`}>{data.customer.email}</a>
                    </dd>
                  </div>
                  {data.customer.phone && (
                    <div>
                      <dt>Telefone</dt>
                      <dd>
                        {/^\d{10,11}$/.test(data.customer.phone) ? (
                          <a href={`tel:+55${data.customer.phone}`}>{maskPhone(data.customer.phone)}</a>
                        ) : (
                          data.customer.phone
                        )}
                      </dd>
                    </div>
                  )}
                  {data.customer.contactName && (
                    <div>
                      <dt>Responsável</dt>
                      <dd>
                        {data.customer.contactName}
                        {data.customer.contactEmail && data.customer.contactEmail !== data.customer.email && (
                          <>
                            {' · '}
                            <a href={`mailto:${data.customer.contactEmail}`}>{data.customer.contactEmail}</a>
                          </>
                        )}
                      </dd>
                    </div>
                  )}
                </dl>
              </section>

              <ContractSignature
                contractId={data.id}
                contractStatus={data.status}
                signatureStatus={data.signatureStatus}
                onSent={contract.reload}
              />

              <section className="card" aria-labelledby="charges-title">
                <h2 id="charges-title">Cobranças</h2>
                <div className="table-scroll">
                  <table className="data-table">
                    <thead>
                      <tr>
                        <th scope="col">Vencimento</th>
                        <th scope="col">Valor</th>
                        <th scope="col">Tipo</th>
                        <th scope="col">Situação</th>
                        {canRecordPayments && (
                          <th scope="col">
                            <span className="visually-hidden">Ações</span>
                          </th>
                        )}
                      </tr>
                    </thead>
                    <tbody>
                      {data.charges.map((charge) => (
                        <tr key={charge.id}>
                          <td data-label="Vencimento">{formatDate(charge.dueDate)}</td>
                          <td data-label="Valor">{formatCurrency(charge.amount)}</td>
                          <td data-label="Tipo">{chargeLabel(charge, data.adhesionFee)}</td>
                          <td data-label="Situação">
                            {/* One element, so a phone's card layout keeps the status and its notes together on the right. */}
                            <span>
                              {charge.paidOn
                                ? `${labelOf(chargeStatusLabels, charge.status)} em ${formatDate(charge.paidOn)}`
                                : labelOf(chargeStatusLabels, charge.status)}
                              {charge.settledOutsideProvider && <span className="field-hint"> (fora do provedor)</span>}
                              {charge.declineReason && <span className="field-hint"> ({charge.declineReason})</span>}
                            </span>
                          </td>
                          {canRecordPayments && (
                            <td className="row-actions">
                              {recordableStatuses.includes(charge.status) && (
                                <button
                                  type="button"
                                  className="button button-secondary"
                                  aria-label={`Registrar pagamento: ${chargeLabel(charge, data.adhesionFee)}, vencimento ${formatDate(charge.dueDate)}`}
                                  onClick={() => setPaying(charge)}
                                >
                                  Registrar pagamento
                                </button>
                              )}
                            </td>
                          )}
                        </tr>
                      ))}
                    </tbody>
                  </table>
                </div>
              </section>

              {paying && canRecordPayments && (
                <ManualPaymentPanel
                  key={paying.id}
                  contractId={data.id}
                  charge={paying}
                  chargeLabel={chargeLabel(paying, data.adhesionFee)}
                  onRecorded={(charge) => paymentRecorded(charge, chargeLabel(charge, data.adhesionFee))}
                  onStale={contract.reload}
                  onClose={() => setPaying(null)}
                />
              )}

              <section className="card" aria-labelledby="quotas-title">
                <h2 id="quotas-title">Cotas do período atual</h2>
                {data.quotas.length === 0 ? (
                  <p>Sem cotas no período atual.</p>
                ) : (
                  <ul>
                    {data.quotas.map((quota) => (
                      <li key={`${quota.periodStart}-${quota.resource}`}>
                        {formatDate(quota.periodStart)} a {formatDate(quota.periodEnd)}: {formatQuota(quota)}
                      </li>
                    ))}
                  </ul>
                )}
              </section>

              <ContractAttachments contractId={data.id} attachments={data.attachments} />

              <section className="card" aria-labelledby="audit-title">
                <h2 id="audit-title">Histórico</h2>
                <ul className="audit-list">
                  {data.audit.map((entry, index) => (
                    <li key={`${entry.occurredAt}-${index}`}>
                      <strong>{formatDateTime(entry.occurredAt, timeZone)}</strong>: {labelOf(auditActionLabels, entry.action)} ·{' '}
                      {actorLabel(entry.actor, entry.actorName)}
                      {entry.details && <span className="field-hint"> — {entry.details}</span>}
                    </li>
                  ))}
                </ul>
              </section>

              <ClientAreaInvite customerId={data.customerId} />

              {changesForbidden && !data.endDate && data.status !== 'terminated' && data.status !== 'cancelled' && (
                <p className="field-hint">Somente administradores cancelam ou encerram contratos.</p>
              )}

              {!changesForbidden && data.status === 'awaitingPayment' && (
                <ContractCancellationPanel contractId={data.id} payUntil={data.payUntil} onCancelled={cancelled} />
              )}

              {!changesForbidden && !data.endDate && data.status !== 'terminated' && data.status !== 'cancelled' && (
                <TerminationPanel contractId={data.id} awaitingPayment={data.status === 'awaitingPayment'} onTerminated={terminated} />
              )}
            </>
          );
        }}
      </DataState>
    </>
  );
}
