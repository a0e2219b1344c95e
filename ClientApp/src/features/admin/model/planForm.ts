import type { PublicPlan } from '../../checkout/api/getPublicPlan';
import { defaultMaxAttachmentBytes } from '../../checkout/api/uploadAttachment';
import type { FieldErrors } from '../../../lib/problemDetails';
import type { ActivationPolicy, Plan, PlanFields } from '../api/types';
import { formFieldLabels, type FormFieldName } from './labels';

export interface QuotaValues {
  resource: string;
  amount: string;
  unit: string;
}

/** The plan form's state. Prices and amounts are the text the admin typed, such as "1.234,56". */
export interface PlanFormValues {
  name: string;
  description: string;
  unitId: string;
  monthlyPrice: string;
  adhesionFee: string;
  activationPolicy: ActivationPolicy;
  quotas: QuotaValues[];
  /** Keys are "method:provider", such as "pix:efi". */
  paymentOptions: string[];
  form: Record<FormFieldName, { enabled: boolean; required: boolean }>;
  /** Blank keeps the default contract. */
  contractTemplate: string;
}

/** The placeholders the server fills in a contract template, shown to the admin as a reminder. */
export const contractPlaceholders = [
  'cliente',
  'documento',
  'email',
  'representante',
  'plano',
  'unidade',
  'contratada',
  'mensalidade',
  'adesao',
  'inicio',
  'vencimento',
  'data',
] as const;

/** The payment options a plan can offer; Banco Inter offers boleto only. */
export const paymentOptionChoices = [
  { key: 'pix:efi', label: 'Pix (EFI)' },
  { key: 'card:efi', label: 'Cartão de crédito (EFI)' },
  { key: 'boleto:efi', label: 'Boleto com Pix (EFI)' },
  { key: 'boleto:inter', label: 'Boleto com Pix (Banco Inter)' },
] as const;

export const formFieldNames = Object.keys(formFieldLabels) as FormFieldName[];

export function emptyPlanForm(unitId = ''): PlanFormValues {
  return {
    name: '',
    description: '',
    unitId,
    monthlyPrice: '',
    adhesionFee: '',
    activationPolicy: 'afterFirstPayment',
    quotas: [],
    paymentOptions: ['pix:efi', 'card:efi'],
    form: {
      password: { enabled: false, required: false },
      address: { enabled: true, required: false },
      phone: { enabled: true, required: true },
      companyData: { enabled: true, required: false },
      attachments: { enabled: false, required: false },
    },
    contractTemplate: '',
  };
}

const moneyFormatter = new Intl.NumberFormat('pt-BR', { minimumFractionDigits: 2, maximumFractionDigits: 2 });

export function planFormFromPlan(plan: Plan): PlanFormValues {
  return {
    name: plan.name,
    description: plan.description,
    unitId: plan.unitId,
    monthlyPrice: moneyFormatter.format(plan.monthlyPrice),
    adhesionFee: plan.adhesionFee > 0 ? moneyFormatter.format(plan.adhesionFee) : '',
    activationPolicy: plan.activationPolicy,
    quotas: plan.quotas.map((quota) => ({ resource: quota.resource, amount: String(quota.amount).replace('.', ','), unit: quota.unit })),
    paymentOptions: plan.paymentOptions.map((option) => `${option.method}:${option.provider}`),
    form: { ...emptyPlanForm().form, ...plan.form },
    contractTemplate: plan.contractTemplate ?? '',
  };
}

/**
 * Parses a Brazilian number ("1.234,56", "199,9") or a plain one ("199.90"). With a comma, dots are
 * thousands separators; without one, a dot is the decimal point. Returns null for blank or invalid text.
 */
export function parseDecimal(text: string): number | null {
  const trimmed = text.trim().replace(/^R\$\s*/, '');
  if (!trimmed) {
    return null;
  }
  const normalized = trimmed.includes(',') ? trimmed.replace(/\./g, '').replace(',', '.') : trimmed;
  if (!/^\d+(\.\d+)?$/.test(normalized)) {
    return null;
  }
  return Number(normalized);
}

/** Checks the fields the server would reject, so the form shows the errors before sending. */
export function validatePlanForm(values: PlanFormValues): FieldErrors {
  const errors: FieldErrors = {};
  const add = (path: string, message: string) => {
    errors[path] = [...(errors[path] ?? []), message];
  };

  if (!values.name.trim()) {
    add('name', 'Informe o nome do plano.');
  }
  if (!values.unitId) {
    add('unitId', 'Escolha a unidade do plano.');
  }
  const price = parseDecimal(values.monthlyPrice);
  if (price === null || price <= 0) {
    add('monthlyPrice', 'Informe a mensalidade, maior que zero, como 350,00.');
  } else if (Math.round(price * 100) !== price * 100) {
    add('monthlyPrice', 'Use no máximo duas casas decimais (centavos).');
  }
  if (values.adhesionFee.trim()) {
    const fee = parseDecimal(values.adhesionFee);
    if (fee === null || fee < 0) {
      add('adhesionFee', 'Informe a taxa de adesão como 100,00, ou deixe em branco.');
    } else if (Math.round(fee * 100) !== fee * 100) {
      add('adhesionFee', 'Use no máximo duas casas decimais (centavos).');
    }
  }
  if (values.paymentOptions.length === 0) {
    add('paymentOptions', 'Escolha ao menos uma forma de pagamento.');
  }
  values.quotas.forEach((quota, index) => {
    if (!quota.resource.trim()) {
      add(`quotas[${index}].resource`, 'Informe o recurso, por exemplo "Sala de reunião".');
    }
    const amount = parseDecimal(quota.amount);
    if (amount === null || amount <= 0) {
      add(`quotas[${index}].amount`, 'Informe uma quantidade maior que zero.');
    }
    if (!quota.unit.trim()) {
      add(`quotas[${index}].unit`, 'Informe a unidade, por exemplo "horas".');
    }
  });
  return errors;
}

/** Builds the request body; call it only after validatePlanForm found no error. */
export function toPlanFields(values: PlanFormValues): PlanFields {
  return {
    name: values.name.trim(),
    description: values.description.trim(),
    unitId: values.unitId,
    monthlyPrice: parseDecimal(values.monthlyPrice),
    adhesionFee: parseDecimal(values.adhesionFee) ?? 0,
    activationPolicy: values.activationPolicy,
    quotas: values.quotas.map((quota) => ({
      resource: quota.resource.trim(),
      amount: parseDecimal(quota.amount) ?? 0,
      unit: quota.unit.trim(),
    })),
    paymentOptions: values.paymentOptions.map((key) => {
      const [method, provider] = key.split(':');
      return { method, provider } as PlanFields['paymentOptions'][number];
    }),
    form: values.form,
    contractTemplate: values.contractTemplate.trim() || null,
  };
}

/** Builds what the public checkout page would receive, so the preview renders the real page components. */
export function previewPlan(values: PlanFormValues, tenantName: string): PublicPlan {
  const fields = toPlanFields(values);
  const monthlyPrice = fields.monthlyPrice ?? 0;
  const adhesionFee = fields.adhesionFee ?? 0;
  return {
    name: fields.name || 'Nome do plano',
    description: fields.description,
    tenantName,
    monthlyPrice,
    adhesionFee,
    firstPaymentAmount: monthlyPrice + adhesionFee,
    activationPolicy: fields.activationPolicy,
    quotas: fields.quotas.filter((quota) => quota.resource && quota.amount > 0),
    paymentOptions: fields.paymentOptions,
    form: fields.form,
    maxAttachmentBytes: defaultMaxAttachmentBytes,
    cardTokenizer: 'sandbox',
    sandbox: false,
  };
}
