import { useState, type FormEvent } from 'react';
import { Link, useSearchParams } from 'react-router-dom';
import { formatCount, formatCurrency, formatDate } from '../../../lib/format';
import { getPlans, getUnits, listContracts } from '../api/adminApi';
import { DataState } from '../components/DataState';
import { ExportButtons } from '../components/ExportButtons';
import { contractFilterNames, contractQuery, type ContractFilterName } from '../model/contractQuery';
import { contractStatusLabels, labelOf, paymentMethodLabels, registeredByLabels, signatureStatusLabels } from '../model/labels';
import { useApiData } from '../model/useApiData';

const sortColumns = [
  { key: 'startDate', label: 'Início' },
  { key: 'customerName', label: 'Cliente' },
  { key: 'monthlyPrice', label: 'Mensalidade' },
] as const;

/** Returns the aria-sort value and the arrow of a column under the current sort ("customerName" or "-customerName"). */
function sortStateOf(sort: string, key: string): { ariaSort?: 'ascending' | 'descending'; arrow: string } {
  if (sort === key) {
    return { ariaSort: 'ascending', arrow: ' ▲' };
  }
  if (sort === `-${key}`) {
    return { ariaSort: 'descending', arrow: ' ▼' };
  }
  return { arrow: '' };
}

function readFilters(params: URLSearchParams): Record<ContractFilterName, string> {
  return Object.fromEntries(contractFilterNames.map((name) => [name, params.get(name) ?? ''])) as Record<ContractFilterName, string>;
}

/** Counts the applied filters behind the phone's "Filtros" button. The text search stays visible, so it is not counted. */
function countHiddenFilters(params: URLSearchParams): number {
  return contractFilterNames.filter((name) => name !== 'search' && params.get(name)?.trim()).length;
}

/**
 * Contratos: advanced search, a sortable and paged table, and the Excel and PDF exports of the same filters.
 * On phones, the filters other than the text search and the exports stay behind a "Filtros" button.
 */
export function ContractsPage() {
  const [params, setParams] = useSearchParams();
  const [filters, setFilters] = useState(() => readFilters(params));
  const [rangeError, setRangeError] = useState<string | null>(null);
  // Only phones use this state, because from 48rem the CSS hides the button and always shows the filters.
  const [filtersOpen, setFiltersOpen] = useState(false);
  const hiddenFilterCount = countHiddenFilters(params);
  const query = contractQuery(params, { paging: true });
  const contracts = useApiData((signal) => listContracts(query, signal), query);
  const plans = useApiData((signal) => getPlans(signal), 'plans');
  const units = useApiData((signal) => getUnits(signal), 'units');
  const sort = params.get('sort') ?? '-startDate';

  function apply(event: FormEvent) {
    event.preventDefault();
    // ISO dates compare as text, and a reversed range would only bring the server's 400.
    if (filters.from && filters.to && filters.to < filters.from) {
      setRangeError('A data final é anterior à inicial. Troque as datas ou apague uma delas.');
      // The error sits next to the dates, so a closed panel would hide it.
      setFiltersOpen(true);
      return;
    }
    setRangeError(null);
    setFiltersOpen(false);
    const next = new URLSearchParams();
    for (const name of contractFilterNames) {
      if (filters[name].trim()) {
        next.set(name, filters[name].trim());
      }
    }
    if (params.get('sort')) {
      next.set('sort', params.get('sort')!);
    }
    setParams(next);
  }

  function clear() {
    setFilters(readFilters(new URLSearchParams()));
    setParams(new URLSearchParams());
  }

  function change(update: Record<string, string | null>) {
    const next = new URLSearchParams(params);
    for (const [name, value] of Object.entries(update)) {
      if (value) {
        next.set(name, value);
      } else {
        next.delete(name);
      }
    }
    setParams(next);
  }

  function sortBy(key: string) {
    const descending = sort === key;
    change({ sort: descending ? `-${key}` : key, page: null });
  }

  const field = (name: ContractFilterName) => ({
    id: `filter-${name}`,
    value: filters[name],
    onChange: (event: { target: { value: string } }) => setFilters((previous) => ({ ...previous, [name]: event.target.value })),
  });

  return (
    <>
      <h1>Contratos</h1>
      <form className="card contract-filters" onSubmit={apply} aria-label="Pesquisa avançada">
        <div className="field">
          <label htmlFor="filter-search">Cliente, e-mail ou CPF/CNPJ completo</label>
          <input type="search" {...field('search')} />
        </div>
        <button
          type="button"
          className="button button-secondary contract-filters-toggle"
          aria-expanded={filtersOpen}
          aria-controls="contract-filters-panel contract-exports"
          onClick={() => setFiltersOpen((open) => !open)}
        >
          {hiddenFilterCount > 0 ? `Filtros (${hiddenFilterCount})` : 'Filtros'}
        </button>
        <div id="contract-filters-panel" className={filtersOpen ? 'contract-filters-panel contract-filters-panel-open' : 'contract-filters-panel'}>
          <div className="field">
            <label htmlFor="filter-registeredBy">Cadastrado por</label>
            <select {...field('registeredBy')}>
              <option value="">Todos</option>
              {Object.entries(registeredByLabels).map(([value, label]) => (
                <option key={value} value={value}>
                  {label}
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label htmlFor="filter-status">Situação</label>
            <select {...field('status')}>
              <option value="">Todas</option>
              {Object.entries(contractStatusLabels).map(([value, label]) => (
                <option key={value} value={value}>
                  {label}
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label htmlFor="filter-planId">Plano</label>
            <select {...field('planId')}>
              <option value="">Todos</option>
              {(plans.data ?? []).map((plan) => (
                <option key={plan.id} value={plan.id}>
                  {plan.name}
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label htmlFor="filter-unitId">Unidade</label>
            <select {...field('unitId')}>
              <option value="">Todas</option>
              {(units.data ?? []).map((unit) => (
                <option key={unit.id} value={unit.id}>
                  {unit.name}
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label htmlFor="filter-from">Início a partir de</label>
            <input type="date" {...field('from')} />
          </div>
          <div className="field">
            <label htmlFor="filter-to">Início até</label>
            <input
              type="date"
              {...field('to')}
              aria-invalid={rangeError ? true : undefined}
              aria-describedby={rangeError ? 'filter-to-error' : undefined}
            />
            {rangeError && (
              <p id="filter-to-error" className="field-error" role="alert">
                {rangeError}
              </p>
            )}
          </div>
        </div>
        <div className="contract-filters-actions">
          <button type="submit" className="button button-primary">
            Pesquisar
          </button>
          <button type="button" className="button button-secondary" onClick={clear}>
            Limpar
          </button>
        </div>
      </form>

      <div id="contract-exports" className={filtersOpen ? 'contract-exports contract-exports-open' : 'contract-exports'}>
        <ExportButtons query={contractQuery(params, { paging: false })} />
      </div>

      <DataState state={contracts}>
        {(page) => {
          const pageCount = Math.max(1, Math.ceil(page.totalCount / page.pageSize));
          return (
            <>
              <p aria-live="polite">
                {formatCount(page.totalCount, 'contrato encontrado', 'contratos encontrados')}
                {rangeError ? ' na pesquisa anterior: corrija as datas e pesquise de novo.' : '.'}
              </p>
              <div className="field sort-select">
                <label htmlFor="contracts-sort">Ordenar por</label>
                <select id="contracts-sort" value={sort} onChange={(event) => change({ sort: event.target.value, page: null })}>
                  {sortColumns.flatMap((column) => [
                    <option key={`-${column.key}`} value={`-${column.key}`}>
                      {column.label} (decrescente)
                    </option>,
                    <option key={column.key} value={column.key}>
                      {column.label} (crescente)
                    </option>,
                  ])}
                </select>
              </div>
              <div className="table-scroll">
                <table className="data-table contracts-table">
                  <thead>
                    <tr>
                      {sortColumns.map((column) => (
                        <th
                          key={column.key}
                          scope="col"
                          aria-sort={sortStateOf(sort, column.key).ariaSort}
                        >
                          <button type="button" className="sort-button" onClick={() => sortBy(column.key)}>
                            {column.label}
                            {sortStateOf(sort, column.key).arrow}
                          </button>
                        </th>
                      ))}
                      <th scope="col">CPF/CNPJ</th>
                      <th scope="col">Plano</th>
                      <th scope="col">Unidade</th>
                      <th scope="col">Cadastrado por</th>
                      <th scope="col">Situação</th>
                      <th scope="col">Pagamento</th>
                      <th scope="col" className="phone-only">
                        Vencimento
                      </th>
                      <th scope="col" className="phone-only">
                        Assinatura
                      </th>
                    </tr>
                  </thead>
                  <tbody>
                    {page.items.map((item) => (
                      <tr key={item.id}>
                        <td data-label="Início" className="contract-start">
                          {formatDate(item.startDate)}
                        </td>
                        <td data-label="Cliente" className="contract-customer">
                          <Link to={`/admin/contratos/${item.id}`}>{item.customerName}</Link>
                        </td>
                        <td data-label="Mensalidade" className="contract-price">
                          {formatCurrency(item.monthlyPrice)}
                        </td>
                        <td data-label="CPF/CNPJ" className="contract-document">
                          {item.customerDocument}
                        </td>
                        <td data-label="Plano" className="contract-plan">
                          {item.planName}
                        </td>
                        <td data-label="Unidade" className="contract-unit">
                          {item.unitName}
                        </td>
                        <td data-label="Cadastrado por" className="contract-registered-by">
                          {labelOf(registeredByLabels, item.registeredBy)}
                        </td>
                        <td data-label="Situação" className="contract-status">
                          {labelOf(contractStatusLabels, item.status)}
                          {item.endDate && (item.status === 'active' || item.status === 'suspended') && (
                            <span className="contract-end"> até {formatDate(item.endDate)}</span>
                          )}
                        </td>
                        <td data-label="Pagamento" className="contract-payment">
                          {labelOf(paymentMethodLabels, item.paymentMethod)}
                        </td>
                        <td data-label="Vencimento" className="contract-due-day phone-only">
                          todo dia {item.dueDay}
                        </td>
                        <td data-label="Assinatura" className="contract-signature phone-only">
                          {labelOf(signatureStatusLabels, item.signatureStatus)}
                        </td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
              <nav className="pager" aria-label="Páginas">
                <button type="button" className="button button-secondary" disabled={page.page <= 1} onClick={() => change({ page: String(page.page - 1) })}>
                  Anterior
                </button>
                <span>
                  Página {page.page} de {pageCount}
                </span>
                <button
                  type="button"
                  className="button button-secondary"
                  disabled={page.page >= pageCount}
                  onClick={() => change({ page: String(page.page + 1) })}
                >
                  Próxima
                </button>
              </nav>
            </>
          );
        }}
      </DataState>
    </>
  );
}
