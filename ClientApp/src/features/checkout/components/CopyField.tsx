import { useRef, useState } from 'react';
import { fieldId } from '../../../lib/fieldId';

interface CopyFieldProps {
  /** Id base for the read-only field. */
  path: string;
  label: string;
  value: string;
  buttonLabel: string;
}

/**
 * Characters per line of the field on a 375 px phone. An estimate: about 285 px of text width, at roughly 8.6 px
 * per character of a 0.9rem monospace font.
 */
const phoneLineLength = 32;

/**
 * Renders a read-only code with a button that copies it to the clipboard. The code sits in a textarea, so a Pix code
 * or a boleto line wraps and stays readable on a phone instead of being cut off in a one-line input.
 */
export function CopyField({ path, label, value, buttonLabel }: CopyFieldProps) {
  const inputRef = useRef<HTMLTextAreaElement>(null);
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
      {/* NOTE: rows only sizes browsers without CSS field-sizing (Firefox, Safari 18), and wider screens get empty lines. */}
      <textarea
        ref={inputRef}
        id={id}
        value={value}
        readOnly
        rows={Math.max(1, Math.ceil(value.length / phoneLineLength))}
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
