import { useState, type FormEvent } from 'react';
import { FieldErrorText, TextField } from '../../../components/TextField';
import { fieldErrorId, fieldId } from '../../../lib/fieldId';
import type { FieldErrors } from '../../../lib/problemDetails';
import { ErrorSummary } from '../../checkout/components/ErrorSummary';
import type { ActivationPolicy, PlanFields, Unit } from '../api/types';
import { activationPolicyLabels, formFieldLabels } from '../model/labels';
import {
  contractPlaceholders,
  formFieldNames,
  paymentOptionChoices,
  toPlanFields,
  validatePlanForm,
  type PlanFormValues,
  type QuotaValues,
} from '../model/planForm';
import { PlanPreview } from './PlanPreview';

interface PlanFormProps {
  initialValues: PlanFormValues;
  units: Unit[];
  tenantName: string;
  submitLabel: string;
  /** Sends the plan; a rejected promise with field errors shows them beside the fields. */
  onSubmit: (fields: PlanFields) => Promise<void>;
  /** Field errors from the last server response, keyed like the request body ("quotas[0].amount"). */
  serverErrors: FieldErrors;
  serverMessage: string | null;
  /** Confirmation of the last save, shown beside the button the admin just pressed. */
  savedMessage?: string | null;
}

const fieldLabels: Record<string, string> = {
  name: 'Nome',
  description: 'Descrição',
  unitId: 'Unidade',
  monthlyPrice: 'Mensalidade',
  adhesionFee: 'Taxa de adesão',
  activationPolicy: 'Ativação do contrato',
  paymentOptions: 'Formas de pagamento',
  contractTemplate: 'Modelo do contrato',
};

function labelOfPath(path: string): string {
  const quota = /^quotas\[(\d+)\]\.?(\w*)/.exec(path);
  if (quota) {
    return `Cota ${Number(quota[1]) + 1}`;
  }
  if (path.startsWith('form.')) {
    return `Formulário: ${formFieldLabels[path.slice(5) as keyof typeof formFieldLabels] ?? path}`;
  }
  return fieldLabels[path.replace(/\[\d+\]$/, '')] ?? path;
}

/** Merges "paymentOptions[0]" into "paymentOptions", where the form shows the message. */
function groupErrors(errors: FieldErrors): FieldErrors {
  const grouped: FieldErrors = {};
  for (const [path, messages] of Object.entries(errors)) {
    const key = path.startsWith('paymentOptions') ? 'paymentOptions' : path;
    grouped[key] = [...(grouped[key] ?? []), ...messages];
  }
  return grouped;
}

/** Renders the plan's create and edit form, with a live preview of the public checkout page beside it. */
export function PlanForm({ initialValues, units, tenantName, submitLabel, onSubmit, serverErrors, serverMessage, savedMessage }: PlanFormProps) {
  const [values, setValues] = useState(initialValues);
  const [localErrors, setLocalErrors] = useState<FieldErrors>({});
  const [focusRequest, setFocusRequest] = useState(0);
  const [sending, setSending] = useState(false);
  const errors = groupErrors({ ...serverErrors, ...localErrors });

  function update(change: Partial<PlanFormValues>) {
    setValues((previous) => ({ ...previous, ...change }));
  }

  function updateQuota(index: number, change: Partial<QuotaValues>) {
    update({ quotas: values.quotas.map((quota, current) => (current === index ? { ...quota, ...change } : quota)) });
  }

  function toggleOption(key: string, checked: boolean) {
    update({ paymentOptions: checked ? [...values.paymentOptions, key] : values.paymentOptions.filter((option) => option !== key) });
  }

  function setFormField(name: (typeof formFieldNames)[number], enabled: boolean, required: boolean) {
    update({ form: { ...values.form, [name]: { enabled, required: enabled && required } } });
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    const found = validatePlanForm(values);
    setLocalErrors(found);
    if (Object.keys(found).length > 0) {
      setFocusRequest((count) => count + 1);
      return;
    }
    setSending(true);
    try {
      await onSubmit(toPlanFields(values));
    } finally {
      setSending(false);
      setFocusRequest((count) => count + 1);
    }
  }

  const boletoImmediate = values.activationPolicy === 'immediate' && values.paymentOptions.some((key) => key.startsWith('boleto'));

  return (
    <div className="plan-editor">
      <form className="card plan-form" onSubmit={submit} noValidate>
        <ErrorSummary message={serverMessage} errors={errors} getLabel={labelOfPath} focusRequest={focusRequest} />
        <TextField path="name" label="Nome" value={values.name} onValueChange={(name) => update({ name })} errors={errors.name} />
        <div className="field">
          <label htmlFor={fieldId('description')}>
            Descrição<span className="field-optional"> (opcional)</span>
          </label>
          <textarea
            id={fieldId('description')}
            value={values.description}
            rows={3}
            onChange={(event) => update({ description: event.target.value })}
          />
        </div>
        <div className="field">
          <label htmlFor={fieldId('unitId')}>Unidade</label>
          <select
            id={fieldId('unitId')}
            value={values.unitId}
            onChange={(event) => update({ unitId: event.target.value })}
            aria-invalid={errors.unitId ? true : undefined}
            aria-describedby={errors.unitId ? fieldErrorId('unitId') : undefined}
          >
            <option value="">Escolha…</option>
            {units.map((unit) => (
              <option key={unit.id} value={unit.id}>
                {unit.name}
              </option>
            ))}
          </select>
          {errors.unitId && <FieldErrorText id={fieldErrorId('unitId')} messages={errors.unitId} />}
        </div>
        <div className="field-row">
          <TextField
            path="monthlyPrice"
            label="Mensalidade (R$)"
            inputMode="decimal"
            placeholder="350,00"
            value={values.monthlyPrice}
            onValueChange={(monthlyPrice) => update({ monthlyPrice })}
            errors={errors.monthlyPrice}
          />
          <TextField
            path="adhesionFee"
            label="Taxa de adesão (R$)"
            optional
            inputMode="decimal"
            placeholder="0,00"
            value={values.adhesionFee}
            onValueChange={(adhesionFee) => update({ adhesionFee })}
            errors={errors.adhesionFee}
          />
        </div>

        <fieldset className="choice-group">
          <legend>Ativação do contrato</legend>
          {(Object.keys(activationPolicyLabels) as ActivationPolicy[]).map((policy) => (
            <label key={policy} className="choice">
              <input
                type="radio"
                name="activationPolicy"
                checked={values.activationPolicy === policy}
                onChange={() => update({ activationPolicy: policy })}
              />
              {activationPolicyLabels[policy]}
            </label>
          ))}
        </fieldset>

        <fieldset className="choice-group" id={fieldId('paymentOptions')} aria-describedby={errors.paymentOptions ? fieldErrorId('paymentOptions') : undefined}>
          <legend>Formas de pagamento</legend>
          {paymentOptionChoices.map((choice) => (
            <label key={choice.key} className="choice">
              <input
                type="checkbox"
                checked={values.paymentOptions.includes(choice.key)}
                onChange={(event) => toggleOption(choice.key, event.target.checked)}
              />
              {choice.label}
            </label>
          ))}
          {errors.paymentOptions && <FieldErrorText id={fieldErrorId('paymentOptions')} messages={errors.paymentOptions} />}
        </fieldset>
        {boletoImmediate && (
          <p className="notice-warning" role="note">
            Com boleto e acesso imediato, o cliente usa o espaço antes de pagar. Considere liberar o acesso após o primeiro pagamento.
          </p>
        )}

        <fieldset className="choice-group">
          <legend>Cotas mensais</legend>
          {values.quotas.length === 0 && <p className="fieldset-hint">Nenhuma cota. Exemplo: 10 horas de sala de reunião.</p>}
          {values.quotas.map((quota, index) => (
            <div key={index} className="field-row quota-row">
              <TextField
                path={`quotas[${index}].amount`}
                label="Quantidade"
                inputMode="decimal"
                className="field-narrow"
                value={quota.amount}
                onValueChange={(amount) => updateQuota(index, { amount })}
                errors={errors[`quotas[${index}].amount`]}
              />
              <TextField
                path={`quotas[${index}].unit`}
                label="Unidade de medida"
                value={quota.unit}
                onValueChange={(unit) => updateQuota(index, { unit })}
                errors={errors[`quotas[${index}].unit`]}
              />
              <TextField
                path={`quotas[${index}].resource`}
                label="Recurso"
                className="quota-resource"
                value={quota.resource}
                onValueChange={(resource) => updateQuota(index, { resource })}
                errors={errors[`quotas[${index}].resource`]}
              />
              <button
                type="button"
                className="button button-secondary"
                onClick={() => update({ quotas: values.quotas.filter((_, current) => current !== index) })}
              >
                Remover cota {index + 1}
              </button>
            </div>
          ))}
          <button
            type="button"
            className="button button-secondary"
            onClick={() => update({ quotas: [...values.quotas, { resource: '', amount: '', unit: '' }] })}
          >
            Adicionar cota
          </button>
        </fieldset>

        <fieldset className="choice-group">
          <legend>Campos do formulário de contratação</legend>
          <p className="fieldset-hint">Nome, e-mail e CPF/CNPJ são sempre obrigatórios.</p>
          <table className="form-fields-table">
            <thead>
              <tr>
                <th scope="col">Campo</th>
                <th scope="col">Mostrar</th>
                <th scope="col">Obrigatório</th>
              </tr>
            </thead>
            <tbody>
              {formFieldNames.map((name) => (
                <tr key={name}>
                  <th scope="row">{formFieldLabels[name]}</th>
                  <td>
                    <input
                      type="checkbox"
                      aria-label={`Mostrar ${formFieldLabels[name]}`}
                      checked={values.form[name].enabled}
                      onChange={(event) => setFormField(name, event.target.checked, values.form[name].required)}
                    />
                  </td>
                  <td>
                    <input
                      type="checkbox"
                      aria-label={`${formFieldLabels[name]} obrigatório`}
                      checked={values.form[name].required}
                      disabled={!values.form[name].enabled}
                      onChange={(event) => setFormField(name, true, event.target.checked)}
                    />
                    {errors[`form.${name}`] && <FieldErrorText id={fieldErrorId(`form.${name}`)} messages={errors[`form.${name}`]} />}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </fieldset>

        <div className="field">
          <label htmlFor={fieldId('contractTemplate')}>
            Modelo do contrato<span className="field-optional"> (opcional)</span>
          </label>
          <p className="field-hint" id={`${fieldId('contractTemplate')}-hint`}>
            Em branco, o contrato usa o modelo padrão. Campos preenchidos na contratação:{' '}
            {contractPlaceholders.map((name) => `{${name}}`).join(', ')}.
          </p>
          <textarea
            id={fieldId('contractTemplate')}
            value={values.contractTemplate}
            rows={8}
            onChange={(event) => update({ contractTemplate: event.target.value })}
            aria-invalid={errors.contractTemplate ? true : undefined}
            aria-describedby={
              errors.contractTemplate
                ? `${fieldId('contractTemplate')}-hint ${fieldErrorId('contractTemplate')}`
                : `${fieldId('contractTemplate')}-hint`
            }
          />
          {errors.contractTemplate && <FieldErrorText id={fieldErrorId('contractTemplate')} messages={errors.contractTemplate} />}
        </div>

        <button type="submit" className="button button-primary" disabled={sending}>
          {sending ? 'Salvando…' : submitLabel}
        </button>
        {savedMessage && (
          <p className="status-ok" role="status">
            {savedMessage}
          </p>
        )}
      </form>
      <PlanPreview values={values} tenantName={tenantName} />
    </div>
  );
}
