import { useCallback, useEffect, useState } from 'react';
import { useNavigate, useParams } from 'react-router-dom';
import { MessagePage } from '../../../components/MessagePage';
import { ApiError, isAbortError } from '../../../lib/http';
import { hasProblemType } from '../../../lib/problemDetails';
import type { Checkout } from '../api/getCheckout';
import { getPublicPlan, type PublicPlan } from '../api/getPublicPlan';
import { CheckoutForm } from '../components/CheckoutForm';
import { OfferCard } from '../components/OfferCard';
import { checkoutResultPath, type CheckoutResultState } from './resultPath';

type PlanState =
  | { kind: 'loading' }
  | { kind: 'loaded'; plan: PublicPlan }
  | { kind: 'notFound' }
  | { kind: 'unavailable' }
  | { kind: 'failed' };

/** Classifies a failed plan request into the page to show. */
function planStateForError(error: unknown): PlanState {
  if (error instanceof ApiError) {
    if (error.status === 404) {
      return { kind: 'notFound' };
    }
    if (error.status === 403 && hasProblemType(error.problem, 'feature-unavailable')) {
      return { kind: 'unavailable' };
    }
  }
  return { kind: 'failed' };
}

/** Public page of a checkout link: the offer, then the sign-up and payment form. */
export function CheckoutPage() {
  const { linkToken = '' } = useParams();
  const navigate = useNavigate();
  const [state, setState] = useState<PlanState>({ kind: 'loading' });
  const [reloadCount, setReloadCount] = useState(0);

  useEffect(() => {
    const controller = new AbortController();
    setState({ kind: 'loading' });
    getPublicPlan(linkToken, controller.signal)
      .then((plan) => setState({ kind: 'loaded', plan }))
      .catch((error: unknown) => {
        if (!isAbortError(error)) {
          setState(planStateForError(error));
        }
      });
    return () => controller.abort();
  }, [linkToken, reloadCount]);

  const plan = state.kind === 'loaded' ? state.plan : null;
  const handleCompleted = useCallback(
    (checkout: Checkout) => {
      if (!plan) {
        return;
      }
      const resultState: CheckoutResultState = { checkout, plan };
      navigate(checkoutResultPath(linkToken, checkout.checkoutId), { state: resultState });
    },
    [linkToken, navigate, plan],
  );

  switch (state.kind) {
    case 'loading':
      return (
        <main className="page page-message">
          <p role="status">Carregando oferta…</p>
        </main>
      );
    case 'notFound':
      return (
        <MessagePage title="Link não encontrado">
          <p>Confira o endereço recebido ou peça um novo link a quem o enviou.</p>
        </MessagePage>
      );
    case 'unavailable':
      return (
        <MessagePage title="Contratação online indisponível">
          <p>Este fornecedor não está aceitando contratações online no momento.</p>
        </MessagePage>
      );
    case 'failed':
      return (
        <MessagePage title="Não foi possível carregar a oferta">
          <p>Verifique sua conexão e tente novamente.</p>
          <button type="button" className="button button-primary" onClick={() => setReloadCount((count) => count + 1)}>
            Tentar novamente
          </button>
        </MessagePage>
      );
    case 'loaded':
      return (
        <main className="page">
          {state.plan.tenantName && <p className="tenant-name">{state.plan.tenantName}</p>}
          <OfferCard plan={state.plan} />
          <CheckoutForm plan={state.plan} linkToken={linkToken} onCompleted={handleCompleted} />
        </main>
      );
  }
}
