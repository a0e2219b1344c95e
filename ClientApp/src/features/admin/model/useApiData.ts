import { useCallback, useEffect, useState } from 'react';
import { isAbortError } from '../../../lib/http';

/** Window event sent after the tenant's tier changed, so every screen loads its data again. */
export const tenantChangedEvent = 'conexa:tenant-changed';

export interface ApiData<T> {
  data: T | undefined;
  error: unknown;
  loading: boolean;
  /** Loads again, for example after a change. */
  reload: () => void;
}

/**
 * Loads data when the component mounts and whenever `key` changes, aborting the previous request.
 * `load` must read only values that `key` represents, because a new `load` alone does not reload.
 */
export function useApiData<T>(load: (signal: AbortSignal) => Promise<T>, key: string): ApiData<T> {
  const [state, setState] = useState<{ data?: T; error?: unknown; loading: boolean }>({ loading: true });
  const [version, setVersion] = useState(0);

  useEffect(() => {
    const controller = new AbortController();
    setState((previous) => ({ ...previous, loading: true }));
    load(controller.signal).then(
      (data) => setState({ data, loading: false }),
      (error: unknown) => {
        if (!isAbortError(error)) {
          setState({ error, loading: false });
        }
      },
    );
    return () => controller.abort();
    // `key` represents the inputs of `load`, so `load` itself is left out of the dependencies.
  }, [key, version]);

  const reload = useCallback(() => setVersion((value) => value + 1), []);

  useEffect(() => {
    window.addEventListener(tenantChangedEvent, reload);
    return () => window.removeEventListener(tenantChangedEvent, reload);
  }, [reload]);

  return { data: state.data, error: state.error, loading: state.loading, reload };
}
