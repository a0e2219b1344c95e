import { TextField } from '../../../components/TextField';
import { fieldErrorId, fieldId } from '../../../lib/fieldId';
import { maskPostalCode } from '../../../lib/masks';
import type { FieldErrors } from '../../../lib/problemDetails';
import type { AddressValues, FieldRule } from '../model/checkoutForm';

const brazilianStates = [
  'AC', 'AL', 'AP', 'AM', 'BA', 'CE', 'DF', 'ES', 'GO', 'MA', 'MT', 'MS', 'MG', 'PA',
  'PB', 'PR', 'PE', 'PI', 'RJ', 'RN', 'RS', 'RO', 'RR', 'SC', 'SP', 'SE', 'TO',
];

interface AddressFieldsProps {
  address: AddressValues;
  rule: FieldRule;
  errors: FieldErrors;
  onChange: (address: AddressValues) => void;
  /** Explains why the address became required, e.g. for an Inter boleto. */
  reason?: string;
}

export function AddressFields({ address, rule, errors, onChange, reason }: AddressFieldsProps) {
  const update = (patch: Partial<AddressValues>) => onChange({ ...address, ...patch });
  // An optional address is all-or-nothing, so its parts are marked optional only as a group.
  const optional = !rule.required;
  const stateErrors = errors['customer.address.state'];
  const statePath = 'customer.address.state';

  return (
    <fieldset>
      <legend>
        Endereço
        {optional && <span className="field-optional"> (opcional)</span>}
      </legend>
      {reason && <p className="fieldset-hint">{reason}</p>}
      <TextField
        path="customer.address.postalCode"
        label="CEP"
        value={address.postalCode}
        onValueChange={(value) => update({ postalCode: maskPostalCode(value) })}
        errors={errors['customer.address.postalCode']}
        inputMode="numeric"
        autoComplete="postal-code"
        placeholder="00000-000"
      />
      <TextField
        path="customer.address.street"
        label="Rua"
        value={address.street}
        onValueChange={(street) => update({ street })}
        errors={errors['customer.address.street']}
        autoComplete="address-line1"
        maxLength={150}
      />
      <div className="field-row">
        <TextField
          path="customer.address.number"
          label="Número"
          value={address.number}
          onValueChange={(number) => update({ number })}
          errors={errors['customer.address.number']}
          className="field-narrow"
          maxLength={20}
        />
        <TextField
          path="customer.address.complement"
          label="Complemento"
          value={address.complement}
          onValueChange={(complement) => update({ complement })}
          errors={errors['customer.address.complement']}
          optional
          autoComplete="address-line2"
          maxLength={100}
        />
      </div>
      <TextField
        path="customer.address.district"
        label="Bairro"
        value={address.district}
        onValueChange={(district) => update({ district })}
        errors={errors['customer.address.district']}
        maxLength={100}
      />
      <div className="field-row">
        <TextField
          path="customer.address.city"
          label="Cidade"
          value={address.city}
          onValueChange={(city) => update({ city })}
          errors={errors['customer.address.city']}
          autoComplete="address-level2"
          maxLength={100}
        />
        <div className="field field-narrow">
          <label htmlFor={fieldId(statePath)}>UF</label>
          <select
            id={fieldId(statePath)}
            name={statePath}
            value={address.state}
            onChange={(event) => update({ state: event.target.value })}
            autoComplete="address-level1"
            aria-invalid={stateErrors ? true : undefined}
            aria-describedby={stateErrors ? fieldErrorId(statePath) : undefined}
          >
            <option value="">--</option>
            {brazilianStates.map((state) => (
              <option key={state} value={state}>
                {state}
              </option>
            ))}
          </select>
          {stateErrors && (
            <p id={fieldErrorId(statePath)} className="field-error">
              {stateErrors.join(' ')}
            </p>
          )}
        </div>
      </div>
    </fieldset>
  );
}
