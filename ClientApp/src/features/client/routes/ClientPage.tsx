import { useEffect, useState } from 'react';
import { SignInPage } from '../../../components/SignInPage';
import { formatCurrency, formatDate, formatQuota } from '../../../lib/format';
import { ApiError, isAbortError } from '../../../lib/http';
import { CopyField } from '../../checkout/components/CopyField';
import { getClientArea, type ClientArea, type ClientContract } from '../api/getClientArea';
import { clientSession } from '../model/session';
import { PasswordResetRequest } from './PasswordResetRequest';

const contractStatusLabels: Record<string, string> = {
  awaitingPayment: 'Aguardando o primeiro pagamento',
  active: 'Ativo',
  suspended: 'Suspenso: há cobrança vencida',
  terminated: 'Encerrado',
  cancelled: 'Cancelado sem pagamento',
};

const chargeStatusLabels: Record<string, string> = {
  pending: 'Em aberto',
  processing: 'Gerando boleto',
  awaitingPayment: 'Em aberto',
  approved: 'Aprovada',
  paid: 'Paga',
  declined: 'Recusada',
  cancelled: 'Cancelada',
  overdue: 'Vencida',
  writtenOff: 'Baixada',
};

const signatureStatusLabels: Record<string, string> = {
  notRequested: 'Não solicitada',
  sent: 'Aguardando sua assinatura',
  signed: 'Assinado',
  cancelled: 'Cancelada',
};

/** Names the signature status, and why a signature request was withdrawn: the contract ended or was cancelled first. */
function signatureText(contract: ClientContract): string {
  const label = signatureStatusLabels[contract.signatureStatus] ?? contract.signatureStatus;
  if (contract.signatureStatus !== 'cancelled') {
    return label;
  }
  if (contract.status === 'cancelled') {
    return `${label}, porque a contratação foi cancelada`;
  }
  return contract.endDate ? `${label}, porque o contrato foi encerrado antes da assinatura` : label;
}

/** Renders the client area at /client: the sign-in form, then the customer's contracts. */
export function ClientPage() {
  const token = clientSession.useToken();
  const waitingForOtherTab = clientSession.useWaitingForOtherTab();
  if (!token && waitingForOtherTab) {
    // A new tab first requests the token from the open tabs, so the form does not flash and lose what the user typed.
    return (
      <main className="page">
        <p role="status">Carregando…</p>
      </main>
    );
  }
  if (!token) {
    return (
      <SignInPage
        title="Área do Cliente"
        intro="Entre com o e-mail e a senha que você cadastrou ao contratar."
        onSignedIn={clientSession.signIn}
        footer={<PasswordResetRequest />}
      />
    );
  }
  return <ClientContracts key={token} />;
}

function ClientContracts() {
  const [area, setArea] = useState<ClientArea | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    const controller = new AbortController();
    getClientArea(controller.signal).then(setArea, (failure: unknown) => {
      if (isAbortError(failure)) {
        return;
      }
      setError(
        failure instanceof ApiError && failure.status === 403
          ? 'Este login não é de cliente. A equipe do estabelecimento entra em /admin.'
          : 'Não foi possível carregar seus contratos. Tente de novo em instantes.',
      );
    });
    return () => controller.abort();
  }, []);

  return (
    <main className="page">
      <div className="client-heading">
        <h1>Área do Cliente</h1>
        <button type="button" className="button button-secondary" onClick={clientSession.signOut}>
          Sair
        </button>
      </div>
      {error && (
        <p className="notice-error" role="alert">
          {error}
        </p>
      )}
      {!area && !error && <p aria-live="polite">Carregando…</p>}
      {area && (
        <>
          <p>
            Olá, {area.customerName}. Seus contratos com {area.tenantName}:
          </p>
          {area.contracts.length === 0 && <p>Nenhum contrato encontrado.</p>}
          {area.contracts.map((contract) => (
            <ContractCard key={contract.id} contract={contract} />
          ))}
        </>
      )}
    </main>
  );
}

/** Says when the space and its quotas open to a contract that gives no access now. */
const accessNotes: Partial<Record<ClientContract['status'], string>> = {
  awaitingPayment: 'O acesso ao espaço e as cotas começam quando o primeiro pagamento for confirmado.',
  suspended: 'O acesso ao espaço e as cotas voltam quando as cobranças em atraso forem pagas.',
};

function ContractCard({ contract }: { contract: ClientContract }) {
  return (
    <section className="card" aria-label={contract.planName}>
      <h2>{contract.planName}</h2>
      <p>
        {contractStatusLabels[contract.status] ?? contract.status} · desde {formatDate(contract.startDate)}
        {contract.endDate && ` até ${formatDate(contract.endDate)}`} · {formatCurrency(contract.monthlyPrice)} por mês, vencimento
        todo dia {contract.dueDay}
      </p>
      <p>Assinatura do contrato: {signatureText(contract)}</p>
      {contract.creditAmount > 0 && (
        <p>
          Crédito a seu favor: {formatCurrency(contract.creditAmount)}. O estabelecimento vai devolver o valor ou combinar com você como
          usá-lo.
        </p>
      )}
      {accessNotes[contract.status] && <p className="field-hint">{accessNotes[contract.status]}</p>}
      {contract.currentQuotas.length > 0 && (
        <>
          <h3>Cotas do período atual</h3>
          <ul>
            {contract.currentQuotas.map((quota) => (
              <li key={quota.resource}>{formatQuota(quota)}</li>
            ))}
          </ul>
        </>
      )}
      <h3>Cobranças</h3>
      <ul className="client-charges">
        {contract.charges.map((charge) => (
          <li key={charge.id}>
            <p>
              {formatDate(charge.dueDate)}: {formatCurrency(charge.amount)} ({chargeStatusLabels[charge.status] ?? charge.status})
            </p>
            {charge.pixCopyPaste && (
              <CopyField path={`pix-${charge.id}`} label="Pix copia e cola" value={charge.pixCopyPaste} buttonLabel="Copiar código Pix" />
            )}
            {charge.boletoDigitableLine && (
              <CopyField
                path={`boleto-${charge.id}`}
                label="Linha digitável do boleto"
                value={charge.boletoDigitableLine}
                buttonLabel="Copiar linha digitável"
              />
            )}
            {charge.boletoPdfUrl && (
              <a href={charge.boletoPdfUrl} target="_blank" rel="noreferrer">
                Abrir boleto (PDF)
              </a>
            )}
            {isUnpayableHere(charge) && (
              <p className="field-hint">
                {charge.method === 'card' ? 'O cartão cadastrado não aprovou esta cobrança. ' : ''}
                Para pagá-la, fale com o estabelecimento: <a href={`mailto:${contract.contactEmail}`}>{contract.contactEmail}</a>.
              </p>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}

/** Tells whether the customer still owes a charge that offers no Pix code or boleto here, such as a declined card's. */
function isUnpayableHere(charge: ClientContract['charges'][number]): boolean {
  return (charge.status === 'declined' || charge.status === 'overdue') && !charge.pixCopyPaste && !charge.boletoDigitableLine;
}
