import { useEffect, useState, type FormEvent } from 'react';
import { getTestClock, setTestClock } from '../api/adminApi';
import { errorMessage } from '../api/adminHttp';
import { tenantChangedEvent } from '../model/useApiData';
import { announceTestClock, offsetOf, testClockChangedEvent, testClockOf, type TestClock } from '../model/testClock';

/**
 * Sets the tenant's sandbox test clock to a date and time in the tenant's offset. Shown only where the sandbox
 * routes exist, so production installations never see it.
 */
export function TestClockSettings() {
  const [clock, setClock] = useState<TestClock | null>(null);
  const [value, setValue] = useState('');
  const [message, setMessage] = useState<string | null>(null);

  useEffect(() => {
    const controller = new AbortController();
    const show = (loaded: TestClock) => {
      setClock(loaded);
      setValue(loaded.instant.slice(0, 16));
    };
    const load = () =>
      getTestClock(controller.signal).then(show, () => {
        // No sandbox routes or no admin role: the section stays hidden.
      });
    // The banner's "+1 dia/semana/mês" buttons move the clock too, and the field must show the new date at once.
    const onChanged = (event: Event) => {
      const changed = testClockOf(event);
      if (changed) {
        show(changed);
      } else {
        void load();
      }
    };
    void load();
    window.addEventListener(testClockChangedEvent, onChanged);
    return () => {
      controller.abort();
      window.removeEventListener(testClockChangedEvent, onChanged);
    };
  }, []);

  if (!clock) {
    return null;
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    setMessage(null);
    try {
      const saved = await setTestClock(`${value}:00${offsetOf(clock!.instant)}`);
      setClock(saved);
      setMessage('Relógio de teste definido. Tudo o que depende de data neste estabelecimento passa a usá-lo.');
      announceTestClock(saved);
      window.dispatchEvent(new Event(tenantChangedEvent));
    } catch (error) {
      setMessage(errorMessage(error));
    }
  }

  return (
    <section className="card" aria-labelledby="test-clock-title">
      <h2 id="test-clock-title">Relógio de teste (sandbox)</h2>
      <p className="field-hint">
        Congela a data deste estabelecimento para simular meses de cobrança: depois, avance o relógio pela faixa no
        topo da página. O relógio nunca volta atrás.
      </p>
      <form onSubmit={(event) => void submit(event)}>
        <label htmlFor="test-clock-instant">Data e hora ({clock.timeZone})</label>
        <input id="test-clock-instant" type="datetime-local" value={value} onChange={(event) => setValue(event.target.value)} required />
        <button type="submit" className="button button-primary">
          {clock.frozen ? 'Redefinir relógio' : 'Congelar relógio'}
        </button>
      </form>
      {message && <p role="status">{message}</p>}
    </section>
  );
}
