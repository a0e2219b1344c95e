import { onlyDigits } from '../../../lib/masks';
import type { FieldErrors } from '../../../lib/problemDetails';

export interface CardValues {
  number: string;
  holderName: string;
  /** MM/AA as typed. */
  expiry: string;
  cvv: string;
}

export const emptyCard: CardValues = { number: '', holderName: '', expiry: '', cvv: '' };

/** Error keys of the card fields. They never reach the server, which receives only `payment.cardToken`. */
export const cardFieldPaths = {
  number: 'card.number',
  holderName: 'card.holderName',
  expiry: 'card.expiry',
  cvv: 'card.cvv',
} as const;

/** Runs the Luhn (mod 10) checksum that every payment card number satisfies. */
export function passesLuhn(digits: string): boolean {
  let sum = 0;
  for (let index = 0; index < digits.length; index += 1) {
    let digit = Number(digits[digits.length - 1 - index]);
    if (index % 2 === 1) {
      digit *= 2;
      if (digit > 9) {
        digit -= 9;
      }
    }
    sum += digit;
  }
  return sum % 10 === 0;
}

/** Tells whether a card number has 13–19 digits and passes the Luhn checksum. */
export function isValidCardNumber(value: string): boolean {
  const digits = onlyDigits(value);
  return digits.length >= 13 && digits.length <= 19 && passesLuhn(digits);
}

/** Checks the four card fields; `now` decides whether the card has expired. */
export function validateCard(card: CardValues, now: Date = new Date()): FieldErrors {
  const errors: FieldErrors = {};

  if (!onlyDigits(card.number)) {
    errors[cardFieldPaths.number] = ['Informe o número do cartão.'];
  } else if (!isValidCardNumber(card.number)) {
    errors[cardFieldPaths.number] = ['Número do cartão inválido.'];
  }

  if (!card.holderName.trim()) {
    errors[cardFieldPaths.holderName] = ['Informe o nome impresso no cartão.'];
  }

  const expiry = /^(\d{2})\/(\d{2})$/.exec(card.expiry);
  const month = expiry ? Number(expiry[1]) : 0;
  if (!card.expiry.trim()) {
    errors[cardFieldPaths.expiry] = ['Informe a validade do cartão (MM/AA).'];
  } else if (!expiry || month < 1 || month > 12) {
    errors[cardFieldPaths.expiry] = ['Validade inválida. Use MM/AA.'];
  } else {
    const year = 2000 + Number(expiry[2]);
    // A card is valid until the last day of its expiry month.
    const firstDayAfterExpiry = new Date(year, month, 1);
    if (firstDayAfterExpiry <= now) {
      errors[cardFieldPaths.expiry] = ['Cartão vencido.'];
    }
  }

  if (!card.cvv.trim()) {
    errors[cardFieldPaths.cvv] = ['Informe o CVV, os 3 ou 4 dígitos do verso do cartão.'];
  } else if (!/^\d{3,4}$/.test(card.cvv)) {
    errors[cardFieldPaths.cvv] = ['CVV inválido. Use os 3 ou 4 dígitos do verso do cartão.'];
  }

  return errors;
}

/** The plan uses a card tokenizer that this app cannot run. */
export class CardTokenizerUnavailableError extends Error {
  constructor(tokenizer: string | null) {
    super(`Card tokenizer "${tokenizer ?? 'none'}" is not supported`);
    this.name = 'CardTokenizerUnavailableError';
  }
}

/**
 * Turns card data into the token the server charges, so the card number never leaves the
 * browser. The "sandbox" tokenizer works offline: a number ending in 0002 gives
 * "sandbox-declined" and any other valid number gives "sandbox-approved".
 * Throws CardTokenizerUnavailableError for any other tokenizer.
 */
export async function tokenizeCard(tokenizer: string | null, card: CardValues): Promise<string> {
  if (tokenizer === 'sandbox') {
    return onlyDigits(card.number).endsWith('0002') ? 'sandbox-declined' : 'sandbox-approved';
  }
  // TODO: load the payment provider's tokenization script (Efí) for real card payments.
  throw new CardTokenizerUnavailableError(tokenizer);
}
