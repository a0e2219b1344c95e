import { formatFileSize } from '../../../lib/fileSize';
import { requestJson } from '../../../lib/http';

/** A file the server accepted for the checkout; send its id in attachmentIds. */
export interface UploadedAttachment {
  id: string;
  fileName: string;
  /** The type the server detected from the content, e.g. "application/pdf". */
  contentType: string;
  /** Size in bytes. */
  size: number;
}

/** The file types the server accepts, for the file picker. The server checks the real content anyway. */
export const acceptedFileTypes = '.pdf,.png,.jpg,.jpeg,.webp,application/pdf,image/png,image/jpeg,image/webp';

/** The accepted types' names, worded as in the server's messages. */
export const acceptedTypeNames = 'PDF, PNG, JPEG ou WebP';

/** The default of the server's Attachments:MaxFileSizeBytes, for the plan preview; a real offer sends its limit. */
export const defaultMaxAttachmentBytes = 10 * 1024 * 1024;

const acceptedExtensions = ['.pdf', '.png', '.jpg', '.jpeg', '.webp'];

/** Writes an exact size with pt-BR digit grouping, such as "10.485.761 bytes". */
function exactSize(bytes: number): string {
  return `${bytes.toLocaleString('pt-BR')} bytes`;
}

/**
 * Returns the reason the server would reject the file, worded like its message, or null when the file may be sent.
 * Checks the size and the name's extension. A name without an extension is left to the server, which reads the
 * type from the content.
 */
export function attachmentRejection(file: File, maxBytes: number): string | null {
  if (file.size === 0) {
    return 'O arquivo está vazio. Escolha outro arquivo.';
  }
  if (file.size > maxBytes) {
    // Both sizes round to the same text just above the limit, so the message then gives them in bytes.
    const sameText = formatFileSize(file.size) === formatFileSize(maxBytes);
    const size = sameText ? exactSize(file.size) : formatFileSize(file.size);
    const limit = sameText ? exactSize(maxBytes) : formatFileSize(maxBytes);
    return `O arquivo tem ${size} e o limite é ${limit} por arquivo.`;
  }
  const dot = file.name.lastIndexOf('.');
  const extension = dot > 0 ? file.name.slice(dot).toLowerCase() : '';
  if (extension !== '' && !acceptedExtensions.includes(extension)) {
    return `Arquivos ${extension} não são aceitos. Envie um arquivo ${acceptedTypeNames}.`;
  }
  return null;
}

/**
 * Uploads one file for the plan's checkout form as multipart/form-data. Throws ApiError with the
 * server's pt-BR reason when the file is too large, of a type not accepted or over the storage quota.
 */
export function uploadAttachment(linkToken: string, file: File, signal?: AbortSignal): Promise<UploadedAttachment> {
  const form = new FormData();
  form.append('file', file, file.name);
  return requestJson<UploadedAttachment>(`/api/public/plans/${encodeURIComponent(linkToken)}/attachments`, {
    method: 'POST',
    body: form,
    signal,
  });
}
