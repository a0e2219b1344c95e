import { describe, expect, it } from 'vitest';
import { advanceInstant, offsetOf } from './testClock';

describe('advanceInstant', () => {
  it.each([
    ['2027-01-31T15:00:00-03:00', 'day', '2027-02-01T15:00:00-03:00'],
    ['2027-02-25T15:00:00-03:00', 'week', '2027-03-04T15:00:00-03:00'],
    ['2027-01-31T15:00:00-03:00', 'month', '2027-02-28T15:00:00-03:00'],
    ['2028-01-31T09:30-03:00', 'month', '2028-02-29T09:30-03:00'],
    ['2027-12-15T18:00:00Z', 'month', '2028-01-15T18:00:00Z'],
  ] as const)('moves %s by a %s', (instant, step, expected) => {
    expect(advanceInstant(instant, step)).toBe(expected);
  });

  it('rejects an instant without offset', () => {
    expect(() => advanceInstant('2027-01-31T15:00:00', 'day')).toThrow();
  });

  it('reads the offset', () => {
    expect(offsetOf('2027-01-31T15:00:00-03:00')).toBe('-03:00');
  });
});
