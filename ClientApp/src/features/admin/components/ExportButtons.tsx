import { useRef, useState } from 'react';
import { isAbortError } from '../../../lib/http';
import { errorMessage } from '../api/adminHttp';
import { downloadFile, saveBlob, type DownloadProgress } from '../model/download';

const formats = [
  { format: 'xlsx', label: 'Exportar Excel' },
  { format: 'pdf', label: 'Exportar PDF' },
] as const;

function describe(progress: DownloadProgress): string {
  const received = `${(progress.receivedBytes / 1024).toLocaleString('pt-BR', { maximumFractionDigits: 0 })} KB`;
  if (progress.totalBytes) {
    return `Baixando… ${Math.round((progress.receivedBytes / progress.totalBytes) * 100)}% (${received})`;
  }
  return `Baixando… ${received} recebidos`;
}

/** Exports the filtered contracts as a spreadsheet or PDF, showing the bytes received while the file streams. */
export function ExportButtons({ query }: { query: string }) {
  const [status, setStatus] = useState<string | null>(null);
  const [progress, setProgress] = useState<DownloadProgress | null>(null);
  const controller = useRef<AbortController | null>(null);

  async function download(format: 'xlsx' | 'pdf') {
    controller.current?.abort();
    controller.current = new AbortController();
    const separator = query ? '&' : '?';
    setStatus('Preparando o arquivo…');
    setProgress({ receivedBytes: 0, totalBytes: null });
    try {
      const file = await downloadFile(
        `/api/contracts/export${query}${separator}format=${format}`,
        `contratos.${format}`,
        setProgress,
        controller.current.signal,
      );
      saveBlob(file.blob, file.fileName);
      setStatus(`Arquivo ${file.fileName} baixado.`);
    } catch (error) {
      setStatus(isAbortError(error) ? 'Download cancelado.' : errorMessage(error));
    } finally {
      setProgress(null);
      controller.current = null;
    }
  }

  return (
    <div className="export-buttons">
      {formats.map((item) => (
        <button key={item.format} type="button" className="button button-secondary" disabled={progress !== null} onClick={() => download(item.format)}>
          {item.label}
        </button>
      ))}
      {progress && (
        <>
          <progress
            aria-label="Progresso do download"
            max={progress.totalBytes ?? undefined}
            value={progress.totalBytes ? progress.receivedBytes : undefined}
          />
          <button type="button" className="button button-secondary" onClick={() => controller.current?.abort()}>
            Cancelar
          </button>
        </>
      )}
      <p role="status" className="export-status">
        {progress ? describe(progress) : status}
      </p>
    </div>
  );
}
