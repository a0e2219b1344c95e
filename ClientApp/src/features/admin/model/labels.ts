import type { ActivationPolicy, ContractStatus, RegisteredBy } from '../api/types';

/** pt-BR labels of the API's enum values, as the admin screens show them. */
export const registeredByLabels: Record<RegisteredBy, string> = {
  onlineContracting: 'Contratação online',
  manual: 'Manual',
  import: 'Importação',
};

export const contractStatusLabels: Record<ContractStatus, string> = {
  awaitingPayment: 'Aguardando pagamento',
  active: 'Ativo',
  suspended: 'Suspenso por atraso',
  terminated: 'Encerrado',
  cancelled: 'Cancelado sem pagamento',
};

export const paymentMethodLabels: Record<string, string> = {
  pix: 'Pix',
  card: 'Cartão',
  boleto: 'Boleto',
};

export const providerLabels: Record<string, string> = {
  efi: 'EFI',
  inter: 'Banco Inter',
};

export const activationPolicyLabels: Record<ActivationPolicy, string> = {
  afterFirstPayment: 'Após o primeiro pagamento',
  immediate: 'Imediato (antes do pagamento)',
};

export const chargeStatusLabels: Record<string, string> = {
  pending: 'Pendente',
  processing: 'Gerando boleto',
  awaitingPayment: 'Aguardando pagamento',
  approved: 'Aprovada',
  paid: 'Paga',
  declined: 'Recusada',
  cancelled: 'Cancelada',
  overdue: 'Vencida',
  writtenOff: 'Baixada',
};

export const signatureStatusLabels: Record<string, string> = {
  notRequested: 'Não solicitada',
  sent: 'Enviada',
  signed: 'Assinada',
  cancelled: 'Cancelada',
};

export const emailStatusLabels: Record<string, string> = {
  queued: 'Na fila',
  sent: 'Enviado',
  failed: 'Falhou',
  recorded: 'Registrado, sem envio',
};

export const formFieldLabels = {
  password: 'Senha da Área do Cliente',
  address: 'Endereço',
  phone: 'Telefone',
  companyData: 'Dados da empresa',
  attachments: 'Anexos',
} as const;

export type FormFieldName = keyof typeof formFieldLabels;

export const auditActionLabels: Record<string, string> = {
  'contract.created': 'Contrato criado',
  'contract.terminated': 'Contrato encerrado',
  'contract.cancelled': 'Contratação cancelada',
  'contract.suspended': 'Acesso suspenso',
  'contract.attachments-deleted': 'Arquivos apagados',
  'charge.overdue': 'Cobrança vencida',
  'charge.written-off': 'Cobrança baixada',
  'charge.paid-after-cancellation': 'Pago depois do cancelamento (crédito do cliente)',
  'charge.settled-by-credit': 'Quitada com pagamento de cobrança cancelada',
  'charge.paid': 'Cobrança paga',
  'charge.paid-manually': 'Pagamento registrado pela equipe',
  'charge.paid-twice': 'Pago de novo no provedor (crédito do cliente)',
  'charge.approved': 'Cartão aprovado',
  'charge.declined': 'Pagamento recusado',
  'charge.reissued': 'Cobrança reemitida após recusa do cartão',
  'charge.retried': 'Nova tentativa de pagamento',
  'charge.closed-by-provider': 'Boleto baixado ou cancelado pelo banco',
  'contract.resumed': 'Acesso reaberto',
  'contract.signature-sent': 'Enviado para assinatura',
  'contract.signature-reminded': 'Lembrete de assinatura',
  'contract.signed': 'Contrato assinado',
  'contract.signature-cancelled': 'Assinatura cancelada',
};

/** Describes who acted in an audit entry: a team member (by name, when known), the customer or a payment provider. */
export function actorLabel(actor: string, actorName?: string | null): string {
  if (actor === 'customer') {
    return 'Cliente (contratação online)';
  }
  if (actor.startsWith('provider:')) {
    const provider = actor.slice('provider:'.length);
    return provider === 'd4sign' ? 'D4Sign' : labelOf(providerLabels, provider);
  }
  if (actor.startsWith('user:')) {
    return actorName ? `Equipe (${actorName})` : 'Equipe';
  }
  if (actor === 'system') {
    return 'Sistema (automático)';
  }
  return actor;
}

/** Returns the label of a value, or the value itself when no label exists. */
export function labelOf(labels: Record<string, string>, value: string): string {
  return labels[value] ?? value;
}
