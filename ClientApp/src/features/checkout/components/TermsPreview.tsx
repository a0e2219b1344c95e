import { useState } from 'react';
import { getPlanTerms } from '../api/getPlanTerms';

type TermsState = { kind: 'closed' } | { kind: 'loading' } | { kind: 'loaded'; text: string } | { kind: 'failed' };

/** "Ler o contrato": loads the plan's contract text the first time the customer opens it. */
export function TermsPreview({ linkToken }: { linkToken: string }) {
  const [state, setState] = useState<TermsState>({ kind: 'closed' });

  async function load() {
    setState({ kind: 'loading' });
    try {
      const terms = await getPlanTerms(linkToken);
      setState({ kind: 'loaded', text: terms.text });
    } catch {
      setState({ kind: 'failed' });
    }
  }

  return (
    <details
      className="terms-preview"
      onToggle={(event) => {
        if (event.currentTarget.open && (state.kind === 'closed' || state.kind === 'failed')) {
          void load();
        }
      }}
    >
      <summary>Ler o contrato</summary>
      {state.kind === 'loading' && <p role="status">Carregando o contrato…</p>}
      {state.kind === 'failed' && (
        <p className="field-error" role="alert">
          Não foi possível carregar o contrato. Feche e abra de novo para tentar outra vez.
        </p>
      )}
      {state.kind === 'loaded' && (
        <div className="terms-text" tabIndex={0} aria-label="Texto do contrato">
          {state.text}
        </div>
      )}
    </details>
  );
}
