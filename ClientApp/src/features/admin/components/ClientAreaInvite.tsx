import { useState } from 'react';
import { inviteToClientArea } from '../api/adminApi';
import { errorMessage } from '../api/adminHttp';

/** Renders the "Convidar para a Área do Cliente" action, for customers who contracted without a password. */
export function ClientAreaInvite({ customerId }: { customerId: string }) {
  const [message, setMessage] = useState<{ text: string; error: boolean } | null>(null);
  const [sending, setSending] = useState(false);

  async function invite() {
    setSending(true);
    setMessage(null);
    try {
      const invitation = await inviteToClientArea(customerId);
      setMessage(invitationMessage(invitation.status, invitation.to));
    } catch (error) {
      setMessage({ text: errorMessage(error), error: true });
    } finally {
      setSending(false);
    }
  }

  return (
    <section className="card" aria-labelledby="client-area-title">
      <h2 id="client-area-title">Área do Cliente</h2>
      <p className="field-hint">
        O cliente recebe por e-mail um link para definir a senha. Quem já tem acesso recebe um link para trocá-la.
      </p>
      <button type="button" className="button button-secondary" onClick={invite} disabled={sending}>
        {sending ? 'Enviando…' : 'Convidar para a Área do Cliente'}
      </button>
      {message && (
        <p className={message.error ? 'form-error' : 'status-ok'} role={message.error ? 'alert' : 'status'}>
          {message.text}
        </p>
      )}
    </section>
  );
}

/** Returns what the admin reads after an invitation, by the status of its e-mail. */
export function invitationMessage(status: 'sent' | 'failed' | 'recorded', to: string): { text: string; error: boolean } {
  if (status === 'sent') {
    return { text: `Convite enviado para ${to}. O link vale por um dia.`, error: false };
  }

  if (status === 'recorded') {
    return {
      text: `Nenhum servidor de e-mail está configurado, então o convite para ${to} só ficou no histórico e não foi enviado.`,
      error: true,
    };
  }

  return { text: `O envio para ${to} falhou. Confira o e-mail do cliente e convide de novo.`, error: true };
}
