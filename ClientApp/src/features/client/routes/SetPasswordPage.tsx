import { useState, type FormEvent } from 'react';
import { Link } from 'react-router-dom';
import { TextField } from '../../../components/TextField';
import { ApiError, requestJson } from '../../../lib/http';

/** Reads "email" and "token" from the URL fragment ("#email=…&token=…"), which the invitation e-mail links to. */
function readInvitation(): { email: string; token: string } {
  const params = new URLSearchParams(window.location.hash.replace(/^#/, ''));
  return { email: params.get('email') ?? '', token: params.get('token') ?? '' };
}

/** Renders the page of an invitation link, where the customer sets the client-area password. */
export function SetPasswordPage() {
  const [invitation] = useState(readInvitation);
  const [password, setPassword] = useState('');
  const [errors, setErrors] = useState<Record<string, string[]>>({});
  const [done, setDone] = useState(false);
  const [sending, setSending] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!(password.length >= 8 && /\p{L}/u.test(password) && /\d/.test(password))) {
      setErrors({ password: ['A senha deve ter pelo menos 8 caracteres, com letras e números.'] });
      return;
    }
    setErrors({});
    setSending(true);
    try {
      await requestJson<void>('/api/client/password', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ ...invitation, password }),
      });
      setDone(true);
    } catch (error) {
      setErrors(
        error instanceof ApiError && error.problem.errors
          ? error.problem.errors
          : { token: ['Não foi possível salvar a senha agora. Tente de novo em instantes.'] },
      );
    } finally {
      setSending(false);
    }
  }

  if (done) {
    return (
      <main className="page">
        <h1>Senha definida</h1>
        <p>
          Agora entre na <Link to="/client">Área do Cliente</Link> com {invitation.email} e a nova senha.
        </p>
      </main>
    );
  }

  const linkErrors = [...(errors.token ?? []), ...(errors.email ?? [])];
  return (
    <main className="page">
      <h1>Definir senha da Área do Cliente</h1>
      {!invitation.token && (
        <p className="notice-error" role="alert">
          O link está incompleto. Abra de novo o link do e-mail, ou peça um novo em "Esqueci minha senha", na entrada da
          Área do Cliente.
        </p>
      )}
      <form className="card" onSubmit={submit} noValidate>
        <p>E-mail: {invitation.email || 'não informado no link'}</p>
        <TextField
          path="password"
          label="Nova senha"
          type="password"
          autoComplete="new-password"
          hint="Pelo menos 8 caracteres, com letras e números."
          value={password}
          onValueChange={setPassword}
          errors={errors.password}
        />
        {linkErrors.length > 0 && (
          <p className="notice-error" role="alert">
            {linkErrors.join(' ')}
          </p>
        )}
        <button type="submit" className="button button-primary" disabled={sending || !invitation.token}>
          {sending ? 'Salvando…' : 'Salvar senha'}
        </button>
      </form>
    </main>
  );
}
