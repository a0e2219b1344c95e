import { useState } from 'react';
import { formatFileSize } from '../../../lib/fileSize';
import { contractAttachmentUrl } from '../api/adminApi';
import { errorMessage } from '../api/adminHttp';
import type { ContractAttachment } from '../api/types';
import { downloadFile, saveBlob } from '../model/download';

interface ContractAttachmentsProps {
  contractId: string;
  attachments: ContractAttachment[];
}

/** Lists the files the customer sent with the checkout, each with a download button. */
export function ContractAttachments({ contractId, attachments }: ContractAttachmentsProps) {
  const [status, setStatus] = useState<string | null>(null);
  const [downloadingId, setDownloadingId] = useState<string | null>(null);

  async function download(attachment: ContractAttachment) {
    setDownloadingId(attachment.id);
    setStatus(`Baixando ${attachment.fileName}…`);
    try {
      const file = await downloadFile(contractAttachmentUrl(contractId, attachment.id), attachment.fileName, () => undefined);
      saveBlob(file.blob, file.fileName);
      setStatus(`Arquivo ${file.fileName} baixado.`);
    } catch (error) {
      setStatus(errorMessage(error));
    } finally {
      setDownloadingId(null);
    }
  }

  return (
    <section className="card" aria-labelledby="attachments-title">
      <h2 id="attachments-title">Arquivos anexados</h2>
      {attachments.length === 0 ? (
        <p>O cliente não enviou arquivos nesta contratação.</p>
      ) : (
        <ul className="attachment-list">
          {attachments.map((attachment) => (
            <li key={attachment.id}>
              <span className="attachment-name">{attachment.fileName}</span>
              <span className="attachment-size">{formatFileSize(attachment.size)}</span>
              <button
                type="button"
                className="button button-secondary"
                onClick={() => download(attachment)}
                disabled={downloadingId !== null}
                aria-label={`Baixar ${attachment.fileName}`}
              >
                Baixar
              </button>
            </li>
          ))}
        </ul>
      )}
      {status && (
        <p role="status" className="field-hint">
          {status}
        </p>
      )}
    </section>
  );
}
