import { describe, expect, it } from 'vitest';
import { formatCurrency, formatDate, formatDateTime, formatQuota } from './format';

describe('formatCurrency', () => {
  it('uses pt-BR separators and the real sign', () => {
    expect(formatCurrency(1234.56).replace(/\s/g, ' ')).toBe('R$ 1.234,56');
  });
});

describe('formatDate', () => {
  it('formats an ISO date without a time zone shift', () => {
    expect(formatDate('2025-03-01')).toBe('01/03/2025');
  });
});

describe('formatDateTime', () => {
  // 02:30 UTC is still the evening before in Brazil, so a browser zone leaking in shows the wrong day.
  const lateNightUtc = '2027-02-06T02:30:00Z';

  it('shows the wall-clock time of the given zone', () => {
    expect(formatDateTime(lateNightUtc, 'America/Sao_Paulo')).toBe('05/02/2027, 23:30');
    expect(formatDateTime(lateNightUtc, 'America/Manaus')).toBe('05/02/2027, 22:30');
    expect(formatDateTime(lateNightUtc, 'UTC')).toBe('06/02/2027, 02:30');
  });

  it('reads the offset of the instant', () => {
    expect(formatDateTime('2027-02-05T23:30:00-03:00', 'America/Manaus')).toBe('05/02/2027, 22:30');
    expect(formatDateTime('2027-02-06T11:30:00+09:00', 'America/Sao_Paulo')).toBe('05/02/2027, 23:30');
  });

  it('falls back to Sao Paulo for an invalid zone', () => {
    expect(formatDateTime(lateNightUtc, 'Mars/Olympus')).toBe('05/02/2027, 23:30');
    expect(formatDateTime(lateNightUtc, '')).toBe('05/02/2027, 23:30');
  });

  it('returns a non-date string unchanged', () => {
    expect(formatDateTime('not a date', 'America/Sao_Paulo')).toBe('not a date');
  });
});

describe('formatQuota', () => {
  it('joins amount, unit and lower-cased resource', () => {
    expect(formatQuota({ resource: 'Sala de reunião', amount: 10, unit: 'horas' })).toBe('10 horas de sala de reunião');
  });

  it('leaves out an empty unit', () => {
    expect(formatQuota({ resource: 'Armários', amount: 1, unit: '' })).toBe('1 armários');
  });
});
