import { isValidCnpj, isValidCpf, isValidEmail, normalizeCnpj } from '../../../lib/documents';
import { onlyDigits } from '../../../lib/masks';
import type { FieldErrors } from '../../../lib/problemDetails';
import type { AddressRequest, CreateCheckoutRequest, CustomerKind } from '../api/createCheckout';
import type { FormFieldSetting, PaymentOption, PublicPlan } from '../api/getPublicPlan';
import type { UploadedAttachment } from '../api/uploadAttachment';
import { emptyCard, type CardValues } from './cardForm';

export type AddressValues = AddressRequest;

export interface CheckoutFormValues {
  kind: CustomerKind;
  name: string;
  email: string;
  document: string;
  phone: string;
  password: string;
  address: AddressValues;
  linkedPerson: { name: string; document: string; email: string };
  /** Key of the chosen entry of plan.paymentOptions, see paymentOptionKey. */
  paymentOption: string;
  card: CardValues;
  /** Files the server has accepted, in the order they were added. */
  attachments: UploadedAttachment[];
  acceptedTerms: boolean;
}

export interface FieldRule {
  visible: boolean;
  required: boolean;
}

/** Visibility and required flags of the optional form parts, from the plan's form settings and the current choices. */
export interface CheckoutFormRules {
  phone: FieldRule;
  password: FieldRule;
  address: FieldRule;
  attachments: FieldRule;
  allowedKinds: CustomerKind[];
  selectedPayment: PaymentOption | null;
}

/** Minimum password length, the same as the API's CustomerInputValidator. */
export const minimumPasswordLength = 8;

/** Address parts that must be filled whenever an address is sent. Only the complement is optional. */
export const requiredAddressFields = ['postalCode', 'street', 'number', 'district', 'city', 'state'] as const;

export function paymentOptionKey(option: PaymentOption): string {
  return `${option.method}:${option.provider}`;
}

function toRule(setting: FormFieldSetting | undefined): FieldRule {
  const visible = setting?.enabled === true;
  return { visible, required: visible && setting?.required === true };
}

/**
 * Works out which customer kinds the plan accepts. A company customer is offered unless
 * `form.companyData.enabled` is false, and `form.companyData.required` accepts only companies.
 * NOTE: this reading of companyData is assumed, because the API contract does not define it.
 */
function allowedKinds(plan: PublicPlan): CustomerKind[] {
  const companyData = plan.form?.companyData;
  if (companyData?.enabled === false) {
    return ['person'];
  }
  if (companyData?.required === true) {
    return ['company'];
  }
  return ['person', 'company'];
}

export function getFormRules(plan: PublicPlan, values: CheckoutFormValues): CheckoutFormRules {
  const selectedPayment =
    plan.paymentOptions.find((option) => paymentOptionKey(option) === values.paymentOption) ?? null;

  // Inter registers a boleto only with the payer's full address.
  const boletoNeedsAddress = selectedPayment?.method === 'boleto' && selectedPayment.provider === 'inter';
  const addressSetting = toRule(plan.form?.address);
  const address = boletoNeedsAddress ? { visible: true, required: true } : addressSetting;

  // EFI charges a card only with the payer's phone.
  const phone = selectedPayment?.method === 'card' ? { visible: true, required: true } : toRule(plan.form?.phone);

  return {
    phone,
    password: toRule(plan.form?.password),
    address,
    attachments: toRule(plan.form?.attachments),
    allowedKinds: allowedKinds(plan),
    selectedPayment,
  };
}

export function createInitialValues(plan: PublicPlan): CheckoutFormValues {
  const firstOption = plan.paymentOptions[0];
  return {
    kind: allowedKinds(plan)[0],
    name: '',
    email: '',
    document: '',
    phone: '',
    password: '',
    address: { street: '', number: '', complement: '', district: '', city: '', state: '', postalCode: '' },
    linkedPerson: { name: '', document: '', email: '' },
    paymentOption: firstOption ? paymentOptionKey(firstOption) : '',
    card: emptyCard,
    attachments: [],
    acceptedTerms: false,
  };
}

function isAddressEmpty(address: AddressValues): boolean {
  return Object.values(address).every((part) => !part.trim());
}

/** Labels of the form fields by error path, for the error summary. */
export function getFieldLabel(path: string, kind: CustomerKind): string {
  const labels: Record<string, string> = {
    'customer.kind': 'Tipo de cadastro',
    'customer.name': kind === 'company' ? 'Razão social' : 'Nome completo',
    'customer.email': 'E-mail',
    'customer.document': kind === 'company' ? 'CNPJ' : 'CPF',
    'customer.phone': 'Telefone',
    'customer.password': 'Senha',
    'customer.address': 'Endereço',
    'customer.address.postalCode': 'CEP',
    'customer.address.street': 'Rua',
    'customer.address.number': 'Número',
    'customer.address.complement': 'Complemento',
    'customer.address.district': 'Bairro',
    'customer.address.city': 'Cidade',
    'customer.address.state': 'UF',
    linkedPerson: 'Responsável',
    'linkedPerson.name': 'Nome do responsável',
    'linkedPerson.document': 'CPF do responsável',
    'linkedPerson.email': 'E-mail do responsável',
    payment: 'Forma de pagamento',
    'payment.method': 'Forma de pagamento',
    'payment.provider': 'Forma de pagamento',
    'payment.cardToken': 'Cartão de crédito',
    'card.number': 'Número do cartão',
    'card.holderName': 'Nome impresso no cartão',
    'card.expiry': 'Validade',
    'card.cvv': 'CVV',
    attachmentIds: 'Anexos',
    acceptedTerms: 'Termos',
  };
  return labels[path] ?? path;
}

function validateCustomer(values: CheckoutFormValues, rules: CheckoutFormRules, errors: FieldErrors): void {
  const isCompany = values.kind === 'company';

  if (!values.name.trim()) {
    errors['customer.name'] = [isCompany ? 'Informe a razão social.' : 'Informe o nome completo.'];
  }

  if (!values.email.trim()) {
    errors['customer.email'] = ['Informe o e-mail.'];
  } else if (!isValidEmail(values.email)) {
    errors['customer.email'] = ['E-mail inválido. Use o formato nome@exemplo.com.br.'];
  }

  if (!values.document.trim()) {
    errors['customer.document'] = [isCompany ? 'Informe o CNPJ.' : 'Informe o CPF.'];
  } else if (isCompany ? !isValidCnpj(values.document) : !isValidCpf(values.document)) {
    errors['customer.document'] = [isCompany ? 'CNPJ inválido.' : 'CPF inválido.'];
  }

  if (rules.phone.visible) {
    const digits = onlyDigits(values.phone);
    if (!digits && rules.phone.required) {
      errors['customer.phone'] = ['Informe o telefone.'];
    } else if (digits && digits.length !== 10 && digits.length !== 11) {
      errors['customer.phone'] = ['Telefone inválido. Informe DDD e número.'];
    }
  }

  if (rules.password.visible) {
    if (!values.password && rules.password.required) {
      errors['customer.password'] = ['Informe uma senha.'];
    } else if (values.password && !isAcceptedPassword(values.password)) {
      errors['customer.password'] = [`A senha deve ter pelo menos ${minimumPasswordLength} caracteres, com letras e números.`];
    }
  }
}

/** Mirrors the API's rule: a minimum length, with at least one letter and one digit. */
function isAcceptedPassword(password: string): boolean {
  return password.length >= minimumPasswordLength && /\p{L}/u.test(password) && /\d/.test(password);
}

function validateAddress(values: CheckoutFormValues, rules: CheckoutFormRules, errors: FieldErrors): void {
  // An optional address may stay empty, but once started it must be complete.
  if (!rules.address.visible || (!rules.address.required && isAddressEmpty(values.address))) {
    return;
  }
  const messages: Record<(typeof requiredAddressFields)[number], string> = {
    postalCode: 'Informe o CEP.',
    street: 'Informe a rua.',
    number: 'Informe o número.',
    district: 'Informe o bairro.',
    city: 'Informe a cidade.',
    state: 'Informe a UF.',
  };
  for (const field of requiredAddressFields) {
    if (!values.address[field].trim()) {
      errors[`customer.address.${field}`] = [messages[field]];
    }
  }
  const postalCode = onlyDigits(values.address.postalCode);
  if (postalCode && postalCode.length !== 8) {
    errors['customer.address.postalCode'] = ['CEP inválido. Use 8 dígitos.'];
  }
}

function validateLinkedPerson(values: CheckoutFormValues, errors: FieldErrors): void {
  const person = values.linkedPerson;
  if (!person.name.trim()) {
    errors['linkedPerson.name'] = ['Informe o nome do responsável.'];
  }
  if (!person.document.trim()) {
    errors['linkedPerson.document'] = ['Informe o CPF do responsável.'];
  } else if (!isValidCpf(person.document)) {
    errors['linkedPerson.document'] = ['CPF inválido.'];
  }
  if (!person.email.trim()) {
    errors['linkedPerson.email'] = ['Informe o e-mail do responsável.'];
  } else if (!isValidEmail(person.email)) {
    errors['linkedPerson.email'] = ['E-mail inválido. Use o formato nome@exemplo.com.br.'];
  }
}

/** Checks the customer, address, responsible person, payment choice and terms. validateCard checks the card fields. */
export function validateCheckoutForm(values: CheckoutFormValues, rules: CheckoutFormRules): FieldErrors {
  const errors: FieldErrors = {};
  validateCustomer(values, rules, errors);
  validateAddress(values, rules, errors);
  if (values.kind === 'company') {
    validateLinkedPerson(values, errors);
  }
  if (!rules.selectedPayment) {
    errors['payment.method'] = ['Escolha a forma de pagamento.'];
  }
  if (rules.attachments.required && values.attachments.length === 0) {
    errors.attachmentIds = ['Envie pelo menos um arquivo.'];
  }
  if (!values.acceptedTerms) {
    errors.acceptedTerms = ['É preciso aceitar os termos para continuar.'];
  }
  return errors;
}

function normalizeDocument(kind: CustomerKind, document: string): string {
  return kind === 'company' ? normalizeCnpj(document) : onlyDigits(document);
}

/**
 * Builds the POST body. Documents, phone and CEP go without punctuation. Phone, password and
 * address are left out when hidden or empty, and `cardToken` is set only for card payments.
 */
export function buildCheckoutRequest(
  values: CheckoutFormValues,
  rules: CheckoutFormRules,
  cardToken: string | null,
): CreateCheckoutRequest {
  const payment = rules.selectedPayment;
  if (!payment) {
    throw new Error('No payment option is selected');
  }

  const customer: CreateCheckoutRequest['customer'] = {
    kind: values.kind,
    name: values.name.trim(),
    document: normalizeDocument(values.kind, values.document),
    email: values.email.trim(),
  };
  if (rules.phone.visible && onlyDigits(values.phone)) {
    customer.phone = onlyDigits(values.phone);
  }
  if (rules.password.visible && values.password) {
    customer.password = values.password;
  }
  if (rules.address.visible && !isAddressEmpty(values.address)) {
    const address = values.address;
    customer.address = {
      street: address.street.trim(),
      number: address.number.trim(),
      complement: address.complement.trim(),
      district: address.district.trim(),
      city: address.city.trim(),
      state: address.state,
      postalCode: onlyDigits(address.postalCode),
    };
  }

  const linkedPerson =
    values.kind === 'company'
      ? {
          name: values.linkedPerson.name.trim(),
          document: onlyDigits(values.linkedPerson.document),
          email: values.linkedPerson.email.trim(),
        }
      : null;

  const paymentRequest: CreateCheckoutRequest['payment'] = {
    method: payment.method,
    provider: payment.provider,
  };
  if (payment.method === 'card' && cardToken) {
    paymentRequest.cardToken = cardToken;
  }

  return {
    customer,
    linkedPerson,
    payment: paymentRequest,
    attachmentIds: rules.attachments.visible ? values.attachments.map((attachment) => attachment.id) : [],
    acceptedTerms: values.acceptedTerms,
  };
}
