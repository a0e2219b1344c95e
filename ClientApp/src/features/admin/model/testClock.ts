/** The tenant's clock as GET /api/sandbox/test-clock returns it. */
export interface TestClock {
  frozen: boolean;
  /** ISO 8601 with the tenant's offset, such as "2027-01-31T15:00:00-03:00". */
  instant: string;
  localDate: string;
  timeZone: string;
}

export type ClockStep = 'day' | 'week' | 'month';

/**
 * Window event sent after the test clock was set or advanced, so the banner and the screens load again.
 * The CustomEvent from announceTestClock carries the new TestClock in `detail`, and a plain Event makes listeners load it.
 */
export const testClockChangedEvent = 'conexa:test-clock-changed';

/** Sends testClockChangedEvent with the clock that the server returned. */
export function announceTestClock(clock: TestClock): void {
  const { frozen, instant, localDate, timeZone } = clock;
  window.dispatchEvent(new CustomEvent<TestClock>(testClockChangedEvent, { detail: { frozen, instant, localDate, timeZone } }));
}

/** Returns the new clock that a testClockChangedEvent carries, or null when the listener has to load it. */
export function testClockOf(event: Event): TestClock | null {
  return event instanceof CustomEvent && event.detail ? (event.detail as TestClock) : null;
}

const isoInstant = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?)(Z|[+-]\d{2}:\d{2})$/;

/**
 * Moves an ISO instant forward by a calendar step, keeping its time and offset. A month keeps the day of
 * month, or the month's last day when it is shorter: 31 January plus a month is 28 February.
 */
export function advanceInstant(instant: string, step: ClockStep): string {
  const match = isoInstant.exec(instant);
  if (!match) {
    throw new Error(`Not an ISO 8601 instant with offset: ${instant}`);
  }
  const [, year, month, day, time, offset] = match;
  let date: Date;
  if (step === 'month') {
    const lastDay = new Date(Date.UTC(Number(year), Number(month) + 1, 0)).getUTCDate();
    date = new Date(Date.UTC(Number(year), Number(month), Math.min(Number(day), lastDay)));
  } else {
    date = new Date(Date.UTC(Number(year), Number(month) - 1, Number(day) + (step === 'week' ? 7 : 1)));
  }
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${date.getUTCFullYear()}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())}T${time}${offset}`;
}

/** Returns the offset part ("-03:00" or "Z") of an ISO instant. */
export function offsetOf(instant: string): string {
  return isoInstant.exec(instant)?.[5] ?? 'Z';
}
