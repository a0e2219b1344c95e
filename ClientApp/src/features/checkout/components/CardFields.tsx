import { TextField } from '../../../components/TextField';
import { maskCardExpiry, maskCardNumber, onlyDigits } from '../../../lib/masks';
import type { FieldErrors } from '../../../lib/problemDetails';
import { cardFieldPaths, type CardValues } from '../model/cardForm';

interface CardFieldsProps {
  card: CardValues;
  errors: FieldErrors;
  onChange: (card: CardValues) => void;
  /** True when the plan's card tokenizer is "sandbox". */
  isSandbox: boolean;
}

/**
 * Card number, holder, expiry and CVV. The values only feed the card tokenizer, because the
 * forms are sent by script and their request bodies carry only the token.
 */
export function CardFields({ card, errors, onChange, isSandbox }: CardFieldsProps) {
  const update = (patch: Partial<CardValues>) => onChange({ ...card, ...patch });

  return (
    <fieldset className="card-fields">
      <legend>Dados do cartão</legend>
      {isSandbox && (
        <p className="sandbox-hint">
          Sandbox: use 4111 1111 1111 1111 (aprovado) ou 4000 0000 0000 0002 (recusado)
        </p>
      )}
      <TextField
        path={cardFieldPaths.number}
        label="Número do cartão"
        value={card.number}
        onValueChange={(value) => update({ number: maskCardNumber(value) })}
        errors={errors[cardFieldPaths.number]}
        inputMode="numeric"
        autoComplete="cc-number"
      />
      <TextField
        path={cardFieldPaths.holderName}
        label="Nome impresso no cartão"
        value={card.holderName}
        onValueChange={(value) => update({ holderName: value.toUpperCase() })}
        errors={errors[cardFieldPaths.holderName]}
        autoComplete="cc-name"
        autoCapitalize="characters"
      />
      <div className="field-row">
        <TextField
          path={cardFieldPaths.expiry}
          label="Validade (MM/AA)"
          value={card.expiry}
          onValueChange={(value) => update({ expiry: maskCardExpiry(value) })}
          errors={errors[cardFieldPaths.expiry]}
          inputMode="numeric"
          autoComplete="cc-exp"
          placeholder="MM/AA"
        />
        <TextField
          path={cardFieldPaths.cvv}
          label="CVV"
          value={card.cvv}
          onValueChange={(value) => update({ cvv: onlyDigits(value).slice(0, 4) })}
          errors={errors[cardFieldPaths.cvv]}
          inputMode="numeric"
          autoComplete="cc-csc"
        />
      </div>
    </fieldset>
  );
}
