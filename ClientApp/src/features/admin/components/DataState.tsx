import type { ReactNode } from 'react';
import { isFeatureUnavailable, loadErrorMessage } from '../api/adminHttp';
import type { ApiData } from '../model/useApiData';
import { UpgradeOffer } from './UpgradeOffer';

interface DataStateProps<T> {
  state: ApiData<T>;
  children: (data: T) => ReactNode;
}

/**
 * Renders the loaded data, a loading line, or the error. A LIGHT tenant's 403 shows the offer
 * screen instead of an error, and accepting it loads the data again.
 */
export function DataState<T>({ state, children }: DataStateProps<T>) {
  if (state.error !== undefined && isFeatureUnavailable(state.error)) {
    return <UpgradeOffer onAccepted={state.reload} />;
  }
  if (state.error !== undefined) {
    return (
      <div className="form-error" role="alert">
        <p>{loadErrorMessage(state.error)}</p>
        <button type="button" className="button button-secondary" onClick={state.reload}>
          Tentar de novo
        </button>
      </div>
    );
  }
  if (state.data === undefined) {
    return <p aria-live="polite">Carregando…</p>;
  }
  return <>{children(state.data)}</>;
}
