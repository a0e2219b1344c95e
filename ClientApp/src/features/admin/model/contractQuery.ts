/** The contract list's filters, paging and sort, as URL query parameters of both the page and the API. */
export const contractFilterNames = ['registeredBy', 'status', 'planId', 'unitId', 'from', 'to', 'search'] as const;

export type ContractFilterName = (typeof contractFilterNames)[number];

/** Builds the API query string ("?status=active&page=2") from the page's search parameters, keeping only known, non-empty ones. */
export function contractQuery(params: URLSearchParams, options: { paging: boolean }): string {
  const query = new URLSearchParams();
  const names: string[] = [...contractFilterNames, 'sort'];
  if (options.paging) {
    names.push('page', 'pageSize');
  }
  for (const name of names) {
    const value = params.get(name)?.trim();
    if (value) {
      query.set(name, value);
    }
  }
  const text = query.toString();
  return text ? `?${text}` : '';
}
