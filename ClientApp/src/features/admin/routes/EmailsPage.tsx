import { getEmails } from '../api/adminApi';
import { DataState } from '../components/DataState';
import { emailText } from '../model/emailText';
import { emailStatusLabels, labelOf } from '../model/labels';
import { useApiData } from '../model/useApiData';

const dateTimeFormatter = new Intl.DateTimeFormat('pt-BR', { dateStyle: 'short', timeStyle: 'short' });

/** E-mails: the tenant's history, newest first, with each message's status and attempts. */
export function EmailsPage() {
  const emails = useApiData((signal) => getEmails(signal), 'emails');

  return (
    <>
      <h1>E-mails</h1>
      <DataState state={emails}>
        {(list) =>
          list.length === 0 ? (
            <p>Nenhum e-mail enviado ainda.</p>
          ) : (
            <div className="table-scroll">
              <table className="data-table">
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
                      <td data-label="Data">{dateTimeFormatter.format(new Date(email.createdAt))}</td>
                      <td data-label="Destinatário">{email.to}</td>
                      <td data-label="Assunto">
                        <details>
                          <summary>{email.subject}</summary>
                          <pre className="email-body">{emailText(email.body)}</pre>
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
