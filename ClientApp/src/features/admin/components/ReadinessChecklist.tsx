import { Link } from 'react-router-dom';
import type { Readiness, ReadinessItem } from '../api/types';

/** Returns the visible mark and the screen-reader prefix of a checklist item. */
function markOf(item: ReadinessItem): { symbol: string; prefix: string } {
  if (item.status === 'ok') {
    return { symbol: '✓', prefix: 'OK: ' };
  }
  if (item.optional) {
    return { symbol: '○', prefix: 'Opcional: ' };
  }
  return { symbol: '✗', prefix: 'Falta: ' };
}

/** Lists what the plan links need to take checkouts, each with a link to the screen that fixes it. */
export function ReadinessChecklist({ readiness }: { readiness: Readiness }) {
  return (
    <section className="card" aria-labelledby="readiness-title">
      <h2 id="readiness-title">Contratação online</h2>
      <p className={readiness.ready ? 'status-ok' : 'status-missing'}>
        {readiness.ready ? 'Pronta: os links dos planos ativos aceitam contratações.' : 'Ainda não está pronta. Veja o que falta:'}
      </p>
      <ul className="checklist">
        {readiness.items.map((item) => (
          <li key={item.code} className={item.status === 'ok' ? 'checklist-ok' : 'checklist-missing'}>
            <span className="checklist-mark" aria-hidden="true">
              {markOf(item).symbol}
            </span>
            <span>
              <span className="visually-hidden">{markOf(item).prefix}</span>
              {item.message}{' '}
              {item.status === 'missing' && !item.optional && <Link to={item.fixPath}>Resolver em {item.fixLabel}</Link>}
            </span>
          </li>
        ))}
      </ul>
      {readiness.warnings.length > 0 && (
        <div className="notice-warning" role="note">
          <h3>Atenção</h3>
          <ul>
            {readiness.warnings.map((warning) => (
              <li key={`${warning.planId}-${warning.code}`}>
                <Link to={`/admin/planos/${warning.planId}`}>{warning.planName}</Link>: {warning.message}
              </li>
            ))}
          </ul>
        </div>
      )}
    </section>
  );
}
