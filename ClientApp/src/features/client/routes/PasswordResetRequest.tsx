import { useState, type FormEvent } from 'react';
import { TextField } from '../../../components/TextField';
import { ApiError, requestJson } from '../../../lib/http';

/**
 * "Esqueci minha senha" under the client area's sign-in. It takes the login's e-mail and requests a link that sets a
 * new password. The response is the same whether or not the e-mail has a login, so the confirmation begins with "Se".
 */
export function PasswordResetRequest() {
  const [open, setOpen] = useState(false);
  const [email, setEmail] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [sent, setSent] = useState(false);
  const [sending, setSending] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!email.trim()) {
      setError('Informe o e-mail de acesso.');
      return;
    }
    setError(null);
    setSending(true);
    try {
      await requestJson<void>('/api/client/password-reset', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ email: email.trim() }),
      });
      setSent(true);
    } catch (failure) {
      setError(
        failure instanceof ApiError && failure.problem.errors
          ? Object.values(failure.problem.errors).flat().join(' ')
          : 'Não foi possível enviar agora. Verifique a conexão e tente de novo.',
      );
    } finally {
      setSending(false);
    }
  }

  if (!open) {
    return (
      <button type="button" className="button button-secondary" onClick={() => setOpen(true)}>
        Esqueci minha senha
      </button>
    );
  }

  return (
    <form className="card" onSubmit={submit} noValidate aria-label="Nova senha">
      <h2>Esqueci minha senha</h2>
      {sent ? (
        <p className="status-ok" role="status">
          Se este e-mail tiver acesso à Área do Cliente, enviamos a ele um link para definir uma nova senha. O link vale por um dia.
        </p>
      ) : (
        <>
          <TextField
            path="resetEmail"
            label="E-mail de acesso"
            type="email"
            autoComplete="username"
            value={email}
            onValueChange={setEmail}
            errors={error ? [error] : undefined}
          />
          <button type="submit" className="button button-primary" disabled={sending}>
            {sending ? 'Enviando…' : 'Enviar link para nova senha'}
          </button>
        </>
      )}
    </form>
  );
}
