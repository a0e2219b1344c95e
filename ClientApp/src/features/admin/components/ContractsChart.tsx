import { useState } from 'react';
import { formatCount, formatDate } from '../../../lib/format';
import type { ContractDay, ContractsPerDay } from '../api/types';
import { paymentMethodLabels, registeredByLabels } from '../model/labels';

type Breakdown = 'registeredBy' | 'paymentMethod';

const colors = ['#1f4e8c', '#e08a00', '#2e8b57'];
const chartHeight = 120;
const barWidth = 10;
const barGap = 4;

function segmentsOf(day: ContractDay, breakdown: Breakdown): [string, number][] {
  const counts: Record<string, number> = breakdown === 'registeredBy' ? day.byRegisteredBy : day.byPaymentMethod;
  return Object.entries(counts);
}

/** Draws the contracts of each day as stacked SVG bars, by origin or by payment method, with a table for screen readers. */
export function ContractsChart({ data }: { data: ContractsPerDay }) {
  const [breakdown, setBreakdown] = useState<Breakdown>('registeredBy');
  const labels: Record<string, string> = breakdown === 'registeredBy' ? registeredByLabels : paymentMethodLabels;
  const keys = Object.keys(labels);
  const max = Math.max(1, ...data.days.map((day) => day.total));
  const width = data.days.length * (barWidth + barGap);
  const total = data.days.reduce((sum, day) => sum + day.total, 0);

  if (total === 0) {
    // Empty bars under a scale of "1 contrato" read like a drawing error, so the card only states the fact.
    return (
      <section className="card" aria-labelledby="chart-title">
        <h2 id="chart-title">Contratos por dia</h2>
        <p>
          Nenhuma contratação no período, de {formatDate(data.from)} a {formatDate(data.to)}.
        </p>
      </section>
    );
  }

  return (
    <section className="card" aria-labelledby="chart-title">
      <h2 id="chart-title">Contratos por dia</h2>
      <p>
        {formatCount(total, 'contrato', 'contratos')} de {formatDate(data.from)} a {formatDate(data.to)}.
      </p>
      <div className="chart-switch" role="group" aria-label="Agrupar por">
        <button type="button" aria-pressed={breakdown === 'registeredBy'} onClick={() => setBreakdown('registeredBy')}>
          Por origem
        </button>
        <button type="button" aria-pressed={breakdown === 'paymentMethod'} onClick={() => setBreakdown('paymentMethod')}>
          Por forma de pagamento
        </button>
      </div>
      <p className="chart-scale" aria-hidden="true">
        Barra mais alta: {formatCount(max, 'contrato', 'contratos')} no dia
      </p>
      <svg className="chart" viewBox={`0 0 ${width} ${chartHeight}`} preserveAspectRatio="none" aria-hidden="true">
        {data.days.map((day, index) => {
          let top = chartHeight;
          return (
            <g key={day.date}>
              <title>{`${formatDate(day.date)}: ${day.total}`}</title>
              {segmentsOf(day, breakdown).map(([key, count]) => {
                const height = (count / max) * chartHeight;
                top -= height;
                return (
                  <rect
                    key={key}
                    x={index * (barWidth + barGap)}
                    y={top}
                    width={barWidth}
                    height={height}
                    fill={colors[keys.indexOf(key) % colors.length]}
                  />
                );
              })}
            </g>
          );
        })}
      </svg>
      {/* The first and last days under the bars, so the axis reads without hovering. */}
      <div className="chart-axis" aria-hidden="true">
        <span>{formatDate(data.from)}</span>
        <span>{formatDate(data.to)}</span>
      </div>
      <ul className="chart-legend">
        {keys.map((key, index) => (
          <li key={key}>
            <span className="chart-swatch" style={{ background: colors[index % colors.length] }} aria-hidden="true" />
            {labels[key]}
          </li>
        ))}
      </ul>
      {/* A table ignores a width smaller than its content, so the hiding box is a div around it. */}
      <div className="visually-hidden">
      <table>
        <caption>Contratos por dia</caption>
        <thead>
          <tr>
            <th scope="col">Dia</th>
            {keys.map((key) => (
              <th key={key} scope="col">
                {labels[key]}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {data.days
            .filter((day) => day.total > 0)
            .map((day) => (
              <tr key={day.date}>
                <th scope="row">{formatDate(day.date)}</th>
                {segmentsOf(day, breakdown).map(([key, count]) => (
                  <td key={key}>{count}</td>
                ))}
              </tr>
            ))}
        </tbody>
      </table>
      </div>
    </section>
  );
}
