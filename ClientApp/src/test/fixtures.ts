import type { Checkout, CheckoutPayment } from '../features/checkout/api/getCheckout';
import type { PublicPlan } from '../features/checkout/api/getPublicPlan';

export function makePlan(overrides: Partial<PublicPlan> = {}): PublicPlan {
  return {
    name: 'Coworking Flex',
    description: 'Acesso às mesas compartilhadas de segunda a sexta.',
    tenantName: 'Espaço Centro',
    monthlyPrice: 1234.56,
    adhesionFee: 100,
    firstPaymentAmount: 1334.56,
    activationPolicy: 'afterFirstPayment',
    quotas: [{ resource: 'Sala de reunião', amount: 10, unit: 'horas' }],
    paymentOptions: [
      { method: 'pix', provider: 'efi' },
      { method: 'card', provider: 'efi' },
    ],
    form: {
      password: { enabled: false, required: false },
      address: { enabled: false, required: false },
      phone: { enabled: true, required: false },
      companyData: { enabled: true, required: false },
      attachments: { enabled: false, required: false },
    },
    maxAttachmentBytes: 10 * 1024 * 1024,
    cardTokenizer: 'sandbox',
    sandbox: true,
    ...overrides,
  };
}

export function makePayment(overrides: Partial<CheckoutPayment> = {}): CheckoutPayment {
  return {
    method: 'pix',
    provider: 'efi',
    status: 'awaitingPayment',
    amount: 1334.56,
    dueDate: '2025-03-07',
    pixCopyPaste: '00020126580014br.gov.bcb.pix0136sandbox-pix-code',
    pixQrCodeImage: '/api/public/charges/0b7d9e61-3a52-4c8f-b1e4-7a2c5d9f8e13/pix-qrcode.png',
    boletoDigitableLine: null,
    boletoBarcode: null,
    boletoPdfUrl: null,
    declineReason: null,
    ...overrides,
  };
}

export function makeCheckout(overrides: Partial<Checkout> = {}, payment: Partial<CheckoutPayment> = {}): Checkout {
  return {
    checkoutId: 'chk-1',
    contractId: 'ctr-1',
    status: 'awaitingPayment',
    clientAreaEnabled: false,
    payment: makePayment(payment),
    signatureStatus: 'notRequested',
    contractCancelled: false,
    cancellationReason: null,
    payUntil: null,
    ...overrides,
  };
}
