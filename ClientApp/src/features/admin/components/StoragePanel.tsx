import { useState } from 'react';
import { formatFileSize } from '../../../lib/fileSize';
import { enableUnlimitedFiles, getStorage } from '../api/adminApi';
import { errorMessage } from '../api/adminHttp';
import { DataState } from './DataState';
import { useApiData } from '../model/useApiData';

/** Returns the share of the quota in use, from 0 to 100, rounded down so a nearly full quota does not read 100%. */
export function usedPercent(usedBytes: number, quotaBytes: number): number {
  if (quotaBytes <= 0) {
    return 100;
  }
  return Math.min(100, Math.floor((usedBytes / quotaBytes) * 100));
}

/**
 * Shows how much of the storage quota the checkout attachments use, with a bar, and the
 * "Arquivos ilimitados" module that lifts the quota. Only admins may switch the module on.
 */
export function StoragePanel() {
  const storage = useApiData((signal) => getStorage(signal), 'storage');
  const [sending, setSending] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function enable() {
    // The module has no switch to turn it off here, so one tap must not turn it on by accident.
    const confirmed = window.confirm(
      'Ativar o módulo Arquivos ilimitados para todo o estabelecimento? Os anexos deixam de contar contra o limite de armazenamento, e o módulo não pode ser desativado por esta tela.',
    );
    if (!confirmed) {
      return;
    }
    setSending(true);
    setError(null);
    try {
      await enableUnlimitedFiles();
      storage.reload();
    } catch (failure) {
      setError(errorMessage(failure));
    } finally {
      setSending(false);
    }
  }

  return (
    <section className="card" aria-labelledby="storage-title">
      <h2 id="storage-title">Arquivos e armazenamento</h2>
      <p className="field-hint">
        Os documentos que os clientes enviam no formulário de contratação ocupam o espaço da sua assinatura. Quando o espaço
        acaba, o link recusa novos arquivos antes do pagamento, com uma mensagem ao cliente.
      </p>
      <DataState state={storage}>
        {(data) =>
          data.unlimited || data.quotaBytes === null ? (
            <>
              <p className="status-ok">Arquivos ilimitados: ativo. {formatFileSize(data.usedBytes)} em uso, sem limite de espaço.</p>
              <PendingUploads bytes={data.pendingBytes} />
            </>
          ) : (
            <>
              <p>
                {formatFileSize(data.usedBytes)} de {formatFileSize(data.quotaBytes)} em uso ({usedPercent(data.usedBytes, data.quotaBytes)}%).
              </p>
              <meter
                className="storage-meter"
                aria-label="Espaço de armazenamento em uso"
                min={0}
                max={data.quotaBytes}
                low={data.quotaBytes * 0.8}
                high={data.quotaBytes * 0.95}
                optimum={0}
                value={Math.min(data.usedBytes, data.quotaBytes)}
              />
              <PendingUploads bytes={data.pendingBytes} />
              <p>Com o módulo Arquivos ilimitados, os anexos deixam de contar contra o limite.</p>
              <button type="button" className="button button-primary" onClick={enable} disabled={sending}>
                {sending ? 'Ativando…' : 'Ativar Arquivos ilimitados'}
              </button>
              {error && (
                <p className="form-error" role="alert">
                  {error}
                </p>
              )}
            </>
          )
        }
      </DataState>
    </section>
  );
}

/** Tells about the uploads of forms not submitted yet, which the count above leaves out. */
function PendingUploads({ bytes }: { bytes: number }) {
  if (bytes <= 0) {
    return null;
  }
  return (
    <p className="field-hint">
      Mais {formatFileSize(bytes)} de arquivos enviados em formulários ainda não concluídos, que não contam no espaço. Eles são
      apagados se nenhuma contratação os usar.
    </p>
  );
}
