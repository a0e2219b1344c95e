import { describe, expect, it } from 'vitest';
import { maskCardExpiry, maskCardNumber, maskCnpj, maskCpf, maskPhone, maskPostalCode } from './masks';

describe('maskCpf', () => {
  it.each([
    ['52998224725', '529.982.247-25'],
    ['529982', '529.982'],
    ['5299', '529.9'],
    ['529.982.247-25999', '529.982.247-25'],
    ['abc529', '529'],
  ])('formats %s as %s', (input, expected) => {
    expect(maskCpf(input)).toBe(expected);
  });
});

describe('maskCnpj', () => {
  it.each([
    ['11222333000181', '11.222.333/0001-81'],
    ['12abc34501de35', '12.ABC.345/01DE-35'],
    ['12.abc.345/01de-35', '12.ABC.345/01DE-35'],
    ['12ABC34501DEXY', '12.ABC.345/01DE'],
    ['12ABC34501DE3599', '12.ABC.345/01DE-35'],
    ['12ABC', '12.ABC'],
  ])('formats %s as %s', (input, expected) => {
    expect(maskCnpj(input)).toBe(expected);
  });
});

describe('other masks', () => {
  it.each([
    [maskPhone, '11987654321', '(11) 98765-4321'],
    [maskPhone, '1133334444', '(11) 3333-4444'],
    [maskPhone, '119', '(11) 9'],
    [maskPostalCode, '01310100', '01310-100'],
    [maskPostalCode, '01310-1009', '01310-100'],
    [maskCardNumber, '4111111111111111', '4111 1111 1111 1111'],
    [maskCardExpiry, '1229', '12/29'],
    [maskCardExpiry, '1', '1'],
  ])('%o formats %s as %s', (mask, input, expected) => {
    expect(mask(input)).toBe(expected);
  });
});
