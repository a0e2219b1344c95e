import { Fragment, useState, type FormEvent } from 'react';
import { formatCount, formatDateTime } from '../../../lib/format';
import { getEmails } from '../api/adminApi';
import { DataState } from '../components/DataState';
import { emailSegments } from '../model/emailText';
import { emailStatusLabels, labelOf } from '../model/labels';
import { useTenantTimeZone } from '../model/tenantTimeZone';
import { useApiData } from '../model/useApiData';

/** E-mails listed per request at first, and added by each "Mostrar mais antigos". */
const pageSize = 100;

/** The maximum number of e-mails the server lists in one request. */
const maxLimit = 500;

/**
 * E-mails: the tenant's history, newest first, with each message's status and attempts. A search by recipient or
 * subject finds older messages, and "Mostrar mais antigos" lists up to 500.
 */
export function EmailsPage() {
  const [draft, setDraft] = useState('');
  const [search, setSearch] = useState('');
  const [limit, setLimit] = useState(pageSize);
  const emails = useApiData((signal) => getEmails({ search, limit }, signal), `emails:${search}:${limit}`);
  const timeZone = useTenantTimeZone();

  function submit(event: FormEvent) {
    event.preventDefault();
    setSearch(draft.trim());
    setLimit(pageSize);
  }

  return (
    <>
      <h1>E-mails</h1>
      <form className="email-search" role="search" onSubmit={submit}>
        <div className="field">
          <label htmlFor="email-search">Buscar por destinatário ou assunto</label>
          <input id="email-search" type="search" maxLength={200} value={draft} onChange={(event) => setDraft(event.target.value)} />
        </div>
        <button type="submit" className="button button-secondary">
          Buscar
        </button>
      </form>
      <DataState state={emails}>
        {(list) =>
          list.length === 0 ? (
            <p>{search ? `Nenhum e-mail encontrado com “${search}”.` : 'Nenhum e-mail enviado ainda.'}</p>
          ) : (
            <>
              <p className="field-hint" role="status">
                {search
                  ? `${formatCount(list.length, 'e-mail encontrado', 'e-mails encontrados')} com “${search}”, dos mais recentes aos mais antigos.`
                  : `${formatCount(list.length, 'e-mail', 'e-mails')}, dos mais recentes aos mais antigos.`}
              </p>
              <div className="table-scroll">
                <table className="data-table email-table">
                  <thead>
                    <tr>
                      <th scope="col">Data</th>
                      <th scope="col">Destinatário</th>
                      <th scope="col">Assunto</th>
                      <th scope="col">Situação</th>
                      <th scope="col">Tentativas</th>
                    </tr>
                  </thead>
                  <tbody>
                    {list.map((email) => (
                      <tr key={email.id}>
                        <td data-label="Data" className="email-short">
                          {formatDateTime(email.createdAt, timeZone)}
                        </td>
                        <td data-label="Destinatário" className="email-address">
                          {email.to}
                        </td>
                        <td data-label="Assunto">
                          <details>
                            <summary>{email.subject}</summary>
                            <EmailBody html={email.body} />
                          </details>
                        </td>
                        <td data-label="Situação" className="email-short">
                          {labelOf(emailStatusLabels, email.status)}
                          {email.lastError && <span className="field-hint"> ({email.lastError})</span>}
                        </td>
                        <td data-label="Tentativas" className="email-short">
                          {email.attempts}
                        </td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
              {list.length === limit && limit < maxLimit && (
                <button type="button" className="button button-secondary" onClick={() => setLimit(limit + pageSize)}>
                  Mostrar mais antigos
                </button>
              )}
              {list.length === limit && limit >= maxLimit && (
                <p className="field-hint">Para ver e-mails mais antigos, busque pelo destinatário ou pelo assunto.</p>
              )}
            </>
          )
        }
      </DataState>
    </>
  );
}

/**
 * Shows an e-mail's body as text with its web links clickable. React escapes every segment, and a link's
 * href is always an http or https URL checked by emailSegments, so the body's markup never reaches the page.
 */
function EmailBody({ html }: { html: string }) {
  return (
    <pre className="email-body">
      {emailSegments(html).map((segment, index) =>
        segment.kind === 'link' && isThisSite(segment.href) ? (
          <a key={index} href={segment.href}>
            {segment.text}
          </a>
        ) : segment.kind === 'link' ? (
          <a key={index} href={segment.href} target="_blank" rel="noopener noreferrer">
            {segment.text}
          </a>
        ) : (
          <Fragment key={index}>{segment.text}</Fragment>
        ),
      )}
    </pre>
  );
}

/**
 * Tells whether a link leads to this site, such as a contract's page in an e-mail to the operator. Such a link opens
 * in the same tab, because the sign-in lives in this tab's session storage and a new tab would ask for it again.
 */
function isThisSite(href: string): boolean {
  return new URL(href).origin === window.location.origin;
}
