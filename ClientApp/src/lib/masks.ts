/** Removes every character that is not a decimal digit. */
export function onlyDigits(value: string): string {
  return value.replace(/\D/g, '');
}

/**
 * Places `chars` into the `#` slots of `pattern`. A literal (".", "/", "-", " ") is written
 * only when a character follows it, so deleting backwards never gets stuck on a separator.
 */
function applyPattern(chars: string, pattern: string): string {
  let result = '';
  let next = 0;
  for (const slot of pattern) {
    if (next >= chars.length) {
      break;
    }
    if (slot === '#') {
      result += chars[next];
      next += 1;
    } else {
      result += slot;
    }
  }
  return result;
}

export function maskCpf(value: string): string {
  return applyPattern(onlyDigits(value).slice(0, 11), '###.###.###-##');
}

/**
 * Keeps the characters a CNPJ allows, in order, up to 14. An alphanumeric CNPJ may have A–Z
 * or 0–9 in its first 12 characters, while the two check digits stay numeric. Letters are
 * upper-cased.
 */
export function normalizeCnpjChars(value: string): string {
  const upper = value.toUpperCase();
  let result = '';
  for (const char of upper) {
    if (result.length === 14) {
      break;
    }
    const isDigit = char >= '0' && char <= '9';
    const isLetter = char >= 'A' && char <= 'Z';
    if (isDigit || (isLetter && result.length < 12)) {
      result += char;
    }
  }
  return result;
}

/** Formats a numeric or alphanumeric CNPJ as 00.000.000/0000-00. */
export function maskCnpj(value: string): string {
  return applyPattern(normalizeCnpjChars(value), '##.###.###/####-##');
}

/** Formats a Brazilian phone with area code: (00) 00000-0000 for mobiles, (00) 0000-0000 for landlines. */
export function maskPhone(value: string): string {
  const digits = onlyDigits(value).slice(0, 11);
  const pattern = digits.length === 11 ? '(##) #####-####' : '(##) ####-####';
  return applyPattern(digits, pattern);
}

export function maskPostalCode(value: string): string {
  return applyPattern(onlyDigits(value).slice(0, 8), '#####-###');
}

/** Groups a card number in blocks of four; card numbers have at most 19 digits (ISO/IEC 7812). */
export function maskCardNumber(value: string): string {
  return applyPattern(onlyDigits(value).slice(0, 19), '#### #### #### #### ###');
}

export function maskCardExpiry(value: string): string {
  return applyPattern(onlyDigits(value).slice(0, 4), '##/##');
}
