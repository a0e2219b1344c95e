import type { ContractsPerDay } from '../api/types';

/** Builds two days of counts: none on the first, two online contracts (Pix and card) on the second. */
export function makeContractsPerDay(): ContractsPerDay {
  const empty = { onlineContracting: 0, manual: 0, import: 0 };
  return {
    from: '2027-02-06',
    to: '2027-02-07',
    days: [
      { date: '2027-02-06', total: 0, byRegisteredBy: empty, byPaymentMethod: { card: 0, pix: 0, boleto: 0 } },
      { date: '2027-02-07', total: 2, byRegisteredBy: { ...empty, onlineContracting: 2 }, byPaymentMethod: { card: 1, pix: 1, boleto: 0 } },
    ],
  };
}

/** Builds two days without any contract. */
export function makeEmptyContractsPerDay(): ContractsPerDay {
  const empty = { onlineContracting: 0, manual: 0, import: 0 };
  const noMethods = { card: 0, pix: 0, boleto: 0 };
  return {
    from: '2027-02-06',
    to: '2027-02-07',
    days: [
      { date: '2027-02-06', total: 0, byRegisteredBy: empty, byPaymentMethod: noMethods },
      { date: '2027-02-07', total: 0, byRegisteredBy: empty, byPaymentMethod: noMethods },
    ],
  };
}
