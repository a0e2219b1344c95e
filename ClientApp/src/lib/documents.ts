import { normalizeCnpjChars, onlyDigits } from './masks';

function isRepeatedCharacter(value: string): boolean {
  return /^(.)\1*$/.test(value);
}

/** Computes a mod-11 check digit: 0 when the remainder is below 2, else 11 minus the remainder. */
function mod11CheckDigit(values: number[], weights: number[]): number {
  let sum = 0;
  values.forEach((value, index) => {
    sum += value * weights[index];
  });
  const remainder = sum % 11;
  return remainder < 2 ? 0 : 11 - remainder;
}

/** Checks a CPF, masked or not: 11 digits, not all equal, and both check digits correct. */
export function isValidCpf(value: string): boolean {
  const digits = onlyDigits(value);
  if (digits.length !== 11 || /[^\d.\-\s]/.test(value) || isRepeatedCharacter(digits)) {
    return false;
  }
  const numbers = [...digits].map(Number);
  const first = mod11CheckDigit(numbers.slice(0, 9), [10, 9, 8, 7, 6, 5, 4, 3, 2]);
  const second = mod11CheckDigit(numbers.slice(0, 10), [11, 10, 9, 8, 7, 6, 5, 4, 3, 2]);
  return numbers[9] === first && numbers[10] === second;
}

/** Returns the CNPJ without punctuation and with letters upper-cased, e.g. "12ABC34501DE35". */
export function normalizeCnpj(value: string): string {
  return normalizeCnpjChars(value);
}

/**
 * Checks a numeric or alphanumeric CNPJ, masked or not. Each character counts as its ASCII
 * code minus 48 (so "0"–"9" are 0–9 and "A" is 17), which is the Receita Federal rule that
 * keeps the old numeric check digits valid.
 */
export function isValidCnpj(value: string): boolean {
  if (/[^0-9A-Za-z.\/\-\s]/.test(value)) {
    return false;
  }
  const chars = value.replace(/[.\/\-\s]/g, '').toUpperCase();
  if (!/^[0-9A-Z]{12}\d{2}$/.test(chars) || isRepeatedCharacter(chars)) {
    return false;
  }
  const values = [...chars].map((char) => char.charCodeAt(0) - 48);
  const first = mod11CheckDigit(values.slice(0, 12), [5, 4, 3, 2, 9, 8, 7, 6, 5, 4, 3, 2]);
  const second = mod11CheckDigit(values.slice(0, 13), [6, 5, 4, 3, 2, 9, 8, 7, 6, 5, 4, 3, 2]);
  return values[12] === first && values[13] === second;
}

/** Checks the shape name@domain.tld; the server decides whether the address is deliverable. */
export function isValidEmail(value: string): boolean {
  return /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(value.trim());
}
