import { describe, expect, it } from 'vitest';
import { formatCurrency, formatDate, formatQuota } from './format';

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

describe('formatQuota', () => {
  it('joins amount, unit and lower-cased resource', () => {
    expect(formatQuota({ resource: 'Sala de reunião', amount: 10, unit: 'horas' })).toBe('10 horas de sala de reunião');
  });

  it('leaves out an empty unit', () => {
    expect(formatQuota({ resource: 'Armários', amount: 1, unit: '' })).toBe('1 armários');
  });
});
