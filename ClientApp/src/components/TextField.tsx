import type { InputHTMLAttributes } from 'react';
import { fieldErrorId, fieldId } from '../lib/fieldId';

type NativeInputProps = Omit<InputHTMLAttributes<HTMLInputElement>, 'id' | 'value' | 'onChange' | 'required'>;

interface TextFieldProps extends NativeInputProps {
  /** Error path of the field, e.g. "customer.email"; also gives the input id. */
  path: string;
  label: string;
  value: string;
  onValueChange: (value: string) => void;
  errors?: string[];
  hint?: string;
  /** Adds "(opcional)" to the label. */
  optional?: boolean;
}

/** Renders a labelled input with an optional hint and its validation messages below it. */
export function TextField({
  path,
  label,
  value,
  onValueChange,
  errors,
  hint,
  optional = false,
  className,
  ...inputProps
}: TextFieldProps) {
  const id = fieldId(path);
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = errors?.length ? fieldErrorId(path) : undefined;
  const describedBy = [hintId, errorId].filter(Boolean).join(' ') || undefined;

  return (
    <div className={className ? `field ${className}` : 'field'}>
      <label htmlFor={id}>
        {label}
        {optional && <span className="field-optional"> (opcional)</span>}
      </label>
      {hint && (
        <p id={hintId} className="field-hint">
          {hint}
        </p>
      )}
      <input
        id={id}
        name={path}
        value={value}
        onChange={(event) => onValueChange(event.target.value)}
        aria-required={!optional || undefined}
        aria-invalid={errorId ? true : undefined}
        aria-describedby={describedBy}
        {...inputProps}
      />
      {errorId && <FieldErrorText id={errorId} messages={errors!} />}
    </div>
  );
}

export function FieldErrorText({ id, messages }: { id: string; messages: string[] }) {
  return (
    <p id={id} className="field-error">
      {messages.join(' ')}
    </p>
  );
}
