import { useState } from 'react';
import { setSignatureSending } from '../api/adminApi';
import { errorMessage, isRoleForbidden } from '../api/adminHttp';
import { recordChangesForbidden, useChangesForbidden } from '../model/permissions';

interface SignatureSendingSettingProps {
  /** The tenant's current setting, from GET /api/tenant. */
  initialValue: boolean;
}

/** Turns on or off sending each new contract to D4Sign right after contracting, saving each change at once. */
export function SignatureSendingSetting({ initialValue }: SignatureSendingSettingProps) {
  const changesForbidden = useChangesForbidden();
  const [enabled, setEnabled] = useState(initialValue);
  const [saving, setSaving] = useState(false);
  const [message, setMessage] = useState<{ text: string; error: boolean } | null>(null);

  async function save(requested: boolean) {
    setSaving(true);
    setMessage(null);
    setEnabled(requested);
    try {
      const tenant = await setSignatureSending(requested);
      setEnabled(tenant.sendsContractsForSignature);
      setMessage({
        text: tenant.sendsContractsForSignature
          ? 'Salvo. Cada novo contrato será enviado para assinatura logo após a contratação.'
          : 'Salvo. Os novos contratos não serão enviados sozinhos; envie cada um pela tela do contrato.',
        error: false,
      });
    } catch (error) {
      setEnabled(!requested);
      if (isRoleForbidden(error)) {
        recordChangesForbidden();
      }
      setMessage({ text: errorMessage(error), error: true });
    } finally {
      setSaving(false);
    }
  }

  return (
    <section className="card" aria-labelledby="signature-sending-title">
      <h2 id="signature-sending-title">Assinatura eletrônica</h2>
      <label className="choice">
        <input
          type="checkbox"
          checked={enabled}
          disabled={saving || changesForbidden}
          onChange={(event) => save(event.target.checked)}
        />
        Enviar cada novo contrato para assinatura automaticamente
      </label>
      <p className="field-hint">
        Usa a conta da D4Sign de Configurações &gt; Integrações. Com a opção desligada, envie cada contrato pela tela do contrato.
        {changesForbidden && ' Somente administradores alteram esta opção.'}
      </p>
      {message && (
        <p className={message.error ? 'form-error' : 'status-ok'} role={message.error ? 'alert' : 'status'}>
          {message.text}
        </p>
      )}
    </section>
  );
}
