import { useState, type FormEvent } from 'react';
import { ApiError } from '../../../lib/http';
import { getTenant, getUnits, setUnitNotificationEmail } from '../api/adminApi';
import { errorMessage } from '../api/adminHttp';
import type { Unit } from '../api/types';
import { DataState } from '../components/DataState';
import { StoragePanel } from '../components/StoragePanel';
import { IntegrationSettings } from '../components/IntegrationSettings';
import { SignatureSendingSetting } from '../components/SignatureSendingSetting';
import { TestClockSettings } from '../components/TestClockSettings';
import { UpgradeOffer } from '../components/UpgradeOffer';
import { useApiData } from '../model/useApiData';

/**
 * Configurações: the optional modules of the subscription, attachment storage, the automatic sending
 * for e-signature, the provider integrations and each unit's notification e-mail.
 */
export function SettingsPage({ onTenantChanged }: { onTenantChanged: () => void }) {
  const tenant = useApiData((signal) => getTenant(signal), 'tenant');
  const units = useApiData((signal) => getUnits(signal), 'units');

  return (
    <>
      <h1>Configurações</h1>
      <section className="card" aria-labelledby="modules-title">
        <h2 id="modules-title">Módulos opcionais</h2>
        <DataState state={tenant}>
          {(data) =>
            data.onlineContractingOffered ? (
              <UpgradeOffer
                onAccepted={() => {
                  tenant.reload();
                  onTenantChanged();
                }}
              />
            ) : (
              <p className="status-ok">Contratação online: incluída no plano {data.tier.toUpperCase()} da sua assinatura.</p>
            )
          }
        </DataState>
      </section>
      <StoragePanel />
      {tenant.data?.onlineContractingAvailable && <SignatureSendingSetting initialValue={tenant.data.sendsContractsForSignature} />}
      <IntegrationSettings />
      <section className="card" aria-labelledby="units-title">
        <h2 id="units-title">Unidades</h2>
        <p className="field-hint">
          O e-mail de notificação recebe o aviso de cada contratação. Sem ele, o aviso vai para o e-mail principal do
          estabelecimento.
        </p>
        <DataState state={units}>
          {(list) => (
            <ul className="unit-list">
              {list.map((unit) => (
                <li key={unit.id}>
                  <UnitEmailForm unit={unit} onSaved={units.reload} />
                </li>
              ))}
            </ul>
          )}
        </DataState>
      </section>
      <TestClockSettings />
    </>
  );
}

function UnitEmailForm({ unit, onSaved }: { unit: Unit; onSaved: () => void }) {
  const [email, setEmail] = useState(unit.notificationEmail ?? '');
  const [message, setMessage] = useState<{ text: string; error: boolean } | null>(null);
  const inputId = `unit-email-${unit.id}`;

  async function save(event: FormEvent) {
    event.preventDefault();
    setMessage(null);
    try {
      const saved = await setUnitNotificationEmail(unit.id, email.trim() || null);
      setMessage({ text: `Salvo. Os avisos vão para ${saved.effectiveNotificationEmail}.`, error: false });
      onSaved();
    } catch (error) {
      const fieldMessage = error instanceof ApiError ? error.problem.errors?.email?.join(' ') : undefined;
      setMessage({ text: fieldMessage ?? errorMessage(error), error: true });
    }
  }

  return (
    <form onSubmit={save} className="unit-email-form" noValidate>
      <div className="field">
        <label htmlFor={inputId}>E-mail de notificação ({unit.name})</label>
        <input
          id={inputId}
          type="email"
          value={email}
          placeholder={unit.effectiveNotificationEmail}
          onChange={(event) => setEmail(event.target.value)}
          aria-invalid={message?.error || undefined}
        />
      </div>
      <button type="submit" className="button button-secondary">
        Salvar
      </button>
      {message && (
        <p className={message.error ? 'field-error' : 'status-ok'} role={message.error ? 'alert' : 'status'}>
          {message.text}
        </p>
      )}
    </form>
  );
}
