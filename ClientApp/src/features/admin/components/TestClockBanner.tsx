import { useEffect, useState } from 'react';
import { formatCount, formatDate } from '../../../lib/format';
import { advanceTestClock, getTestClock } from '../api/adminApi';
import { errorMessage } from '../api/adminHttp';
import { tenantChangedEvent } from '../model/useApiData';
import { advanceInstant, announceTestClock, testClockChangedEvent, testClockOf, type ClockStep, type TestClock } from '../model/testClock';

const steps: { step: ClockStep; label: string }[] = [
  { step: 'day', label: '+1 dia' },
  { step: 'week', label: '+1 semana' },
  { step: 'month', label: '+1 mês' },
];

/**
 * Shows the tenant's sandbox test clock while it is set, with buttons that advance it. Without the sandbox
 * routes (production) or without permission, the request fails and nothing is shown.
 */
export function TestClockBanner() {
  const [clock, setClock] = useState<TestClock | null>(null);
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<string | null>(null);

  useEffect(() => {
    const controller = new AbortController();
    const load = () =>
      getTestClock(controller.signal).then(setClock, () => {
        // No sandbox routes or no admin role: the banner stays hidden.
      });
    const onChanged = (event: Event) => {
      const changed = testClockOf(event);
      if (changed) {
        setClock(changed);
      } else {
        load();
      }
    };
    load();
    window.addEventListener(testClockChangedEvent, onChanged);
    return () => {
      controller.abort();
      window.removeEventListener(testClockChangedEvent, onChanged);
    };
  }, []);

  if (!clock?.frozen) {
    return null;
  }

  async function advance(step: ClockStep) {
    setBusy(true);
    setMessage(null);
    try {
      const result = await advanceTestClock(advanceInstant(clock!.instant, step));
      setClock(result);
      announceTestClock(result);
      setMessage(
        `${formatCount(result.daysRun, 'dia simulado', 'dias simulados')}: ${formatCount(result.chargesCreated, 'cobrança criada', 'cobranças criadas')}, ${formatCount(result.chargesOverdue, 'vencida', 'vencidas')}.`,
      );
      window.dispatchEvent(new Event(tenantChangedEvent));
    } catch (error) {
      setMessage(errorMessage(error));
    } finally {
      setBusy(false);
    }
  }

  return (
    <section className="test-clock-banner" role="region" aria-label="Relógio de teste">
      <p>
        <strong>Relógio de teste (sandbox):</strong> {formatDate(clock.localDate)} {clock.instant.slice(11, 16)} ({clock.timeZone})
      </p>
      <div className="test-clock-actions">
        {steps.map(({ step, label }) => (
          <button key={step} type="button" className="button button-secondary" disabled={busy} onClick={() => void advance(step)}>
            {label}
          </button>
        ))}
      </div>
      {message && (
        <p className="test-clock-message" role="status">
          {message}
        </p>
      )}
    </section>
  );
}
