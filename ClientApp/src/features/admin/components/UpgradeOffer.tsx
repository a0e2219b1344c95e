import { useState } from 'react';
import { acceptOnlineContractingOffer } from '../api/adminApi';
import { errorMessage } from '../api/adminHttp';
import { tenantChangedEvent } from '../model/useApiData';

interface UpgradeOfferProps {
  /** Called after the tenant moved to PRO; every screen that uses useApiData also loads again. */
  onAccepted: () => void;
}

/** Shows the online contracting offer to a LIGHT tenant, with the "Quero esta oferta" action. */
export function UpgradeOffer({ onAccepted }: UpgradeOfferProps) {
  const [sending, setSending] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function accept() {
    setSending(true);
    setError(null);
    try {
      await acceptOnlineContractingOffer();
      onAccepted();
      window.dispatchEvent(new Event(tenantChangedEvent));
    } catch (failure) {
      setError(errorMessage(failure));
    } finally {
      setSending(false);
    }
  }

  return (
    <section className="card upgrade-offer" aria-labelledby="upgrade-title">
      <h2 id="upgrade-title">Contratação online</h2>
      <p>
        Publique um link por plano e deixe o cliente contratar e pagar sozinho, por Pix, cartão ou boleto. O recurso faz
        parte do plano PRO da sua assinatura Conexa; hoje sua assinatura é LIGHT.
      </p>
      <button type="button" className="button button-primary" onClick={accept} disabled={sending}>
        {sending ? 'Ativando…' : 'Quero esta oferta'}
      </button>
      {error && (
        <p className="form-error" role="alert">
          {error}
        </p>
      )}
    </section>
  );
}
