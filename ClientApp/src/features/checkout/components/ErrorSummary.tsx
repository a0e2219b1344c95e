import { useEffect, useRef } from 'react';
import { fieldId } from '../../../lib/fieldId';
import type { FieldErrors } from '../../../lib/problemDetails';

interface ErrorSummaryProps {
  message: string | null;
  errors: FieldErrors;
  getLabel: (path: string) => string;
  /** Changes on every failed submit, so the summary takes focus again even with the same content. */
  focusRequest: number;
}

/** Lists every error at the top of a form, with links to the fields, and moves focus to itself. */
export function ErrorSummary({ message, errors, getLabel, focusRequest }: ErrorSummaryProps) {
  const ref = useRef<HTMLDivElement>(null);
  const entries = Object.entries(errors);
  const isVisible = message !== null || entries.length > 0;

  useEffect(() => {
    if (isVisible && focusRequest > 0) {
      ref.current?.focus();
      ref.current?.scrollIntoView?.({ block: 'start', behavior: 'smooth' });
    }
  }, [focusRequest, isVisible]);

  if (!isVisible) {
    return null;
  }

  return (
    <div ref={ref} className="error-summary" role="alert" tabIndex={-1}>
      <p className="error-summary-title">{message ?? 'Corrija os campos indicados.'}</p>
      {entries.length > 0 && (
        <ul>
          {entries.map(([path, messages]) => (
            <li key={path}>
              <a href={`#${fieldId(path)}`}>
                {getLabel(path)}: {messages.join(' ')}
              </a>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
