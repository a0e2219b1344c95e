import { useEffect, useState, type FormEvent } from 'react';
import { formatDateTime } from '../../../lib/format';
import { ApiError } from '../../../lib/http';
import type { FieldErrors } from '../../../lib/problemDetails';
import { deleteIntegration, getIntegrations, saveIntegration, testIntegration } from '../api/adminApi';
import { errorMessage } from '../api/adminHttp';
import type { Integration, IntegrationProvider } from '../api/types';
import { useTenantTimeZone } from '../model/tenantTimeZone';
import { useApiData } from '../model/useApiData';
import { DataState } from './DataState';

type FieldKind = 'text' | 'secret' | 'file-base64' | 'file-text';

interface FieldSpec {
  name: string;
  label: string;
  kind: FieldKind;
  hint?: string;
}

/** The credential fields of each provider's PUT route, in the order the form shows them. */
const fieldsByProvider: Record<IntegrationProvider, FieldSpec[]> = {
  efi: [
    { name: 'clientId', label: 'Client_Id', kind: 'text' },
    { name: 'clientSecret', label: 'Client_Secret', kind: 'secret' },
    { name: 'pixKey', label: 'Chave Pix', kind: 'text' },
    { name: 'certificateBase64', label: 'Certificado .p12', kind: 'file-base64', hint: 'Exigido pela API Pix da EFI.' },
    { name: 'certificatePassword', label: 'Senha do certificado', kind: 'secret', hint: 'Deixe em branco se o certificado não tem senha.' },
  ],
  inter: [
    { name: 'clientId', label: 'Client ID', kind: 'text' },
    { name: 'clientSecret', label: 'Client Secret', kind: 'secret' },
    { name: 'certificateBase64', label: 'Certificado .pfx', kind: 'file-base64', hint: 'Ou envie o .crt e o .key abaixo.' },
    { name: 'certificatePassword', label: 'Senha do .pfx', kind: 'secret' },
    { name: 'certificatePem', label: 'Certificado .crt', kind: 'file-text' },
    { name: 'privateKeyPem', label: 'Chave .key', kind: 'file-text' },
    { name: 'accountNumber', label: 'Conta corrente', kind: 'text', hint: 'Só dígitos; necessária quando a integração acessa várias contas.' },
  ],
  d4sign: [
    { name: 'tokenApi', label: 'tokenAPI', kind: 'secret' },
    { name: 'cryptKey', label: 'cryptKey', kind: 'secret' },
    { name: 'hmacSecret', label: 'Secret Key MAC', kind: 'secret', hint: 'Assina os retornos (webhooks) da D4Sign.' },
    { name: 'safeUuid', label: 'UUID do cofre', kind: 'text', hint: 'Sem ele, os contratos vão para o primeiro cofre da conta.' },
  ],
};

const methodLabels: Record<string, string> = { pix: 'Pix', card: 'Cartão', boleto: 'Boleto', signature: 'Assinatura eletrônica' };

const sourceLabels: Record<Integration['source'], string> = {
  tenant: 'Credenciais próprias',
  host: 'Credenciais da instalação',
  none: 'Não configurada',
};

/** Configurações > Integrações: the tenant's own EFI, Banco Inter and D4Sign credentials. */
export function IntegrationSettings() {
  const integrations = useApiData((signal) => getIntegrations(signal), 'integrations');

  useEffect(() => {
    if (window.location.hash === '#integracoes') {
      document.getElementById('integracoes')?.scrollIntoView?.();
    }
  }, []);

  return (
    <section className="card" id="integracoes" aria-labelledby="integrations-title">
      <h2 id="integrations-title">Integrações</h2>
      <p className="field-hint">
        As credenciais ficam criptografadas e nunca são exibidas de novo. Sem credenciais próprias, vale a configuração da
        instalação, quando existe.
      </p>
      <DataState state={integrations}>
        {(data) => (
          <div className="integration-list">
            {data.items.map((integration) => (
              <IntegrationCard key={integration.provider} integration={integration} onChanged={integrations.reload} />
            ))}
          </div>
        )}
      </DataState>
    </section>
  );
}

function IntegrationCard({ integration, onChanged }: { integration: Integration; onChanged: () => void }) {
  const [editing, setEditing] = useState(false);
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<{ text: string; error: boolean } | null>(null);
  const titleId = `integration-${integration.provider}`;

  async function runTest() {
    setBusy(true);
    setMessage(null);
    try {
      const tested = await testIntegration(integration.provider);
      setMessage({ text: tested.lastTestMessage ?? '', error: tested.lastTestSucceeded !== true });
      onChanged();
    } catch (error) {
      setMessage({ text: errorMessage(error), error: true });
    } finally {
      setBusy(false);
    }
  }

  async function remove() {
    setBusy(true);
    setMessage(null);
    try {
      await deleteIntegration(integration.provider);
      onChanged();
    } catch (error) {
      setMessage({ text: errorMessage(error), error: true });
    } finally {
      setBusy(false);
    }
  }

  return (
    <article className="integration" aria-labelledby={titleId}>
      <h3 id={titleId}>{integration.name}</h3>
      <p className={integration.source === 'none' ? 'status-missing' : 'status-ok'}>
        {sourceLabels[integration.source]}
        {integration.maskedIdentifier && ` (${integration.maskedIdentifier})`}
      </p>
      <p>Formas oferecidas: {integration.enabledMethods.map((method) => methodLabels[method] ?? method).join(', ') || 'nenhuma'}</p>
      {integration.source === 'tenant' && <LastTest integration={integration} />}
      <div className="integration-actions">
        {integration.source === 'tenant' && (
          <>
            <button type="button" className="button button-primary" onClick={runTest} disabled={busy}>
              Testar conexão
            </button>
            <button type="button" className="button button-secondary" onClick={remove} disabled={busy}>
              Remover credenciais próprias
            </button>
          </>
        )}
        <button type="button" className="button button-secondary" onClick={() => setEditing(!editing)} aria-expanded={editing}>
          {integration.source === 'tenant' ? 'Substituir credenciais' : 'Informar credenciais próprias'}
        </button>
      </div>
      {message && (
        <p className={message.error ? 'field-error' : 'status-ok'} role={message.error ? 'alert' : 'status'}>
          {message.text}
        </p>
      )}
      {editing && (
        <CredentialsForm
          integration={integration}
          onSaved={() => {
            setEditing(false);
            setMessage({ text: 'Credenciais salvas. Teste a conexão para ativá-las.', error: false });
            onChanged();
          }}
        />
      )}
    </article>
  );
}

function LastTest({ integration }: { integration: Integration }) {
  const timeZone = useTenantTimeZone();
  if (integration.lastTestedAt === null) {
    return <p className="status-missing">Conexão ainda não testada.</p>;
  }
  const when = formatDateTime(integration.lastTestedAt, timeZone);
  return (
    <p className={integration.lastTestSucceeded ? 'status-ok' : 'status-missing'}>
      Último teste em {when}: {integration.lastTestMessage}
    </p>
  );
}

/** Reads a file as base64 (a certificate) or as text (a PEM file). */
async function readFile(file: File, kind: FieldKind): Promise<string> {
  if (kind === 'file-text') {
    return file.text();
  }
  const bytes = new Uint8Array(await file.arrayBuffer());
  let binary = '';
  bytes.forEach((byte) => {
    binary += String.fromCharCode(byte);
  });
  return btoa(binary);
}

/** The message above a failed save, with the server's messages for fields this form does not show. */
interface FormError {
  text: string;
  otherMessages: string[];
}

/**
 * Groups validation messages by the form field they belong to. A key is a camelCase request path, such as
 * "pixKey" or "methods[0]", and belongs to the field that its first segment names. Messages for fields the
 * form does not show are returned apart, so the alert can list them.
 */
function splitFieldErrors(errors: FieldErrors, formFields: string[]): { byField: FieldErrors; otherMessages: string[] } {
  const byField: FieldErrors = {};
  const otherMessages: string[] = [];
  for (const [path, messages] of Object.entries(errors)) {
    const field = path.split(/[.[]/, 1)[0];
    if (formFields.includes(field)) {
      byField[field] = [...(byField[field] ?? []), ...messages];
    } else {
      otherMessages.push(...messages);
    }
  }
  return { byField, otherMessages };
}

function CredentialsForm({ integration, onSaved }: { integration: Integration; onSaved: () => void }) {
  const fields = fieldsByProvider[integration.provider];
  const [values, setValues] = useState<Record<string, string>>({});
  const [methods, setMethods] = useState<string[]>(integration.offeredMethods);
  const [fieldErrors, setFieldErrors] = useState<Record<string, string[]>>({});
  const [formError, setFormError] = useState<FormError | null>(null);

  async function onFile(field: FieldSpec, file: File | undefined) {
    const content = file ? await readFile(file, field.kind) : '';
    setValues((current) => ({ ...current, [field.name]: content }));
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    setFieldErrors({});
    setFormError(null);
    const body: Record<string, unknown> = Object.fromEntries(Object.entries(values).filter(([, value]) => value.trim() !== ''));
    if (integration.provider === 'efi') {
      body.methods = methods;
    }
    try {
      await saveIntegration(integration.provider, body);
      onSaved();
    } catch (error) {
      const problemErrors = error instanceof ApiError ? error.problem.errors : undefined;
      if (problemErrors && Object.keys(problemErrors).length > 0) {
        const formFields = [...fields.map((field) => field.name), ...(integration.provider === 'efi' ? ['methods'] : [])];
        const split = splitFieldErrors(problemErrors, formFields);
        setFieldErrors(split.byField);
        // The problem's detail only points at its "errors" member, so the operator gets the messages themselves.
        setFormError({ text: 'Corrija os campos indicados.', otherMessages: split.otherMessages });
      } else {
        setFormError({ text: errorMessage(error), otherMessages: [] });
      }
    }
  }

  return (
    <form onSubmit={submit} className="integration-form" noValidate>
      {fields.map((field) => {
        const inputId = `${integration.provider}-${field.name}`;
        const errors = fieldErrors[field.name];
        const errorId = errors ? `${inputId}-error` : undefined;
        return (
          <div className="field" key={field.name}>
            <label htmlFor={inputId}>{field.label}</label>
            {field.kind === 'file-base64' || field.kind === 'file-text' ? (
              <input
                id={inputId}
                type="file"
                accept={field.kind === 'file-base64' ? '.p12,.pfx' : '.crt,.key,.pem'}
                onChange={(event) => void onFile(field, event.target.files?.[0])}
                aria-invalid={errors ? true : undefined}
                aria-describedby={errorId}
              />
            ) : (
              <input
                id={inputId}
                type={field.kind === 'secret' ? 'password' : 'text'}
                autoComplete="off"
                value={values[field.name] ?? ''}
                onChange={(event) => setValues((current) => ({ ...current, [field.name]: event.target.value }))}
                aria-invalid={errors ? true : undefined}
                aria-describedby={errorId}
              />
            )}
            {field.hint && <p className="field-hint">{field.hint}</p>}
            {errors && (
              <p id={errorId} className="field-error">
                {errors.join(' ')}
              </p>
            )}
          </div>
        );
      })}
      {integration.provider === 'efi' && (
        <fieldset className="field">
          <legend>Formas de pagamento oferecidas</legend>
          {integration.offeredMethods.map((method) => (
            <label key={method}>
              <input
                type="checkbox"
                checked={methods.includes(method)}
                onChange={(event) =>
                  setMethods(event.target.checked ? [...methods, method] : methods.filter((current) => current !== method))
                }
              />{' '}
              {methodLabels[method] ?? method}
            </label>
          ))}
          {fieldErrors.methods && <p className="field-error">{fieldErrors.methods.join(' ')}</p>}
        </fieldset>
      )}
      <button type="submit" className="button button-primary">
        Salvar credenciais
      </button>
      {formError && (
        <div className="field-error" role="alert">
          <p>{formError.text}</p>
          {formError.otherMessages.length > 0 && (
            <ul>
              {formError.otherMessages.map((message) => (
                <li key={message}>{message}</li>
              ))}
            </ul>
          )}
        </div>
      )}
    </form>
  );
}
