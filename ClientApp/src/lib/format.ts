const currencyFormatter = new Intl.NumberFormat('pt-BR', { style: 'currency', currency: 'BRL' });
const numberFormatter = new Intl.NumberFormat('pt-BR');

/** Formats an amount in reais as "R$ 1.234,56" (Intl puts a no-break space after "R$"). */
export function formatCurrency(amount: number): string {
  return currencyFormatter.format(amount);
}

/**
 * Formats an ISO date ("2025-03-07") as "07/03/2025". The string is split instead of parsed
 * with Date, because Date would read it as UTC midnight and show the day before in Brazil.
 */
export function formatDate(isoDate: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(isoDate);
  if (!match) {
    return isoDate;
  }
  const [, year, month, day] = match;
  return `${day}/${month}/${year}`;
}

export interface Quota {
  resource: string;
  amount: number;
  unit: string;
}

/** Describes a quota as "10 horas de sala de reunião". */
export function formatQuota(quota: Quota): string {
  const amount = numberFormatter.format(quota.amount);
  const resource = quota.resource.charAt(0).toLocaleLowerCase('pt-BR') + quota.resource.slice(1);
  if (!quota.unit.trim()) {
    return `${amount} ${resource}`;
  }
  return `${amount} ${quota.unit} de ${resource}`;
}
