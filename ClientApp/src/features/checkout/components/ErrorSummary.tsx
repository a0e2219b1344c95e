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
  const entries = Object.entries(errors).sort(([first], [second]) => compareFieldOrder(first, second));
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

/**
 * Orders two error paths as their fields stand in the page, so the summary reads top to bottom like the form. The
 * server lists errors in its own order. A path without a field on the page keeps its place.
 */
function compareFieldOrder(first: string, second: string): number {
  const firstField = document.getElementById(fieldId(first));
  const secondField = document.getElementById(fieldId(second));
  if (!firstField || !secondField || firstField === secondField) {
    return 0;
  }
  return firstField.compareDocumentPosition(secondField) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1;
}
