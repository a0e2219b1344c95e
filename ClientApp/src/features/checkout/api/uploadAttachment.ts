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
