import { useEffect, useRef, useState } from 'react';
import { Link, useLocation, useParams } from 'react-router-dom';
import { MessagePage } from '../../../components/MessagePage';
import { formatCurrency, formatDate } from '../../../lib/format';
import { ApiError, isAbortError } from '../../../lib/http';
import { getCheckout, type Checkout, type CheckoutStatus, type SignatureStatus } from '../api/getCheckout';
import { getPublicPlan, type PaymentMethod, type PublicPlan } from '../api/getPublicPlan';
import { BoletoPayment } from '../components/BoletoPayment';
import { CardPayment } from '../components/CardPayment';
import { PixPayment } from '../components/PixPayment';
import { SandboxPayButton } from '../components/SandboxPayButton';
import { isPaymentPending, useCheckoutPolling } from '../model/useCheckoutPolling';
import type { CheckoutResultState } from './resultPath';

/** Shown after "Contrato", so they do not repeat the word. "paymentDeclined" also covers a boleto the bank closed unpaid. */
const contractStatusLabels: Record<CheckoutStatus, string> = {
  active: 'Ativo',
  awaitingPayment: 'Aguardando pagamento',
  paymentDeclined: 'Pagamento não concluído',
};

/**
 * Returns the label of the contract. A contracting cancelled before its first payment keeps the checkout status it
 * had ("awaitingPayment" or "paymentDeclined"), so the cancellation and its reason are named first.
 */
function contractLabel(checkout: Checkout): string {
  if (checkout.contractCancelled) {
    return checkout.cancellationReason === 'byOperator'
      ? 'Contratação cancelada pelo estabelecimento antes do pagamento'
      : 'Contratação cancelada: o pagamento não foi concluído no prazo';
  }
  return contractStatusLabels[checkout.status] ?? checkout.status;
}

/** Customer-facing labels of the contract's e-signature. Nothing is shown before it is sent. */
const signatureStatusLabels: Record<Exclude<SignatureStatus, 'notRequested'>, string> = {
  sent: 'Aguardando sua assinatura: a D4Sign enviou o link por e-mail',
  signed: 'Contrato assinado',
  cancelled: 'Assinatura cancelada',
};

/** Tells whether the contracting still runs with a declined payment, so the page leads with the refusal. */
function isPaymentDeclined(checkout: Checkout): boolean {
  return !checkout.contractCancelled && checkout.payment?.status === 'declined';
}

function resultTitle(checkout: Checkout): string {
  if (checkout.contractCancelled) {
    return 'Contratação cancelada';
  }
  return isPaymentDeclined(checkout) ? 'Pagamento recusado' : 'Contratação registrada';
}

/** Says what the customer can do after a refused payment, naming only the ways the page offers below. */
function declinedGuidance(method: PaymentMethod, pixOffered: boolean, boletoOffered: boolean): string {
  if (method === 'card') {
    const others = [pixOffered ? 'Pix' : null, boletoOffered ? 'boleto' : null].filter(Boolean).join(' ou ');
    const retry = 'Confira os dados do cartão e tente novamente abaixo, ou use outro cartão.';
    return others ? `${retry} Também dá para pagar com ${others}.` : retry;
  }
  if (method === 'boleto' && pixOffered) {
    return 'O boleto não pôde ser emitido. Pague com Pix abaixo.';
  }
  return 'Fale com o estabelecimento para concluir a contratação.';
}

/** Reads the router state only when it belongs to this checkout, since history entries can be stale. */
function readNavigationState(state: unknown, checkoutId: string): CheckoutResultState | null {
  const candidate = state as Partial<CheckoutResultState> | null;
  if (candidate?.checkout?.checkoutId === checkoutId && candidate.plan) {
    return candidate as CheckoutResultState;
  }
  return null;
}

/**
 * Shows the outcome of a checkout and follows its payment. It loads the checkout and the plan
 * again when opened directly, so a refresh keeps the page.
 */
export function CheckoutResultPage() {
  const { linkToken = '', checkoutId = '' } = useParams();
  const location = useLocation();
  const initial = readNavigationState(location.state, checkoutId);

  const [checkout, setCheckout] = useState<Checkout | null>(initial?.checkout ?? null);
  const [loadError, setLoadError] = useState<'notFound' | 'failed' | null>(null);
  // Undefined while loading, null when the plan could not be loaded (the link may have been disabled since).
  const [plan, setPlan] = useState<PublicPlan | null | undefined>(initial?.plan);
  const [reloadCount, setReloadCount] = useState(0);
  const hasCheckout = checkout !== null;
  const hasPlan = plan !== undefined;
  const titleRef = useRef<HTMLHeadingElement>(null);
  const paymentStatusRef = useRef<HTMLParagraphElement>(null);
  const title = checkout ? resultTitle(checkout) : null;

  // The heading states the outcome, so focus moves to it when the page opens after "Contratar e pagar" and when the
  // outcome changes (a retried payment or a cancellation), instead of staying on a button that is gone.
  useEffect(() => {
    if (title !== null) {
      titleRef.current?.focus();
    }
  }, [title]);

  // Always reads the checkout again: the navigation state survives a reload and Back/Forward, and a
  // payment retried or confirmed since then would otherwise show its old status.
  useEffect(() => {
    const controller = new AbortController();
    setLoadError(null);
    getCheckout(checkoutId, controller.signal)
      .then(setCheckout)
      .catch((error: unknown) => {
        if (!isAbortError(error)) {
          setLoadError(error instanceof ApiError && error.status === 404 ? 'notFound' : 'failed');
        }
      });
    return () => controller.abort();
  }, [checkoutId, reloadCount]);

  useEffect(() => {
    if (hasPlan) {
      return;
    }
    const controller = new AbortController();
    getPublicPlan(linkToken, controller.signal)
      .then(setPlan)
      .catch((error: unknown) => {
        if (!isAbortError(error)) {
          setPlan(null);
        }
      });
    return () => controller.abort();
  }, [linkToken, hasPlan]);

  useCheckoutPolling(checkout, setCheckout);

  if (loadError === 'notFound' && !hasCheckout) {
    return (
      <MessagePage title="Contratação não encontrada">
        <p>Confira o endereço ou volte ao link de contratação.</p>
      </MessagePage>
    );
  }
  if (loadError === 'failed' && !hasCheckout) {
    return (
      <MessagePage title="Não foi possível carregar a contratação">
        <p>Verifique sua conexão e tente novamente.</p>
        <button type="button" className="button button-primary" onClick={() => setReloadCount((count) => count + 1)}>
          Tentar novamente
        </button>
      </MessagePage>
    );
  }
  if (!checkout) {
    return (
      <main className="page page-message">
        <p role="status">Carregando…</p>
      </main>
    );
  }

  const payment = checkout.payment;
  const cardTokenizer = plan === undefined ? undefined : (plan?.cardTokenizer ?? null);
  const pixOffered = plan?.paymentOptions.some((option) => option.method === 'pix') ?? false;
  const boletoOffered = plan?.paymentOptions.some((option) => option.method === 'boleto') ?? false;
  // A boleto still being generated cannot be paid yet, so the button waits for its line.
  const cancelled = checkout.contractCancelled;
  const showSandboxButton =
    !cancelled && plan?.sandbox === true && payment?.method !== 'card' && payment?.status !== 'processing' && isPaymentPending(checkout);
  // After a refusal the page leads with what to do, and the contract's status moves below the payment as a detail.
  const declined = isPaymentDeclined(checkout);

  return (
    <main className="page">
      {plan?.tenantName && <p className="tenant-name">{plan.tenantName}</p>}
      <section className="card result" aria-labelledby="result-title">
        <h1 id="result-title" ref={titleRef} tabIndex={-1}>
          {title}
        </h1>
        {declined && payment && <p className="result-lead">{declinedGuidance(payment.method, pixOffered, boletoOffered)}</p>}
        {plan && <p className="result-plan">{plan.name}</p>}

        {!declined && <ResultSummary checkout={checkout} />}

        {cancelled && payment?.status === 'paid' ? (
          <p className="field-hint">
            Recebemos {formatCurrency(payment.amount)} depois do cancelamento. O estabelecimento vai devolver o valor ou combinar com você como
            usá-lo.
          </p>
        ) : cancelled ? (
          <p className="field-hint">
            Nada mais será cobrado por esta contratação.
            {plan && (
              <>
                {' '}
                Para contratar de novo, <Link to={`/checkout/${linkToken}`}>abra o formulário do plano</Link>.
              </>
            )}
          </p>
        ) : (
          <>
            {payment?.method === 'pix' && <PixPayment payment={payment} statusRef={paymentStatusRef} />}
            {payment?.method === 'boleto' && (
              <BoletoPayment checkout={checkout} onUpdated={setCheckout} pixOffered={pixOffered} statusRef={paymentStatusRef} />
            )}
            {payment?.method === 'card' && (
              <CardPayment
                checkout={checkout}
                cardTokenizer={cardTokenizer}
                onUpdated={setCheckout}
                pixOffered={pixOffered}
                boletoOffered={boletoOffered}
              />
            )}
          </>
        )}

        {declined && <ResultSummary checkout={checkout} secondary />}

        {showSandboxButton && (
          <SandboxPayButton
            checkoutId={checkout.checkoutId}
            // The payment's status line changes to "Pagamento confirmado" once the polling receives the paid status.
            onSimulated={() => (paymentStatusRef.current ?? titleRef.current)?.focus()}
          />
        )}

        {checkout.clientAreaEnabled && (
          <Link className="button button-secondary" to="/client">
            Acessar a área do cliente
          </Link>
        )}
      </section>
    </main>
  );
}

/**
 * Lists the contract's status, the amount, the due dates and the signature. A secondary summary sits under its
 * own smaller heading, below the payment.
 */
function ResultSummary({ checkout, secondary = false }: { checkout: Checkout; secondary?: boolean }) {
  if (secondary) {
    return (
      <section className="result-summary-secondary" aria-labelledby="result-summary-title">
        <h2 id="result-summary-title">Detalhes da contratação</h2>
        <ResultSummaryList checkout={checkout} />
      </section>
    );
  }
  return <ResultSummaryList checkout={checkout} />;
}

function ResultSummaryList({ checkout }: { checkout: Checkout }) {
  const payment = checkout.payment;
  return (
    <dl className="result-summary">
      <div>
        <dt>Contrato</dt>
        <dd>{contractLabel(checkout)}</dd>
      </div>
      {payment && (
        <div>
          <dt>Valor</dt>
          <dd>{formatCurrency(payment.amount)}</dd>
        </div>
      )}
      {payment?.dueDate && (
        <div>
          <dt>Vencimento</dt>
          <dd>{formatDate(payment.dueDate)}</dd>
        </div>
      )}
      {checkout.payUntil && !checkout.contractCancelled && (
        <div>
          <dt>Prazo final</dt>
          <dd>Ainda dá para pagar até {formatDate(checkout.payUntil)}. Depois disso, a contratação é cancelada.</dd>
        </div>
      )}
      {checkout.signatureStatus && checkout.signatureStatus !== 'notRequested' && (
        <div>
          <dt>Assinatura</dt>
          <dd>{signatureStatusLabels[checkout.signatureStatus] ?? checkout.signatureStatus}</dd>
        </div>
      )}
    </dl>
  );
}
