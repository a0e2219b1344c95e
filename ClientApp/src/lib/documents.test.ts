import { describe, expect, it } from 'vitest';
import { isValidCnpj, isValidCpf, isValidEmail, normalizeCnpj } from './documents';

describe('isValidCpf', () => {
  it.each(['529.982.247-25', '52998224725', '000.000.001-91'])('accepts %s', (cpf) => {
    expect(isValidCpf(cpf)).toBe(true);
  });

  it.each([
    ['529.982.247-24', 'wrong second check digit'],
    ['529.982.247-15', 'wrong first check digit'],
    ['111.111.111-11', 'all digits equal'],
    ['000.000.000-00', 'all zeros'],
    ['529.982.247-2', 'too short'],
    ['529.982.247-250', 'too long'],
    ['529.982.247-2A', 'letter'],
    ['', 'empty'],
  ])('rejects %s (%s)', (cpf) => {
    expect(isValidCpf(cpf)).toBe(false);
  });
});

describe('isValidCnpj', () => {
  it.each(['11.222.333/0001-81', '11222333000181', '12.ABC.345/01DE-35', '12ABC34501DE35', '12.abc.345/01de-35'])(
    'accepts %s',
    (cnpj) => {
      expect(isValidCnpj(cnpj)).toBe(true);
    },
  );

  it.each([
    ['12.ABC.345/01DE-53', 'check digits swapped'],
    ['11.222.333/0001-82', 'wrong second check digit'],
    ['11.222.333/0001-91', 'wrong first check digit'],
    ['11.111.111/1111-11', 'all characters equal'],
    ['AA.AAA.AAA/AAAA-AA', 'letters in the check digits'],
    ['12.ABC.345/01DE-3', 'too short'],
    ['12.AB*.345/01DE-35', 'symbol'],
    ['', 'empty'],
  ])('rejects %s (%s)', (cnpj) => {
    expect(isValidCnpj(cnpj)).toBe(false);
  });
});

describe('normalizeCnpj', () => {
  it('upper-cases and strips punctuation', () => {
    expect(normalizeCnpj('12.abc.345/01de-35')).toBe('12ABC34501DE35');
  });
});

describe('isValidEmail', () => {
  it.each(['ana@example.com', 'ana.souza+conexa@empresa.com.br', ' ana@example.com '])('accepts %s', (email) => {
    expect(isValidEmail(email)).toBe(true);
  });

  it.each(['ana', 'ana@', 'ana@example', '@example.com', 'ana souza@example.com', 'ana@@example.com'])(
    'rejects %s',
    (email) => {
      expect(isValidEmail(email)).toBe(false);
    },
  );
});
