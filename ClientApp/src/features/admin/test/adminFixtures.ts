import type { Contract, Plan, Readiness, Tenant, TerminationPreview, Unit } from '../api/types';

export function makeTenant(overrides: Partial<Tenant> = {}): Tenant {
  return {
    id: 'tenant-1',
    name: 'Demo Coworking',
    tier: 'pro',
    timeZoneId: 'America/Sao_Paulo',
    onlineContractingAvailable: true,
    onlineContractingOffered: false,
    canChangeSettings: true,
    sendsContractsForSignature: false,
    ...overrides,
  };
}

export function makeUnit(overrides: Partial<Unit> = {}): Unit {
  return {
    id: 'unit-1',
    name: 'Unidade Centro',
    notificationEmail: null,
    effectiveNotificationEmail: 'contato@demo.local',
    ...overrides,
  };
}

export function makeAdminPlan(overrides: Partial<Plan> = {}): Plan {
  return {
    id: 'plan-1',
    name: 'Estação fixa',
    description: 'Mesa dedicada',
    unitId: 'unit-1',
    monthlyPrice: 350,
    adhesionFee: 100,
    activationPolicy: 'afterFirstPayment',
    quotas: [{ resource: 'Sala de reunião', amount: 10, unit: 'horas' }],
    paymentOptions: [{ method: 'pix', provider: 'efi' }],
    form: {
      password: { enabled: false, required: false },
      address: { enabled: true, required: false },
      phone: { enabled: true, required: true },
      companyData: { enabled: true, required: false },
      attachments: { enabled: false, required: false },
    },
    isActive: true,
    checkoutPath: '/checkout/token-1',
    checkoutUrl: 'http://localhost:5197/checkout/token-1',
    warnings: [],
    contractTemplate: null,
    contractPlaceholders: ['cliente', 'documento', 'plano', 'mensalidade', 'inicio'],
    ...overrides,
  };
}

export function makeReadiness(overrides: Partial<Readiness> = {}): Readiness {
  return {
    ready: false,
    items: [
      { code: 'tier', status: 'ok', optional: false, message: 'O plano da sua assinatura inclui a contratação online.', fixPath: '/admin/configuracoes', fixLabel: 'Configurações > Módulos opcionais' },
      { code: 'active-plan', status: 'missing', optional: false, message: 'Nenhum plano ativo.', fixPath: '/admin/planos', fixLabel: 'Planos' },
    ],
    warnings: [],
    ...overrides,
  };
}

export function makeContract(overrides: Partial<Contract> = {}): Contract {
  return {
    id: 'contract-1',
    customerId: 'customer-1',
    customerName: 'Maria Souza',
    customer: { kind: 'person', document: '***.982.247-**', email: 'maria@example.com', phone: '11987654321', contactName: null, contactEmail: null },
    planName: 'Estação fixa',
    registeredBy: 'onlineContracting',
    status: 'active',
    startDate: '2027-02-06',
    dueDay: 6,
    endDate: null,
    monthlyPrice: 350,
    adhesionFee: 100,
    activationPolicy: 'afterFirstPayment',
    paymentMethod: 'pix',
    signatureStatus: 'notRequested',
    charges: [{ id: 'charge-1', periodIndex: 0, purpose: 'regular', dueDate: '2027-02-06', amount: 450, status: 'paid', declineReason: null, paidOn: '2027-02-06', settledOutsideProvider: false }],
    quotas: [{ periodStart: '2027-02-06', periodEnd: '2027-03-05', resource: 'Sala de reunião', amount: 10, unit: 'horas' }],
    creditAmount: 0,
    audit: [
      { action: 'contract.created', actor: 'customer', occurredAt: '2027-02-06T15:00:00+00:00', details: 'Contratação online do plano Estação fixa.' },
      { action: 'charge.paid', actor: 'provider:efi', occurredAt: '2027-02-06T15:05:00+00:00', details: null },
    ],
    attachments: [],
    payUntil: null,
    cancelledAt: null,
    cancellationReason: null,
    ...overrides,
  };
}

export function makeTerminationPreview(overrides: Partial<TerminationPreview> = {}): TerminationPreview {
  return {
    contractId: 'contract-1',
    endDate: '2027-03-20',
    periodStart: '2027-03-06',
    nextDueDate: '2027-04-06',
    usedDays: 15,
    periodDays: 31,
    monthlyPrice: 350,
    proRataAmount: 169.35,
    replacementChargeAmount: 169.35,
    replacementAdhesionAmount: 0,
    replacementDueDate: '2027-03-06',
    creditAmount: 0,
    chargesToCancel: [{ id: 'charge-2', dueDate: '2027-03-06', amount: 350, status: 'awaitingPayment' }],
    periodsToBill: [],
    creditedCharges: [],
    ...overrides,
  };
}
