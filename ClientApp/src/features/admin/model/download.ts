import { ApiError } from '../../../lib/http';
import { readProblemDetails } from '../../../lib/problemDetails';
import { authorizationHeader } from '../api/adminHttp';
import { signOut } from './session';

export interface DownloadProgress {
  receivedBytes: number;
  /** From Content-Length; null when the server streams without announcing the size. */
  totalBytes: number | null;
}

/** Returns the file name of a Content-Disposition header, preferring the UTF-8 filename* form. */
export function fileNameOf(disposition: string | null, fallback: string): string {
  if (!disposition) {
    return fallback;
  }
  const encoded = /filename\*=UTF-8''([^;]+)/i.exec(disposition);
  if (encoded) {
    return decodeURIComponent(encoded[1]);
  }
  const plain = /filename="?([^";]+)"?/i.exec(disposition);
  return plain ? plain[1] : fallback;
}

/**
 * Downloads an admin file with the bearer token, reporting the bytes received as they arrive, and
 * returns it as a Blob with its file name. Throws ApiError for a failed status.
 */
export async function downloadFile(
  url: string,
  fallbackName: string,
  onProgress: (progress: DownloadProgress) => void,
  signal?: AbortSignal,
): Promise<{ blob: Blob; fileName: string }> {
  const response = await fetch(url, { headers: authorizationHeader(), signal });
  if (!response.ok) {
    if (response.status === 401) {
      signOut();
    }
    throw new ApiError(response.status, await readProblemDetails(response), null);
  }

  const length = response.headers.get('Content-Length');
  const totalBytes = length && /^\d+$/.test(length) ? Number(length) : null;
  const fileName = fileNameOf(response.headers.get('Content-Disposition'), fallbackName);
  const type = response.headers.get('Content-Type') ?? 'application/octet-stream';
  if (!response.body) {
    const blob = await response.blob();
    onProgress({ receivedBytes: blob.size, totalBytes });
    return { blob, fileName };
  }

  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let receivedBytes = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) {
      break;
    }
    chunks.push(value);
    receivedBytes += value.byteLength;
    onProgress({ receivedBytes, totalBytes });
  }
  return { blob: new Blob(chunks as BlobPart[], { type }), fileName };
}

/** Hands a Blob to the browser as a download. */
export function saveBlob(blob: Blob, fileName: string) {
  const url = URL.createObjectURL(blob);
  const anchor = document.createElement('a');
  anchor.href = url;
  anchor.download = fileName;
  document.body.appendChild(anchor);
  anchor.click();
  anchor.remove();
  // Revoking at once can cancel the download in some browsers, so it waits a minute.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
