import { fieldErrorId, fieldId } from '../../../lib/fieldId';
import type { PaymentMethod, PaymentOption, PaymentProvider } from '../api/getPublicPlan';
import { paymentOptionKey } from '../model/checkoutForm';

const methodLabels: Record<PaymentMethod, string> = {
  card: 'Cartão de crédito',
  pix: 'Pix',
  boleto: 'Boleto',
};

const providerLabels: Record<PaymentProvider, string> = {
  efi: 'Efí',
  inter: 'Inter',
};

interface PaymentMethodFieldsProps {
  options: PaymentOption[];
  selectedKey: string;
  errors: string[] | undefined;
  onSelect: (key: string) => void;
}

/** Names an option by its method, adding the provider only when two options share the method. */
function optionLabel(option: PaymentOption, options: PaymentOption[]): string {
  const sameMethod = options.filter((other) => other.method === option.method).length;
  const methodLabel = methodLabels[option.method] ?? option.method;
  if (sameMethod > 1) {
    return `${methodLabel} (${providerLabels[option.provider] ?? option.provider})`;
  }
  return methodLabel;
}

export function PaymentMethodFields({ options, selectedKey, errors, onSelect }: PaymentMethodFieldsProps) {
  const errorId = errors ? fieldErrorId('payment.method') : undefined;

  return (
    <fieldset className="choice-group" id={fieldId('payment.method')}>
      <legend>Forma de pagamento</legend>
      {options.length === 0 && <p>Nenhuma forma de pagamento disponível para este plano.</p>}
      {options.map((option) => {
        const key = paymentOptionKey(option);
        return (
          <label key={key} className="choice">
            <input
              type="radio"
              name="payment.method"
              value={key}
              checked={selectedKey === key}
              onChange={() => onSelect(key)}
              aria-describedby={errorId}
            />
            {optionLabel(option, options)}
          </label>
        );
      })}
      {errors && errorId && (
        <p id={errorId} className="field-error">
          {errors.join(' ')}
        </p>
      )}
    </fieldset>
  );
}
