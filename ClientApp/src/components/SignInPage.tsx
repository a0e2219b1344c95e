import { useState, type FormEvent, type ReactNode } from 'react';
import { ApiError, requestJson } from '../lib/http';
import { TextField } from './TextField';

interface SignInPageProps {
  title: string;
  intro: string;
  /** Receives the bearer token of a successful sign-in. */
  onSignedIn: (accessToken: string) => void;
  /** Shown below the form, such as the client area's "Esqueci minha senha". */
  footer?: ReactNode;
}

interface LoginResponse {
  tokenType: string;
  accessToken: string;
  expiresIn: number;
}

/** Renders the e-mail and password form of POST /api/auth/login, shared by the admin SPA and the client area. */
export function SignInPage({ title, intro, onSignedIn, footer }: SignInPageProps) {
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
      const response = await requestJson<LoginResponse>('/api/auth/login', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ email: email.trim(), password }),
      });
      onSignedIn(response.accessToken);
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
    <main className="page">
      <h1>{title}</h1>
      <p>{intro}</p>
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
      {footer}
    </main>
  );
}
