import { useState } from 'react';
import { contractDocumentUrl, sendSignatureRequest } from '../api/adminApi';
import { errorMessage, isRoleForbidden } from '../api/adminHttp';
import type { ContractStatus, SignatureStatus } from '../api/types';
import { downloadFile, saveBlob } from '../model/download';
import { labelOf, signatureStatusLabels } from '../model/labels';
import { recordChangesForbidden, useChangesForbidden } from '../model/permissions';

interface ContractSignatureProps {
  contractId: string;
  contractStatus: ContractStatus;
  signatureStatus: SignatureStatus;
  /** Called after a successful sending, so the page loads the contract and its new status again. */
  onSent: () => void;
}

const statusHints: Record<SignatureStatus, string> = {
  notRequested: 'O contrato ainda não foi enviado para assinatura.',
  sent: 'Os signatários receberam o contrato por e-mail. "Reenviar" manda o pedido de novo a quem ainda não assinou.',
  signed: 'Todos os signatários assinaram o contrato.',
  cancelled: 'A assinatura foi cancelada na D4Sign. Um novo envio sobe o contrato de novo.',
};

const messageClasses = { progress: 'field-hint', ok: 'status-ok', error: 'form-error' } as const;

/**
 * Shows the contract's e-signature status with the PDF download and the D4Sign sending. The server
 * rejects sending a terminated, cancelled or signed contract (409), so the button is hidden in those cases.
 */
export function ContractSignature({ contractId, contractStatus, signatureStatus, onSent }: ContractSignatureProps) {
  const changesForbidden = useChangesForbidden();
  const [sending, setSending] = useState(false);
  const [downloading, setDownloading] = useState(false);
  const [message, setMessage] = useState<{ text: string; tone: 'progress' | 'ok' | 'error' } | null>(null);
  const terminated = contractStatus === 'terminated';
  const cancelled = contractStatus === 'cancelled';
  const canSend = !terminated && !cancelled && signatureStatus !== 'signed' && !changesForbidden;

  async function send() {
    setSending(true);
    setMessage(null);
    try {
      await sendSignatureRequest(contractId);
      setMessage({ text: 'Contrato enviado para assinatura.', tone: 'ok' });
      onSent();
    } catch (error) {
      if (isRoleForbidden(error)) {
        recordChangesForbidden();
      }
      setMessage({ text: errorMessage(error), tone: 'error' });
    } finally {
      setSending(false);
    }
  }

  async function download() {
    setDownloading(true);
    setMessage({ text: 'Baixando o contrato…', tone: 'progress' });
    try {
      const file = await downloadFile(contractDocumentUrl(contractId), `contrato-${contractId}.pdf`, () => undefined);
      saveBlob(file.blob, file.fileName);
      setMessage({ text: `Arquivo ${file.fileName} baixado.`, tone: 'ok' });
    } catch (error) {
      setMessage({ text: errorMessage(error), tone: 'error' });
    } finally {
      setDownloading(false);
    }
  }

  return (
    <section className="card" aria-labelledby="signature-title">
      <h2 id="signature-title">Assinatura</h2>
      <p>
        Situação: <strong>{labelOf(signatureStatusLabels, signatureStatus)}</strong>
      </p>
      <p className="field-hint">{hintOf(contractStatus, signatureStatus)}</p>
      <div className="signature-actions">
        <button type="button" className="button button-secondary" onClick={download} disabled={downloading}>
          Baixar contrato (PDF)
        </button>
        {canSend && (
          <button type="button" className="button button-primary" onClick={send} disabled={sending}>
            {sendButtonLabel(signatureStatus, sending)}
          </button>
        )}
      </div>
      {message && (
        <p className={messageClasses[message.tone]} role={message.tone === 'error' ? 'alert' : 'status'}>
          {message.text}
        </p>
      )}
    </section>
  );
}

function hintOf(contractStatus: ContractStatus, signatureStatus: SignatureStatus): string {
  if (signatureStatus === 'signed') {
    return statusHints.signed;
  }
  // The D4Sign document of an ended contract is cancelled from the outbox, so it still reads "sent" for a moment.
  const withdrawing = signatureStatus === 'sent' ? ' A assinatura pendente é cancelada na D4Sign em instantes.' : '';
  if (contractStatus === 'terminated') {
    return `O contrato está encerrado e não pode mais ser enviado para assinatura.${withdrawing}`;
  }
  if (contractStatus === 'cancelled') {
    return `A contratação foi cancelada sem pagamento, então o contrato não pode ser enviado para assinatura.${withdrawing}`;
  }
  return statusHints[signatureStatus];
}

function sendButtonLabel(signatureStatus: SignatureStatus, sending: boolean): string {
  if (sending) {
    return 'Enviando…';
  }
  return signatureStatus === 'sent' ? 'Reenviar' : 'Enviar para assinatura';
}
