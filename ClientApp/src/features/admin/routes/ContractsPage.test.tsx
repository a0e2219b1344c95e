import { screen, within } from '@testing-library/react';
import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { jsonResponse, mockApi, problemResponse } from '../../../test/fetchMock';
import { renderRoute } from '../../../test/renderRoute';
import type { ContractListPage } from '../api/types';
import { signIn } from '../model/session';
import { makeAdminPlan, makeContract, makeTenant, makeTerminationPreview, makeUnit } from '../test/adminFixtures';

function makePage(overrides: Partial<ContractListPage> = {}): ContractListPage {
  return {
    items: [
      {
        id: 'contract-1',
        customerName: 'Maria Souza',
        customerDocument: '***.982.247-**',
        planName: 'Estação fixa',
        unitName: 'Unidade Centro',
        registeredBy: 'onlineContracting',
        status: 'active',
        startDate: '2027-02-06',
        endDate: null,
        dueDay: 6,
        monthlyPrice: 350,
        paymentMethod: 'pix',
        signatureStatus: 'notRequested',
      },
    ],
    totalCount: 45,
    page: 1,
    pageSize: 20,
    ...overrides,
  };
}

const listRoutes = {
  'GET /api/tenant': jsonResponse(makeTenant()),
  'GET /api/plans': jsonResponse([makeAdminPlan()]),
  'GET /api/units': jsonResponse([makeUnit()]),
  'GET /api/contracts': jsonResponse(makePage()),
};

// Vitest imports CSS files as empty modules, so the tests read the style sheets from disk. The URL goes through
// a variable because Vitest rewrites `new URL(path, import.meta.url)` to resolve against an http address.
const testFileUrl = import.meta.url;
const styleSheets = [readFileSync(new URL('../../../styles.css', testFileUrl), 'utf8'), readFileSync(new URL('../admin.css', testFileUrl), 'utf8')];
const adminStyles = styleSheets[1];

/** Adds the app's style sheets to the document. jsdom skips media queries, so the phone (base) rules apply. */
function applyStyleSheets() {
  for (const css of styleSheets) {
    const sheet = document.createElement('style');
    sheet.dataset.testStyles = '';
    sheet.textContent = css;
    document.head.append(sheet);
  }
}

/** Parses a style sheet with jsdom's CSS parser and returns its top-level rules. */
function parseRules(css: string): CSSRule[] {
  const element = document.createElement('style');
  element.textContent = css;
  document.head.append(element);
  const rules = Array.from(element.sheet?.cssRules ?? []);
  element.remove();
  return rules;
}

/** Returns the style rules inside the `@media` rule with this media text, such as "(min-width: 48rem)". */
function mediaStyleRules(css: string, mediaText: string): CSSStyleRule[] {
  const media = parseRules(css).find((rule): rule is CSSMediaRule => rule instanceof CSSMediaRule && rule.media.mediaText === mediaText);
  expect(media, `no @media ${mediaText}`).toBeDefined();
  return Array.from(media!.cssRules).filter((rule): rule is CSSStyleRule => rule instanceof CSSStyleRule);
}

function ruleFor(rules: CSSStyleRule[], selector: string): CSSStyleRule {
  const rule = rules.find((candidate) => candidate.selectorText === selector);
  expect(rule, `no rule for ${selector}`).toBeDefined();
  return rule!;
}

describe('contracts list', () => {
  beforeEach(() => signIn('token-abc'));

  it('lists contracts in pt-BR', async () => {
    mockApi(listRoutes);
    renderRoute('/admin/contratos');

    const row = (await screen.findByRole('link', { name: 'Maria Souza' })).closest('tr')!;
    expect(within(row).getByText('06/02/2027')).toBeInTheDocument();
    expect(within(row).getByText('R$ 350,00')).toBeInTheDocument();
    expect(within(row).getByText('Contratação online')).toBeInTheDocument();
    expect(within(row).getByText('***.982.247-**')).toBeInTheDocument();
    expect(screen.getByText('Página 1 de 3')).toBeInTheDocument();
  });

  it('shows the last day of a recorded termination', async () => {
    const [item] = makePage().items;
    mockApi({ ...listRoutes, 'GET /api/contracts': jsonResponse(makePage({ items: [{ ...item, endDate: '2027-03-20' }] })) });
    renderRoute('/admin/contratos');

    const row = (await screen.findByRole('link', { name: 'Maria Souza' })).closest('tr')!;
    const status = within(row).getAllByRole('cell').find((cell) => cell.dataset.label === 'Situação');
    expect(status).toHaveTextContent(/^Ativo até 20\/03\/2027$/);
  });

  it('sends the advanced search filters', async () => {
    const filtered = '/api/contracts?registeredBy=onlineContracting&status=active&planId=plan-1&unitId=unit-1&from=2027-02-01&to=2027-02-28&search=maria';
    const api = mockApi({ ...listRoutes, [`GET ${filtered}`]: jsonResponse(makePage({ totalCount: 1 })) });
    const { user } = renderRoute('/admin/contratos');
    await screen.findByRole('link', { name: 'Maria Souza' });
    await screen.findByRole('option', { name: 'Estação fixa' });

    await user.selectOptions(screen.getByLabelText('Cadastrado por'), 'Contratação online');
    await user.selectOptions(screen.getByLabelText('Situação'), 'Ativo');
    await user.selectOptions(screen.getByLabelText('Plano'), 'Estação fixa');
    await user.selectOptions(screen.getByLabelText('Unidade'), 'Unidade Centro');
    await user.type(screen.getByLabelText('Início a partir de'), '2027-02-01');
    await user.type(screen.getByLabelText('Início até'), '2027-02-28');
    await user.type(screen.getByLabelText('Cliente, e-mail ou CPF/CNPJ completo'), 'maria');
    await user.click(screen.getByRole('button', { name: 'Pesquisar' }));

    expect(await screen.findByText('1 contrato encontrado.')).toBeInTheDocument();
    expect(api.requestsTo('GET', filtered)).toHaveLength(1);
  });

  it('names a reversed date range next to the dates', async () => {
    const api = mockApi(listRoutes);
    const { user } = renderRoute('/admin/contratos');
    await screen.findByRole('link', { name: 'Maria Souza' });

    await user.type(screen.getByLabelText('Início a partir de'), '2026-12-31');
    await user.type(screen.getByLabelText('Início até'), '2026-01-01');
    await user.click(screen.getByRole('button', { name: 'Pesquisar' }));

    expect(screen.getByLabelText('Início até')).toHaveAccessibleDescription(
      'A data final é anterior à inicial. Troque as datas ou apague uma delas.',
    );
    expect(api.requests.filter((request) => request.url.includes('from='))).toHaveLength(0);
    expect(screen.getByText('45 contratos encontrados na pesquisa anterior: corrija as datas e pesquise de novo.')).toBeInTheDocument();
  });

  it('shows the messages of a validation problem', async () => {
    const search = 'a'.repeat(101);
    const invalid = problemResponse(
      { title: 'Dados inválidos', detail: 'Corrija os campos indicados em "errors" e envie novamente.', errors: { search: ['search deve ter no máximo 100 caracteres.'] } },
      400,
    );
    mockApi({ ...listRoutes, [`GET /api/contracts?search=${search}`]: invalid });
    const { user } = renderRoute('/admin/contratos');
    await screen.findByRole('link', { name: 'Maria Souza' });

    await user.type(screen.getByLabelText('Cliente, e-mail ou CPF/CNPJ completo'), search);
    await user.click(screen.getByRole('button', { name: 'Pesquisar' }));

    expect(await screen.findByRole('alert')).toHaveTextContent('search deve ter no máximo 100 caracteres.');
    expect(screen.queryByText(/"errors"/)).not.toBeInTheDocument();
  });

  it('sorts with the phone select', async () => {
    const api = mockApi({ ...listRoutes, 'GET /api/contracts?sort=-monthlyPrice': jsonResponse(makePage()) });
    const { user } = renderRoute('/admin/contratos');
    await screen.findByRole('link', { name: 'Maria Souza' });

    await user.selectOptions(screen.getByLabelText('Ordenar por'), 'Mensalidade (decrescente)');

    await vi.waitFor(() => expect(api.requestsTo('GET', '/api/contracts?sort=-monthlyPrice')).toHaveLength(1));
    expect(screen.getByLabelText('Ordenar por')).toHaveValue('-monthlyPrice');
  });

  it('sorts and pages through the API', async () => {
    const api = mockApi({
      ...listRoutes,
      'GET /api/contracts?sort=customerName': jsonResponse(makePage()),
      'GET /api/contracts?sort=customerName&page=2': jsonResponse(makePage({ page: 2 })),
    });
    const { user } = renderRoute('/admin/contratos');
    await screen.findByRole('link', { name: 'Maria Souza' });

    await user.click(screen.getByRole('button', { name: 'Cliente' }));
    await screen.findByRole('button', { name: 'Cliente ▲' });
    await user.click(screen.getByRole('button', { name: 'Próxima' }));

    expect(await screen.findByText('Página 2 de 3')).toBeInTheDocument();
    expect(api.requestsTo('GET', '/api/contracts?sort=customerName&page=2')).toHaveLength(1);
  });

  it('lists the due day and the signature', async () => {
    mockApi(listRoutes);
    renderRoute('/admin/contratos');

    const row = (await screen.findByRole('link', { name: 'Maria Souza' })).closest('tr')!;
    expect(screen.getByRole('columnheader', { name: 'Vencimento' })).toBeInTheDocument();
    expect(screen.getByRole('columnheader', { name: 'Assinatura' })).toBeInTheDocument();
    expect(within(row).getByText('todo dia 6')).toBeInTheDocument();
    expect(within(row).getByText('Não solicitada')).toBeInTheDocument();
    // The desktop table leaves both to the contract page, so its other columns fit a 1366 px screen.
    expect(screen.getByRole('columnheader', { name: 'Assinatura' })).toHaveClass('phone-only');
    expect(within(row).getByText('todo dia 6')).toHaveClass('phone-only');
    expect(ruleFor(mediaStyleRules(adminStyles, '(min-width: 48rem)'), '.data-table .phone-only').style.display).toBe('none');
  });

  it('shows the offer to a LIGHT tenant', async () => {
    const forbidden = problemResponse({ type: '/problems/feature-unavailable', title: 'Contratação online indisponível' }, 403);
    const api = mockApi({
      ...listRoutes,
      'GET /api/contracts': [forbidden, jsonResponse(makePage())],
      'GET /api/plans': forbidden,
      'POST /api/tenant/online-contracting-offer': jsonResponse(makeTenant()),
    });
    const { user } = renderRoute('/admin/contratos');

    await user.click(await screen.findByRole('button', { name: 'Quero esta oferta' }));

    expect(await screen.findByRole('link', { name: 'Maria Souza' })).toBeInTheDocument();
    expect(api.requestsTo('POST', '/api/tenant/online-contracting-offer')).toHaveLength(1);
  });
});

describe('contract filters on phones', () => {
  beforeEach(() => signIn('token-abc'));
  afterEach(() => document.head.querySelectorAll('style[data-test-styles]').forEach((sheet) => sheet.remove()));

  it('counts the filters applied in the URL', async () => {
    mockApi({ ...listRoutes, 'GET /api/contracts?status=active&unitId=unit-1&search=maria': jsonResponse(makePage()) });
    renderRoute('/admin/contratos?status=active&unitId=unit-1&search=maria');
    await screen.findByRole('link', { name: 'Maria Souza' });

    // The text search stays visible, so only the two filters behind the button count.
    const toggle = screen.getByRole('button', { name: 'Filtros (2)' });
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    expect(screen.getByLabelText('Situação')).toHaveValue('active');
  });

  it('names no count without filters', async () => {
    mockApi({ ...listRoutes, 'GET /api/contracts?search=maria': jsonResponse(makePage()) });
    renderRoute('/admin/contratos?search=maria');
    await screen.findByRole('link', { name: 'Maria Souza' });

    expect(screen.getByRole('button', { name: 'Filtros' })).toBeInTheDocument();
  });

  it('opens and closes the filters and exports', async () => {
    mockApi(listRoutes);
    const { user } = renderRoute('/admin/contratos');
    await screen.findByRole('link', { name: 'Maria Souza' });
    applyStyleSheets();

    const toggle = screen.getByRole('button', { name: 'Filtros' });
    const controlled = toggle.getAttribute('aria-controls')!.split(' ').map((id) => document.getElementById(id));
    expect(controlled[0]).toContainElement(screen.getByLabelText('Situação'));
    expect(controlled[1]).toContainElement(screen.getByText('Exportar Excel'));
    expect(screen.getByLabelText('Cliente, e-mail ou CPF/CNPJ completo')).toBeVisible();
    expect(screen.getByLabelText('Situação')).not.toBeVisible();
    expect(screen.getByText('Exportar Excel')).not.toBeVisible();

    await user.click(toggle);

    expect(toggle).toHaveAttribute('aria-expanded', 'true');
    expect(screen.getByLabelText('Situação')).toBeVisible();
    expect(screen.getByText('Exportar Excel')).toBeVisible();

    await user.click(toggle);

    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    expect(screen.getByLabelText('Situação')).not.toBeVisible();
  });

  it('closes and counts after applying', async () => {
    const api = mockApi({ ...listRoutes, 'GET /api/contracts?status=active': jsonResponse(makePage({ totalCount: 1 })) });
    const { user } = renderRoute('/admin/contratos');
    await screen.findByRole('link', { name: 'Maria Souza' });

    await user.click(screen.getByRole('button', { name: 'Filtros' }));
    await user.selectOptions(screen.getByLabelText('Situação'), 'Ativo');
    await user.click(screen.getByRole('button', { name: 'Pesquisar' }));

    expect(await screen.findByText('1 contrato encontrado.')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Filtros (1)' })).toHaveAttribute('aria-expanded', 'false');
    expect(api.requestsTo('GET', '/api/contracts?status=active')).toHaveLength(1);
  });

  it('opens the filters to show a date error', async () => {
    mockApi(listRoutes);
    const { user } = renderRoute('/admin/contratos');
    await screen.findByRole('link', { name: 'Maria Souza' });
    const toggle = screen.getByRole('button', { name: 'Filtros' });

    await user.click(toggle);
    await user.type(screen.getByLabelText('Início a partir de'), '2026-12-31');
    await user.type(screen.getByLabelText('Início até'), '2026-01-01');
    await user.click(toggle);
    await user.click(screen.getByRole('button', { name: 'Pesquisar' }));

    expect(toggle).toHaveAttribute('aria-expanded', 'true');
    expect(screen.getByRole('alert')).toHaveTextContent('A data final é anterior à inicial.');
  });

  it('shows the filters without a button on wide screens', async () => {
    mockApi(listRoutes);
    renderRoute('/admin/contratos');
    await screen.findByRole('link', { name: 'Maria Souza' });
    const wideRules = mediaStyleRules(adminStyles, '(min-width: 48rem)');

    const toggle = screen.getByRole('button', { name: 'Filtros' });
    const [panel, exports] = toggle.getAttribute('aria-controls')!.split(' ').map((id) => document.getElementById(id)!);
    expect(toggle).toHaveClass('contract-filters-toggle');
    expect(panel).toHaveClass('contract-filters-panel');
    expect(exports).toHaveClass('contract-exports');
    expect(ruleFor(wideRules, '.contract-filters-toggle').style.display).toBe('none');
    expect(ruleFor(wideRules, '.contract-filters-panel').style.display).toBe('contents');
    expect(ruleFor(wideRules, '.contract-exports').style.display).toBe('block');
  });

  it('lets the wide rules outrank an opened panel', () => {
    const rules = parseRules(adminStyles);
    const openIndex = rules.findIndex((rule) => rule instanceof CSSStyleRule && rule.selectorText === '.contract-filters-panel-open');
    const wideIndex = rules.findIndex((rule) => rule instanceof CSSMediaRule && rule.media.mediaText === '(min-width: 48rem)');

    expect(openIndex).toBeGreaterThanOrEqual(0);
    expect(wideIndex).toBeGreaterThan(openIndex);
  });
});

describe('contract cards on phones', () => {
  beforeEach(() => signIn('token-abc'));

  it('starts with the customer and the status', async () => {
    mockApi(listRoutes);
    renderRoute('/admin/contratos');
    const row = (await screen.findByRole('link', { name: 'Maria Souza' })).closest('tr')!;
    const phoneRules = mediaStyleRules(adminStyles, '(max-width: 47.99rem)');

    const rowRule = ruleFor(phoneRules, '.contracts-table tr');
    const areaRows = Array.from(rowRule.style.getPropertyValue('grid-template-areas').matchAll(/["']([^"']*)["']/g), (match) => match[1]);
    expect(row.closest('table')).toHaveClass('contracts-table');
    expect(rowRule.style.display).toBe('grid');
    expect(areaRows[0]).toBe('customer customer status');
    expect(areaRows[1]).toBe('plan start price');
    expect(areaRows).toHaveLength(4);
  });

  it('places every cell in the grid', async () => {
    mockApi(listRoutes);
    renderRoute('/admin/contratos');
    const row = (await screen.findByRole('link', { name: 'Maria Souza' })).closest('tr')!;
    const phoneRules = mediaStyleRules(adminStyles, '(max-width: 47.99rem)');
    const template = ruleFor(phoneRules, '.contracts-table tr').style.getPropertyValue('grid-template-areas');
    const templateAreas = new Set(template.replace(/["']/g, ' ').split(/\s+/).filter(Boolean));

    const cellAreas = within(row)
      .getAllByRole('cell')
      .map((cell) => {
        const areas = phoneRules.filter((rule) => cell.matches(rule.selectorText) && rule.style.getPropertyValue('grid-area'));
        expect(areas, `grid areas of ${cell.dataset.label}`).toHaveLength(1);
        return areas[0].style.getPropertyValue('grid-area');
      });

    expect(cellAreas).toHaveLength(11);
    expect(new Set(cellAreas)).toEqual(templateAreas);
    expect(within(row).getByRole('link', { name: 'Maria Souza' }).closest('td')).toHaveClass('contract-customer');
    expect(within(row).getByText('Ativo')).toHaveClass('contract-status');
  });
});

describe('contract termination', () => {
  beforeEach(() => signIn('token-abc'));

  /** Opens the contract page, requests the termination preview of endDate and returns the preview panel. */
  async function openTerminationPreview(preview: ReturnType<typeof makeTerminationPreview>, endDate: string) {
    mockApi({
      'GET /api/tenant': jsonResponse(makeTenant()),
      'GET /api/contracts/contract-1': jsonResponse(makeContract()),
      [`GET /api/contracts/contract-1/termination-preview?endDate=${endDate}`]: jsonResponse(preview),
    });
    const { user } = renderRoute('/admin/contratos/contract-1');

    await user.type(await screen.findByLabelText('Último dia de uso'), endDate);
    await user.click(screen.getByRole('button', { name: 'Calcular encerramento' }));
    return screen.findByLabelText('Prévia do encerramento');
  }

  it('shows the itemised preview before confirming', async () => {
    const api = mockApi({
      'GET /api/tenant': jsonResponse(makeTenant()),
      'GET /api/contracts/contract-1': [jsonResponse(makeContract()), jsonResponse(makeContract({ endDate: '2027-03-20' }))],
      'GET /api/contracts/contract-1/termination-preview?endDate=2027-03-20': jsonResponse(makeTerminationPreview()),
      'POST /api/contracts/contract-1/termination': jsonResponse(makeTerminationPreview()),
    });
    const { user } = renderRoute('/admin/contratos/contract-1');

    await user.type(await screen.findByLabelText('Último dia de uso'), '2027-03-20');
    await user.click(screen.getByRole('button', { name: 'Calcular encerramento' }));

    const preview = await screen.findByLabelText('Prévia do encerramento');
    expect(within(preview).getByText('15 de 31')).toBeInTheDocument();
    expect(within(preview).getByText(/R\$\s350,00 × 15\/31 = R\$\s169,35/)).toBeInTheDocument();
    expect(within(preview).getByText(/06\/03\/2027: R\$\s350,00 \(Aguardando pagamento\)/)).toBeInTheDocument();
    expect(within(preview).getByText(/R\$\s169,35, vence em 06\/03\/2027/)).toBeInTheDocument();
    expect(within(preview).queryByText('Adesão (cobrada inteira)')).not.toBeInTheDocument();
    expect(api.requestsTo('POST', '/api/contracts/contract-1/termination')).toHaveLength(0);

    await user.click(screen.getByRole('button', { name: 'Confirmar encerramento em 20/03/2027' }));

    expect(await screen.findByText('(encerramento registrado: o contrato segue até esse dia)')).toBeInTheDocument();
    expect(screen.getByRole('status')).toHaveTextContent(/Encerramento registrado com último dia 20\/03\/2027\. Pró-rata do período: R\$\s169,35\./);
    expect(screen.queryByRole('region', { name: 'Encerrar contrato' })).not.toBeInTheDocument();
    expect(api.requestsTo('POST', '/api/contracts/contract-1/termination')[0].body).toEqual({ endDate: '2027-03-20' });
  });

  it('lists the paid charges behind the credit', async () => {
    const preview = makeTerminationPreview({
      replacementChargeAmount: null,
      creditAmount: 530.65,
      chargesToCancel: [],
      creditedCharges: [
        { id: 'charge-2', dueDate: '2027-03-06', amount: 350, creditAmount: 180.65 },
        { id: 'charge-3', dueDate: '2027-04-06', amount: 350, creditAmount: 350 },
      ],
    });
    const previewPanel = await openTerminationPreview(preview, '2027-03-20');
    expect(within(previewPanel).getByRole('heading', { name: 'Cobranças pagas que geram o crédito' })).toBeInTheDocument();
    expect(within(previewPanel).getByText(/Vencimento 06\/03\/2027, paga R\$\s350,00: crédito de R\$\s180,65/)).toBeInTheDocument();
    expect(within(previewPanel).getByText(/Vencimento 06\/04\/2027, paga R\$\s350,00: crédito de R\$\s350,00/)).toBeInTheDocument();
  });

  it('lists the unbilled periods that the termination bills', async () => {
    const preview = makeTerminationPreview({
      endDate: '2027-06-15',
      periodsToBill: [{ periodStart: '2027-05-06', nextDueDate: '2027-06-06', amount: 350, dueDate: '2027-05-06' }],
    });
    const previewPanel = await openTerminationPreview(preview, '2027-06-15');
    expect(within(previewPanel).getByRole('heading', { name: 'Períodos ainda não cobrados' })).toBeInTheDocument();
    expect(within(previewPanel).getByText(/06\/05\/2027 a 06\/06\/2027 \(exclusive\): R\$\s350,00, vence em 06\/05\/2027/)).toBeInTheDocument();
  });

  it('names the adhesion fee in the outcome and the charge', async () => {
    const applied = makeTerminationPreview({ proRataAmount: 169.35, replacementChargeAmount: 269.35, replacementAdhesionAmount: 100 });
    const terminated = makeContract({
      status: 'awaitingPayment',
      endDate: '2027-03-20',
      charges: [
        { id: 'charge-1', periodIndex: 0, purpose: 'regular', dueDate: '2027-02-06', amount: 450, status: 'cancelled', declineReason: null, paidOn: null, settledOutsideProvider: false },
        { id: 'charge-2', periodIndex: 0, purpose: 'proRata', dueDate: '2027-02-09', amount: 269.35, status: 'awaitingPayment', declineReason: null, paidOn: null, settledOutsideProvider: false },
      ],
    });
    mockApi({
      'GET /api/tenant': jsonResponse(makeTenant()),
      'GET /api/contracts/contract-1': [jsonResponse(makeContract({ status: 'awaitingPayment' })), jsonResponse(terminated)],
      'GET /api/contracts/contract-1/termination-preview?endDate=2027-03-20': jsonResponse(applied),
      'POST /api/contracts/contract-1/termination': jsonResponse(applied),
    });
    const { user } = renderRoute('/admin/contratos/contract-1');

    await user.type(await screen.findByLabelText('Último dia de uso'), '2027-03-20');
    await user.click(screen.getByRole('button', { name: 'Calcular encerramento' }));
    await user.click(await screen.findByRole('button', { name: 'Confirmar encerramento em 20/03/2027' }));

    expect(await screen.findByRole('status')).toHaveTextContent(
      /Pró-rata do período: R\$\s169,35 mais a adesão de R\$\s100,00, nova cobrança de R\$\s269,35\./,
    );
    const charges = await screen.findByRole('region', { name: 'Cobranças' });
    await within(charges).findByText('Pró-rata + adesão');
  });

  it('shows the adhesion fee inside the first period\'s pro-rata', async () => {
    const preview = makeTerminationPreview({ proRataAmount: 169.35, replacementChargeAmount: 419.35, replacementAdhesionAmount: 250 });
    const previewPanel = await openTerminationPreview(preview, '2027-03-20');
    const adhesion = within(previewPanel).getByText('Adesão (cobrada inteira)');
    expect(adhesion.nextElementSibling).toHaveTextContent(/^R\$\s250,00$/);
    expect(within(previewPanel).getByText(/R\$\s419,35, vence em 06\/03\/2027/)).toBeInTheDocument();
  });

  it('shows the reason when the date is rejected', async () => {
    mockApi({
      'GET /api/tenant': jsonResponse(makeTenant()),
      'GET /api/contracts/contract-1': jsonResponse(makeContract()),
      'GET /api/contracts/contract-1/termination-preview?endDate=2027-01-01': problemResponse(
        { title: 'Regra de negócio violada', detail: 'O último dia de uso não pode ser anterior ao início do contrato.' },
        422,
      ),
    });
    const { user } = renderRoute('/admin/contratos/contract-1');

    await user.type(await screen.findByLabelText('Último dia de uso'), '2027-01-01');
    await user.click(screen.getByRole('button', { name: 'Calcular encerramento' }));

    expect(await screen.findByRole('alert')).toHaveTextContent('não pode ser anterior ao início');
    expect(screen.queryByRole('button', { name: /Confirmar encerramento/ })).not.toBeInTheDocument();
  });
});

describe('client area invitation', () => {
  beforeEach(() => signIn('token-abc'));

  it('invites the contract customer', async () => {
    const api = mockApi({
      'GET /api/tenant': jsonResponse(makeTenant()),
      'GET /api/contracts/contract-1': jsonResponse(makeContract()),
      'POST /api/customers/customer-1/client-area-invitation': jsonResponse({ emailId: 'email-1', to: 'maria@example.com', status: 'sent' }),
    });
    const { user } = renderRoute('/admin/contratos/contract-1');

    await user.click(await screen.findByRole('button', { name: 'Convidar para a Área do Cliente' }));

    expect(await screen.findByText('Convite enviado para maria@example.com. O link vale por um dia.')).toBeInTheDocument();
    expect(api.requestsTo('POST', '/api/customers/customer-1/client-area-invitation')).toHaveLength(1);
  });
});

describe('contract detail', () => {
  beforeEach(() => signIn('token-abc'));

  it('shows charges, quotas and the audit trail', async () => {
    mockApi({
      'GET /api/tenant': jsonResponse(makeTenant()),
      'GET /api/contracts/contract-1': jsonResponse(makeContract()),
    });
    renderRoute('/admin/contratos/contract-1');

    const audit = await screen.findByRole('region', { name: 'Histórico' });
    expect(within(audit).getByText(/Contrato criado · Cliente \(contratação online\)/)).toBeInTheDocument();
    expect(within(audit).getByText('— Contratação online do plano Estação fixa.')).toBeInTheDocument();
    expect(within(audit).getByText(/Cobrança paga · EFI/)).toBeInTheDocument();
    expect(within(screen.getByRole('region', { name: 'Cobranças' })).getByText('Paga em 06/02/2027')).toBeInTheDocument();
    expect(within(screen.getByRole('region', { name: 'Cotas do período atual' })).getByText(/10 horas de sala de reunião/)).toBeInTheDocument();
    expect(within(screen.getByRole('region', { name: 'Resumo do contrato' })).getByText('Não solicitada')).toBeInTheDocument();
  });

  it('shows how to reach the customer', async () => {
    const company = makeContract({
      customerName: 'Acme Ltda',
      customer: {
        kind: 'company',
        document: '**.345.678/0001-**',
        email: 'financeiro@acme.com.br',
        phone: '1133334444',
        contactName: 'Carla Nunes',
        contactEmail: 'carla@acme.com.br',
      },
    });
    mockApi({
      'GET /api/tenant': jsonResponse(makeTenant()),
      'GET /api/contracts/contract-1': jsonResponse(company),
    });
    renderRoute('/admin/contratos/contract-1');

    const customer = await screen.findByRole('region', { name: 'Cliente' });
    expect(within(customer).getByText('CNPJ')).toBeInTheDocument();
    expect(within(customer).getByText('**.345.678/0001-**')).toBeInTheDocument();
    expect(within(customer).getByRole('link', { name: 'financeiro@acme.com.br' })).toHaveAttribute('href', 'mailto:financeiro@acme.com.br');
    expect(within(customer).getByRole('link', { name: '(11) 3333-4444' })).toHaveAttribute('href', 'tel:+551133334444');
    expect(within(customer).getByText(/Carla Nunes/)).toBeInTheDocument();
    expect(within(customer).getByRole('link', { name: 'carla@acme.com.br' })).toBeInTheDocument();
  });

  it('shows audit and cancellation times in the tenant zone', async () => {
    const contract = makeContract({
      status: 'cancelled',
      cancelledAt: '2027-02-09T03:10:00Z',
      cancellationReason: 'firstPaymentMissed',
      audit: [
        { action: 'contract.created', actor: 'customer', occurredAt: '2027-02-06T02:30:00Z', details: null },
        { action: 'charge.declined', actor: 'provider:efi', occurredAt: '2027-02-06T12:00:00-03:00', details: null },
      ],
    });
    mockApi({
      'GET /api/tenant': jsonResponse(makeTenant({ timeZoneId: 'America/Manaus' })),
      'GET /api/contracts/contract-1': jsonResponse(contract),
    });
    renderRoute('/admin/contratos/contract-1');
    // The contract may arrive before the tenant, so the test first waits for the tenant name in the header.
    await screen.findByText('Demo Coworking');

    const audit = await screen.findByRole('region', { name: 'Histórico' });
    const entries = within(audit).getAllByRole('listitem');
    expect(entries[0]).toHaveTextContent(/^05\/02\/2027, 22:30: Contrato criado/);
    expect(entries[1]).toHaveTextContent(/^06\/02\/2027, 11:00: Pagamento recusado/);
    const summary = screen.getByRole('region', { name: 'Resumo do contrato' });
    expect(within(summary).getByText('Cancelado em').nextElementSibling).toHaveTextContent('08/02/2027, 23:10');
  });

  it('shows why a payment was refused', async () => {
    const contract = makeContract({
      status: 'awaitingPayment',
      charges: [{ id: 'charge-1', periodIndex: 0, purpose: 'regular', dueDate: '2027-02-06', amount: 450, status: 'declined', declineReason: 'Cartão sem limite.', paidOn: null, settledOutsideProvider: false }],
      audit: [{ action: 'charge.declined', actor: 'provider:efi', occurredAt: '2027-02-06T12:00:00-03:00', details: 'Cartão sem limite.' }],
    });
    mockApi({
      'GET /api/tenant': jsonResponse(makeTenant()),
      'GET /api/contracts/contract-1': jsonResponse(contract),
    });
    renderRoute('/admin/contratos/contract-1');

    const charges = await screen.findByRole('region', { name: 'Cobranças' });
    expect(within(charges).getByText('(Cartão sem limite.)')).toBeInTheDocument();
    expect(within(screen.getByRole('region', { name: 'Histórico' })).getByText(/Pagamento recusado · EFI/)).toBeInTheDocument();
  });
});

describe('contracting cancellation', () => {
  beforeEach(() => signIn('token-abc'));

  const awaiting = makeContract({
    status: 'awaitingPayment',
    payUntil: '2027-03-08',
    charges: [{ id: 'charge-1', periodIndex: 0, purpose: 'regular', dueDate: '2027-02-06', amount: 450, status: 'awaitingPayment', declineReason: null, paidOn: null, settledOutsideProvider: false }],
  });

  it('cancels after the confirmation', async () => {
    const cancelled = makeContract({
      status: 'cancelled',
      cancelledAt: '2027-02-08T13:00:00+00:00',
      cancellationReason: 'byOperator',
      charges: [{ ...awaiting.charges[0], status: 'cancelled' }],
      audit: [{ action: 'contract.cancelled', actor: 'user:1', occurredAt: '2027-02-08T13:00:00+00:00', details: null, actorName: 'Joana Lima' }],
    });
    const api = mockApi({
      'GET /api/tenant': jsonResponse(makeTenant()),
      'GET /api/contracts/contract-1': [jsonResponse(awaiting), jsonResponse(cancelled)],
      'POST /api/contracts/contract-1/cancellation': jsonResponse(cancelled),
    });
    const { user } = renderRoute('/admin/contratos/contract-1');

    const summary = await screen.findByRole('region', { name: 'Resumo do contrato' });
    expect(within(summary).getByText('08/03/2027, ou a contratação é cancelada')).toBeInTheDocument();
    const panel = screen.getByRole('region', { name: 'Cancelar contratação' });
    expect(within(panel).getByText(/pode pagá-la até 08\/03\/2027/)).toBeInTheDocument();
    expect(screen.getByText(/Para não cobrar nada, cancele a contratação/)).toBeInTheDocument();

    await user.click(within(panel).getByRole('button', { name: 'Cancelar contratação' }));
    expect(api.requestsTo('POST', '/api/contracts/contract-1/cancellation')).toHaveLength(0);
    await user.type(within(panel).getByLabelText(/Motivo/), 'Cliente desistiu');
    await user.click(within(panel).getByRole('button', { name: 'Confirmar cancelamento' }));

    expect(await screen.findByText('Cancelado sem pagamento')).toBeInTheDocument();
    expect(api.requestsTo('POST', '/api/contracts/contract-1/cancellation').map((request) => request.body)).toEqual([{ reason: 'Cliente desistiu' }]);
    expect(screen.getByRole('status')).toHaveTextContent('Contratação cancelada. O cliente foi avisado por e-mail');
    expect(screen.getByText('(pela equipe, antes do primeiro pagamento)')).toBeInTheDocument();
    expect(within(screen.getByRole('region', { name: 'Histórico' })).getByText(/Contratação cancelada · Equipe \(Joana Lima\)/)).toBeInTheDocument();
    expect(screen.queryByRole('region', { name: 'Cancelar contratação' })).not.toBeInTheDocument();
    expect(screen.queryByRole('region', { name: 'Encerrar contrato' })).not.toBeInTheDocument();
  });

  it('shows why the cancellation was rejected', async () => {
    mockApi({
      'GET /api/tenant': jsonResponse(makeTenant()),
      'GET /api/contracts/contract-1': jsonResponse(awaiting),
      'POST /api/contracts/contract-1/cancellation': problemResponse(
        { title: 'Conflito', detail: 'O pagamento desta contratação está sendo registrado no provedor agora. Tente cancelar de novo em dois minutos.' },
        409,
      ),
    });
    const { user } = renderRoute('/admin/contratos/contract-1');

    await user.click(await screen.findByRole('button', { name: 'Cancelar contratação' }));
    await user.click(screen.getByRole('button', { name: 'Confirmar cancelamento' }));

    expect(await screen.findByRole('alert')).toHaveTextContent('sendo registrado no provedor');
    expect(within(screen.getByRole('region', { name: 'Resumo do contrato' })).getByText('Aguardando pagamento')).toBeInTheDocument();
  });

  it('names a payment received after the cancellation', async () => {
    const contract = makeContract({
      status: 'cancelled',
      cancellationReason: 'byOperator',
      creditAmount: 450,
      audit: [{ action: 'charge.paid-after-cancellation', actor: 'provider:efi', occurredAt: '2027-02-08T13:05:00+00:00', details: null }],
    });
    mockApi({
      'GET /api/tenant': jsonResponse(makeTenant()),
      'GET /api/contracts/contract-1': jsonResponse(contract),
    });
    renderRoute('/admin/contratos/contract-1');

    const audit = await screen.findByRole('region', { name: 'Histórico' });
    expect(within(audit).getByText(/Pago depois do cancelamento \(crédito do cliente\) · EFI/)).toBeInTheDocument();
    expect(within(screen.getByRole('region', { name: 'Resumo do contrato' })).getByText(/R\$\s450,00/)).toBeInTheDocument();
  });

  it('leaves cancelling and terminating to admins', async () => {
    mockApi({
      'GET /api/tenant': jsonResponse(makeTenant({ canChangeSettings: false })),
      'GET /api/contracts/contract-1': jsonResponse(awaiting),
    });
    renderRoute('/admin/contratos/contract-1');

    expect(await screen.findByText('Somente administradores cancelam ou encerram contratos.')).toBeInTheDocument();
    expect(screen.queryByRole('region', { name: 'Cancelar contratação' })).not.toBeInTheDocument();
    expect(screen.queryByRole('region', { name: 'Encerrar contrato' })).not.toBeInTheDocument();
  });

  it('offers no cancellation once the contract started', async () => {
    mockApi({
      'GET /api/tenant': jsonResponse(makeTenant()),
      'GET /api/contracts/contract-1': jsonResponse(makeContract()),
    });
    renderRoute('/admin/contratos/contract-1');

    expect(await screen.findByRole('region', { name: 'Encerrar contrato' })).toBeInTheDocument();
    expect(screen.queryByRole('region', { name: 'Cancelar contratação' })).not.toBeInTheDocument();
    expect(screen.queryByText(/Pagar até/)).not.toBeInTheDocument();
    expect(screen.queryByText(/cancele a contratação/)).not.toBeInTheDocument();
  });
});

describe('manual payment', () => {
  beforeEach(() => signIn('token-abc'));

  const overdue = makeContract({
    status: 'suspended',
    charges: [
      { id: 'charge-1', periodIndex: 0, purpose: 'regular', dueDate: '2027-02-06', amount: 450, status: 'paid', declineReason: null, paidOn: '2027-02-06', settledOutsideProvider: false },
      { id: 'charge-2', periodIndex: 1, purpose: 'regular', dueDate: '2027-03-06', amount: 350, status: 'overdue', declineReason: null, paidOn: null, settledOutsideProvider: false },
    ],
  });

  it('records a payment received at the unit', async () => {
    const paid = makeContract({
      charges: [overdue.charges[0], { ...overdue.charges[1], status: 'paid', paidOn: '2027-03-09', settledOutsideProvider: true }],
    });
    const api = mockApi({
      'GET /api/tenant': jsonResponse(makeTenant()),
      'GET /api/contracts/contract-1': [jsonResponse(overdue), jsonResponse(paid)],
      'POST /api/contracts/contract-1/charges/charge-2/manual-payment': jsonResponse(paid),
    });
    const { user } = renderRoute('/admin/contratos/contract-1');

    const charges = await screen.findByRole('region', { name: 'Cobranças' });
    expect(within(charges).getAllByRole('button', { name: /Registrar pagamento/ })).toHaveLength(1);
    await user.click(within(charges).getByRole('button', { name: 'Registrar pagamento: Mensalidade 2, vencimento 06/03/2027' }));
    const panel = screen.getByRole('region', { name: 'Registrar pagamento recebido' });
    expect(within(panel).getByText(/Mensalidade 2, vencimento 06\/03\/2027, R\$\s350,00/)).toBeInTheDocument();
    await user.type(within(panel).getByLabelText('Data do recebimento'), '2027-03-09');
    await user.type(within(panel).getByLabelText('Observação (opcional, fica no histórico)'), 'Dinheiro na recepção');
    await user.click(within(panel).getByRole('button', { name: /Confirmar pagamento de R\$\s350,00/ }));

    expect(await screen.findByRole('status')).toHaveTextContent(/Pagamento de R\$\s350,00 registrado \(Mensalidade 2\)/);
    expect(screen.getByRole('heading', { level: 1 })).toHaveFocus();
    expect(api.requestsTo('POST', '/api/contracts/contract-1/charges/charge-2/manual-payment')[0].body).toEqual({
      paidOn: '2027-03-09',
      note: 'Dinheiro na recepção',
    });
    const reloaded = await screen.findByRole('region', { name: 'Cobranças' });
    expect(within(reloaded).getByText(/Paga em 09\/03\/2027/)).toBeInTheDocument();
    expect(within(reloaded).getByText('(fora do provedor)')).toBeInTheDocument();
    expect(within(reloaded).queryByRole('button', { name: /Registrar pagamento/ })).not.toBeInTheDocument();
    expect(screen.queryByRole('region', { name: 'Registrar pagamento recebido' })).not.toBeInTheDocument();
  });

  it('names the first charge with the adhesion fee', async () => {
    const unpaid = makeContract({
      status: 'active',
      charges: [
        { id: 'charge-1', periodIndex: 0, purpose: 'regular', dueDate: '2027-02-06', amount: 450, status: 'awaitingPayment', declineReason: null, paidOn: null, settledOutsideProvider: false },
        { id: 'charge-2', periodIndex: 1, purpose: 'regular', dueDate: '2027-03-06', amount: 350, status: 'awaitingPayment', declineReason: null, paidOn: null, settledOutsideProvider: false },
        { id: 'charge-3', periodIndex: 1, purpose: 'proRata', dueDate: '2027-03-20', amount: 169.35, status: 'awaitingPayment', declineReason: null, paidOn: null, settledOutsideProvider: false },
      ],
    });
    const paid = makeContract({ charges: [{ ...unpaid.charges[0], status: 'paid', paidOn: '2027-02-07', settledOutsideProvider: true }, unpaid.charges[1]] });
    mockApi({
      'GET /api/tenant': jsonResponse(makeTenant()),
      'GET /api/contracts/contract-1': [jsonResponse(unpaid), jsonResponse(paid)],
      'POST /api/contracts/contract-1/charges/charge-1/manual-payment': jsonResponse(paid),
    });
    const { user } = renderRoute('/admin/contratos/contract-1');

    const charges = await screen.findByRole('region', { name: 'Cobranças' });
    const types = within(charges).getAllByRole('cell').filter((cell) => cell.dataset.label === 'Tipo');
    expect(types.map((cell) => cell.textContent)).toEqual(['Mensalidade 1 + adesão', 'Mensalidade 2', 'Pró-rata']);

    await user.click(within(charges).getByRole('button', { name: 'Registrar pagamento: Mensalidade 1 + adesão, vencimento 06/02/2027' }));
    const panel = screen.getByRole('region', { name: 'Registrar pagamento recebido' });
    expect(within(panel).getByText(/Mensalidade 1 \+ adesão, vencimento 06\/02\/2027, R\$\s450,00/)).toBeInTheDocument();
    await user.type(within(panel).getByLabelText('Data do recebimento'), '2027-02-07');
    await user.click(within(panel).getByRole('button', { name: /Confirmar pagamento de R\$\s450,00/ }));

    expect(await screen.findByRole('status')).toHaveTextContent(/Pagamento de R\$\s450,00 registrado \(Mensalidade 1 \+ adesão\)/);
  });

  it('names the first charge without adhesion fee', async () => {
    mockApi({
      'GET /api/tenant': jsonResponse(makeTenant()),
      'GET /api/contracts/contract-1': jsonResponse(makeContract({ adhesionFee: 0, charges: [{ ...overdue.charges[0], amount: 350 }] })),
    });
    renderRoute('/admin/contratos/contract-1');

    const charges = await screen.findByRole('region', { name: 'Cobranças' });
    expect(within(charges).getByText('Mensalidade 1')).toBeInTheDocument();
    expect(within(charges).queryByText(/adesão/)).not.toBeInTheDocument();
  });

  it('shows why the date was rejected and keeps the panel', async () => {
    mockApi({
      'GET /api/tenant': jsonResponse(makeTenant()),
      'GET /api/contracts/contract-1': jsonResponse(overdue),
      'POST /api/contracts/contract-1/charges/charge-2/manual-payment': problemResponse(
        { title: 'Dados inválidos', errors: { paidOn: ['A data do pagamento (20/03/2027) é depois de hoje (10/03/2027). Informe o dia em que o dinheiro foi recebido.'] } },
        400,
      ),
    });
    const { user } = renderRoute('/admin/contratos/contract-1');

    await user.click(await screen.findByRole('button', { name: /Registrar pagamento: Mensalidade 2/ }));
    const panel = screen.getByRole('region', { name: 'Registrar pagamento recebido' });
    await user.type(within(panel).getByLabelText('Data do recebimento'), '2027-03-20');
    await user.click(within(panel).getByRole('button', { name: /Confirmar pagamento/ }));

    expect(await within(panel).findByRole('alert')).toHaveTextContent('é depois de hoje (10/03/2027)');
    expect(within(panel).getByLabelText('Data do recebimento')).toHaveValue('2027-03-20');
  });

  it('reloads the contract when the charge was paid meanwhile', async () => {
    const paidByProvider = makeContract({
      status: 'active',
      charges: [overdue.charges[0], { ...overdue.charges[1], status: 'paid', paidOn: '2027-03-10' }],
    });
    const api = mockApi({
      'GET /api/tenant': jsonResponse(makeTenant()),
      'GET /api/contracts/contract-1': [jsonResponse(overdue), jsonResponse(paidByProvider)],
      'POST /api/contracts/contract-1/charges/charge-2/manual-payment': problemResponse(
        { title: 'Regra de negócio violada', detail: 'Esta cobrança já está paga e não pode receber um pagamento manual.' },
        422,
      ),
    });
    const { user } = renderRoute('/admin/contratos/contract-1');

    await user.click(await screen.findByRole('button', { name: /Registrar pagamento: Mensalidade 2/ }));
    const panel = screen.getByRole('region', { name: 'Registrar pagamento recebido' });
    await user.click(within(panel).getByRole('button', { name: /Confirmar pagamento/ }));

    expect(await within(panel).findByRole('alert')).toHaveTextContent('já está paga');
    const charges = await screen.findByRole('region', { name: 'Cobranças' });
    expect(await within(charges).findByText(/Paga em 10\/03\/2027/)).toBeInTheDocument();
    expect(within(charges).queryByRole('button', { name: /Registrar pagamento/ })).not.toBeInTheDocument();
    expect(api.requestsTo('GET', '/api/contracts/contract-1')).toHaveLength(2);
  });
});
