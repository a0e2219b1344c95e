import { useEffect, useId, useState, type ChangeEvent } from 'react';
import { formatFileSize } from '../../../lib/fileSize';
import { fieldErrorId, fieldId } from '../../../lib/fieldId';
import { ApiError } from '../../../lib/http';
import {
  acceptedFileTypes,
  acceptedTypeNames,
  attachmentRejection,
  uploadAttachment,
  type UploadedAttachment,
} from '../api/uploadAttachment';
import type { FieldRule } from '../model/checkoutForm';

interface AttachmentFieldProps {
  linkToken: string;
  rule: FieldRule;
  /** The largest file the server accepts, in bytes, from the plan offer. */
  maxBytes: number;
  attachments: UploadedAttachment[];
  /** Server or form messages for attachmentIds. */
  errors?: string[];
  onAdd: (attachment: UploadedAttachment) => void;
  onRemove: (attachmentId: string) => void;
  /** Tells the form whether uploads are still running, so it waits before submitting. */
  onUploadingChange?: (uploading: boolean) => void;
}

interface RejectedFile {
  key: string;
  fileName: string;
  message: string;
}

/** Returns the server's reason for a rejected file, or a generic message when it sent none. */
function rejectionMessage(error: unknown): string {
  if (error instanceof ApiError) {
    const fieldMessage = error.problem.errors?.file?.join(' ');
    return fieldMessage ?? error.problem.detail ?? 'O arquivo foi recusado. Tente outro arquivo.';
  }
  return 'Não foi possível enviar o arquivo. Verifique sua conexão e tente novamente.';
}

/**
 * Lets the customer attach files to the checkout. Each chosen file is uploaded at once and listed with
 * its name and size. A file too large or of a type not accepted is rejected before it is sent. A rejected
 * file stays listed with the reason until it is dismissed.
 */
export function AttachmentField({ linkToken, rule, maxBytes, attachments, errors, onAdd, onRemove, onUploadingChange }: AttachmentFieldProps) {
  const [uploading, setUploading] = useState<string[]>([]);
  const [rejected, setRejected] = useState<RejectedFile[]>([]);
  const hintId = useId();
  const inputId = fieldId('attachmentIds');
  const isUploading = uploading.length > 0;

  useEffect(() => {
    onUploadingChange?.(isUploading);
  }, [isUploading, onUploadingChange]);

  async function handleFiles(event: ChangeEvent<HTMLInputElement>) {
    const files = Array.from(event.target.files ?? []);
    // Clears the input so choosing the same file again triggers another change.
    event.target.value = '';
    if (files.length === 0) {
      return;
    }

    // A file the server would reject is not uploaded, so the customer does not wait for megabytes to be sent in vain.
    const toUpload: File[] = [];
    const rejectedNow: RejectedFile[] = [];
    for (const file of files) {
      const reason = attachmentRejection(file, maxBytes);
      if (reason === null) {
        toUpload.push(file);
      } else {
        rejectedNow.push({ key: `checked-${file.name}-${Date.now()}-${rejectedNow.length}`, fileName: file.name, message: reason });
      }
    }
    if (rejectedNow.length > 0) {
      setRejected((current) => [...current, ...rejectedNow]);
    }

    setUploading((current) => [...current, ...toUpload.map((file) => file.name)]);
    for (const file of toUpload) {
      try {
        onAdd(await uploadAttachment(linkToken, file));
      } catch (error) {
        setRejected((current) => [...current, { key: `${file.name}-${Date.now()}-${current.length}`, fileName: file.name, message: rejectionMessage(error) }]);
      } finally {
        setUploading((current) => {
          const index = current.indexOf(file.name);
          return index < 0 ? current : [...current.slice(0, index), ...current.slice(index + 1)];
        });
      }
    }
  }

  const describedBy = [hintId, errors ? fieldErrorId('attachmentIds') : null].filter(Boolean).join(' ');

  return (
    <fieldset className="attachment-field">
      <legend>Anexos{rule.required ? '' : ' (opcional)'}</legend>
      <p id={hintId} className="field-hint">
        {acceptedTypeNames}, até {formatFileSize(maxBytes)} por arquivo.
      </p>
      <label htmlFor={inputId}>Adicionar arquivos</label>
      <input
        id={inputId}
        type="file"
        multiple
        accept={acceptedFileTypes}
        onChange={handleFiles}
        aria-describedby={describedBy}
        aria-invalid={errors ? true : undefined}
      />

      {(attachments.length > 0 || uploading.length > 0 || rejected.length > 0) && (
        <ul className="attachment-list" aria-label="Arquivos enviados">
          {attachments.map((attachment) => (
            <li key={attachment.id}>
              <span className="attachment-name">{attachment.fileName}</span>
              <span className="attachment-size">{formatFileSize(attachment.size)}</span>
              <button
                type="button"
                className="button-link"
                onClick={() => onRemove(attachment.id)}
                aria-label={`Remover ${attachment.fileName}`}
              >
                Remover
              </button>
            </li>
          ))}
          {uploading.map((name, index) => (
            <li key={`uploading-${name}-${index}`} role="status">
              <span className="attachment-name">{name}</span>
              <span className="attachment-size">Enviando…</span>
            </li>
          ))}
          {rejected.map((file) => (
            <li key={file.key} className="attachment-rejected">
              <span className="attachment-name">{file.fileName}</span>
              <span className="field-error" role="alert">
                {file.message}
              </span>
              <button
                type="button"
                className="button-link"
                onClick={() => setRejected((current) => current.filter((item) => item.key !== file.key))}
                aria-label={`Dispensar o aviso de ${file.fileName}`}
              >
                OK
              </button>
            </li>
          ))}
        </ul>
      )}

      {errors && (
        <p id={fieldErrorId('attachmentIds')} className="field-error">
          {errors.join(' ')}
        </p>
      )}
    </fieldset>
  );
}
