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

/** The IANA time zone of a tenant that has none, or whose zone this browser does not know. */
export const defaultTimeZone = 'America/Sao_Paulo';

const dateTimeFormatters = new Map<string, Intl.DateTimeFormat>();

/** Builds the "dd/mm/aaaa, hh:mm" formatter of a zone once and caches it. A zone that Intl rejects gets the default zone's formatter. */
function dateTimeFormatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = dateTimeFormatters.get(timeZone);
  if (formatter) {
    return formatter;
  }
  try {
    formatter = new Intl.DateTimeFormat('pt-BR', { dateStyle: 'short', timeStyle: 'short', timeZone });
  } catch (error) {
    // Intl throws a RangeError for a zone name it does not know, and for an empty one.
    if (!(error instanceof RangeError) || timeZone === defaultTimeZone) {
      throw error;
    }
    formatter = dateTimeFormatterFor(defaultTimeZone);
  }
  dateTimeFormatters.set(timeZone, formatter);
  return formatter;
}

/**
 * Formats an ISO instant ("2027-02-06T02:30:00Z") as "05/02/2027, 23:30", the wall-clock time in `timeZone`
 * (an IANA name such as the tenant's timeZoneId), whatever the browser's own zone is. An invalid zone falls
 * back to America/Sao_Paulo. A string that is not a date is returned unchanged.
 */
export function formatDateTime(instant: string, timeZone: string): string {
  const date = new Date(instant);
  if (Number.isNaN(date.getTime())) {
    return instant;
  }
  return dateTimeFormatterFor(timeZone).format(date);
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

/** Writes a count with the singular or the plural noun phrase, as in "1 contrato encontrado" and "2 contratos encontrados". */
export function formatCount(count: number, singular: string, plural: string): string {
  return `${count} ${count === 1 ? singular : plural}`;
}
