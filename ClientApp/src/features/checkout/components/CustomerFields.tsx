import { TextField } from '../../../components/TextField';
import { fieldErrorId, fieldId } from '../../../lib/fieldId';
import { maskCnpj, maskCpf, maskPhone } from '../../../lib/masks';
import type { FieldErrors } from '../../../lib/problemDetails';
import type { CustomerKind } from '../api/createCheckout';
import { minimumPasswordLength, type CheckoutFormRules, type CheckoutFormValues } from '../model/checkoutForm';

interface CustomerFieldsProps {
  values: CheckoutFormValues;
  rules: CheckoutFormRules;
  errors: FieldErrors;
  onChange: (patch: Partial<CheckoutFormValues>) => void;
}

const kindLabels: Record<CustomerKind, string> = {
  person: 'Pessoa física',
  company: 'Pessoa jurídica',
};

export function CustomerFields({ values, rules, errors, onChange }: CustomerFieldsProps) {
  const isCompany = values.kind === 'company';
  const kindErrors = errors['customer.kind'];

  return (
    <fieldset>
      <legend>Seus dados</legend>

      {rules.allowedKinds.length > 1 && (
        <fieldset className="choice-group" id={fieldId('customer.kind')}>
          <legend>Tipo de cadastro</legend>
          {rules.allowedKinds.map((kind) => (
            <label key={kind} className="choice">
              <input
                type="radio"
                name="customer.kind"
                value={kind}
                checked={values.kind === kind}
                // The document format depends on the kind, so a typed CPF does not carry over to CNPJ.
                onChange={() => onChange({ kind, document: '' })}
                aria-describedby={kindErrors ? fieldErrorId('customer.kind') : undefined}
              />
              {kindLabels[kind]}
            </label>
          ))}
          {kindErrors && (
            <p id={fieldErrorId('customer.kind')} className="field-error">
              {kindErrors.join(' ')}
            </p>
          )}
        </fieldset>
      )}

      <TextField
        path="customer.name"
        label={isCompany ? 'Razão social' : 'Nome completo'}
        value={values.name}
        onValueChange={(name) => onChange({ name })}
        errors={errors['customer.name']}
        autoComplete={isCompany ? 'organization' : 'name'}
        maxLength={150}
      />
      <TextField
        path="customer.document"
        label={isCompany ? 'CNPJ' : 'CPF'}
        value={values.document}
        onValueChange={(value) => onChange({ document: isCompany ? maskCnpj(value) : maskCpf(value) })}
        errors={errors['customer.document']}
        inputMode={isCompany ? 'text' : 'numeric'}
        autoCapitalize={isCompany ? 'characters' : undefined}
        placeholder={isCompany ? '00.000.000/0000-00' : '000.000.000-00'}
        hint={isCompany ? 'Aceita CNPJ numérico ou alfanumérico.' : undefined}
      />
      <TextField
        path="customer.email"
        label="E-mail"
        type="email"
        value={values.email}
        onValueChange={(email) => onChange({ email })}
        errors={errors['customer.email']}
        autoComplete="email"
        maxLength={254}
        inputMode="email"
      />
      {rules.phone.visible && (
        <TextField
          path="customer.phone"
          label="Telefone"
          type="tel"
          value={values.phone}
          onValueChange={(value) => onChange({ phone: maskPhone(value) })}
          errors={errors['customer.phone']}
          optional={!rules.phone.required}
          autoComplete="tel-national"
          inputMode="numeric"
          placeholder="(00) 00000-0000"
        />
      )}
      {rules.password.visible && (
        <TextField
          path="customer.password"
          label="Senha"
          type="password"
          value={values.password}
          onValueChange={(password) => onChange({ password })}
          errors={errors['customer.password']}
          optional={!rules.password.required}
          autoComplete="new-password"
        maxLength={128}
          hint={`Para entrar na área do cliente. Mínimo de ${minimumPasswordLength} caracteres, com letras e números.`}
        />
      )}
    </fieldset>
  );
}
