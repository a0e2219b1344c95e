import { useState, type FormEvent } from 'react';
import { TextField } from '../../../components/TextField';
import { ApiError } from '../../../lib/http';
import { login } from '../api/adminApi';
import { signIn } from '../model/session';

/** Signs the operator's staff in with e-mail and password; the token goes to sessionStorage. */
export function SignInPage() {
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [errors, setErrors] = useState<Record<string, string[]>>({});
  const [message, setMessage] = useState<string | null>(null);
  const [sending, setSending] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const missing: Record<string, string[]> = {};
    if (!email.trim()) {
      missing.email = ['Informe o e-mail.'];
    }
    if (!password) {
      missing.password = ['Informe a senha.'];
    }
    setErrors(missing);
    setMessage(null);
    if (Object.keys(missing).length > 0) {
      return;
    }

    setSending(true);
    try {
      const response = await login(email.trim(), password);
      signIn(response.accessToken);
    } catch (error) {
      setMessage(
        error instanceof ApiError && error.status === 401
          ? (error.problem.detail ?? 'E-mail ou senha incorretos.')
          : 'Não foi possível entrar agora. Verifique a conexão e tente de novo.',
      );
    } finally {
      setSending(false);
    }
  }

  return (
    <main className="page admin-sign-in">
      <h1>Entrar no painel</h1>
      <p>Acesso da equipe do estabelecimento à contratação online.</p>
      <form className="card" onSubmit={submit} noValidate>
        <TextField path="email" label="E-mail" type="email" autoComplete="username" value={email} onValueChange={setEmail} errors={errors.email} />
        <TextField
          path="password"
          label="Senha"
          type="password"
          autoComplete="current-password"
          value={password}
          onValueChange={setPassword}
          errors={errors.password}
        />
        {message && (
          <p className="form-error" role="alert">
            {message}
          </p>
        )}
        <button type="submit" className="button button-primary" disabled={sending}>
          {sending ? 'Entrando…' : 'Entrar'}
        </button>
      </form>
    </main>
  );
}
