import { useRef, useState } from 'react';
import { fieldId } from '../../../lib/fieldId';

interface CopyFieldProps {
  /** Id base for the read-only input. */
  path: string;
  label: string;
  value: string;
  buttonLabel: string;
}

/** Renders a read-only code with a button that copies it to the clipboard. */
export function CopyField({ path, label, value, buttonLabel }: CopyFieldProps) {
  const inputRef = useRef<HTMLInputElement>(null);
  const [feedback, setFeedback] = useState<string | null>(null);
  const id = fieldId(path);

  async function copy() {
    try {
      // navigator.clipboard is undefined outside secure contexts (plain HTTP).
      if (!navigator.clipboard) {
        throw new Error('Clipboard API is not available');
      }
      await navigator.clipboard.writeText(value);
      setFeedback('Código copiado.');
    } catch {
      inputRef.current?.select();
      setFeedback('Não foi possível copiar. Selecione o código e copie manualmente.');
    }
  }

  return (
    <div className="field copy-field">
      <label htmlFor={id}>{label}</label>
      <input
        ref={inputRef}
        id={id}
        value={value}
        readOnly
        onFocus={(event) => event.target.select()}
      />
      <button type="button" className="button button-secondary" onClick={copy}>
        {buttonLabel}
      </button>
      <p className="copy-feedback" role="status">
        {feedback}
      </p>
    </div>
  );
}
