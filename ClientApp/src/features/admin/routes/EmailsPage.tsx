import { Fragment } from 'react';
import { formatDateTime } from '../../../lib/format';
import { getEmails } from '../api/adminApi';
import { DataState } from '../components/DataState';
import { emailSegments } from '../model/emailText';
import { emailStatusLabels, labelOf } from '../model/labels';
import { useTenantTimeZone } from '../model/tenantTimeZone';
import { useApiData } from '../model/useApiData';

/** E-mails: the tenant's history, newest first, with each message's status and attempts. */
export function EmailsPage() {
  const emails = useApiData((signal) => getEmails(signal), 'emails');
  const timeZone = useTenantTimeZone();

  return (
    <>
      <h1>E-mails</h1>
      <DataState state={emails}>
        {(list) =>
          list.length === 0 ? (
            <p>Nenhum e-mail enviado ainda.</p>
          ) : (
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
                      <td data-label="Data">{formatDateTime(email.createdAt, timeZone)}</td>
                      <td data-label="Destinatário" className="email-address">
                        {email.to}
                      </td>
                      <td data-label="Assunto">
                        <details>
                          <summary>{email.subject}</summary>
                          <EmailBody html={email.body} />
                        </details>
                      </td>
                      <td data-label="Situação">
                        {labelOf(emailStatusLabels, email.status)}
                        {email.lastError && <span className="field-hint"> ({email.lastError})</span>}
                      </td>
                      <td data-label="Tentativas">{email.attempts}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
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
