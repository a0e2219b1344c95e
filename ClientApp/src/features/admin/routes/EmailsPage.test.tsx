import { screen, within } from '@testing-library/react';
import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { jsonResponse, mockApi } from '../../../test/fetchMock';
import { renderRoute } from '../../../test/renderRoute';
import type { Email, Tenant } from '../api/types';
import { signIn } from '../model/session';
import { makeTenant } from '../test/adminFixtures';

// Vitest imports CSS files as empty modules, so the test reads the style sheet from disk. The URL goes through
// a variable because Vitest rewrites `new URL(path, import.meta.url)` to resolve against an http address.
const testFileUrl = import.meta.url;
const adminCss = readFileSync(new URL('../admin.css', testFileUrl), 'utf8');

const longAddress = 'financeiro.contas-a-pagar.matriz@empresa-com-nome-comprido.example.com.br';

function makeEmail(overrides: Partial<Email> = {}): Email {
  return {
    id: 'email-1',
    kind: 'welcome',
    to: longAddress,
    subject: 'Sua contratação na Demo Coworking',
    status: 'sent',
    attempts: 1,
    lastError: null,
    createdAt: '2027-02-06T13:00:00+00:00',
    sentAt: '2027-02-06T13:00:05+00:00',
    body:
      '<p>Acesse a <a href="https://demo.example.test/client">Área do Cliente</a>.</p>' +
      '<p>Boleto em PDF: <a href="https://banco.example.test/boleto.pdf">https://banco.example.test/boleto.pdf</a></p>' +
      '<p><a href="javascript:alert(1)">Clique aqui</a></p>',
    ...overrides,
  };
}

function renderEmails(emails: Email[], tenant: Tenant = makeTenant()) {
  mockApi({
    'GET /api/tenant': jsonResponse(tenant),
    'GET /api/emails?limit=100': jsonResponse(emails),
  });
  return renderRoute('/admin/emails');
}

/**
 * Adds admin.css to the document and repeats the rules of its max-width media blocks without the condition,
 * because jsdom matches no width media feature. The document then styles elements as a phone would.
 */
function applyPhoneStyles() {
  const sheet = document.createElement('style');
  sheet.textContent = adminCss;
  document.head.append(sheet);
  const phoneRules = Array.from(sheet.sheet?.cssRules ?? []).filter(
    (rule): rule is CSSMediaRule => rule instanceof CSSMediaRule && rule.conditionText.includes('max-width'),
  );
  expect(phoneRules.length).toBeGreaterThan(0);
  const phoneSheet = document.createElement('style');
  phoneSheet.textContent = phoneRules.flatMap((rule) => Array.from(rule.cssRules, (inner) => inner.cssText)).join('\n');
  document.head.append(phoneSheet);
}

describe('emails page', () => {
  beforeEach(() => signIn('token-abc'));
  afterEach(() => document.head.querySelectorAll('style').forEach((element) => element.remove()));

  it('makes web links in the body clickable', async () => {
    renderEmails([makeEmail()]);

    const body = (await screen.findByText(/Acesse a Área do Cliente/)).closest('pre')!;
    const clientArea = within(body).getByRole('link', { name: 'https://demo.example.test/client' });
    expect(clientArea).toHaveAttribute('href', 'https://demo.example.test/client');
    expect(clientArea).toHaveAttribute('target', '_blank');
    expect(clientArea).toHaveAttribute('rel', 'noopener noreferrer');
    const boleto = within(body).getByRole('link', { name: 'https://banco.example.test/boleto.pdf' });
    expect(boleto).toHaveAttribute('href', 'https://banco.example.test/boleto.pdf');
    expect(within(body).getAllByRole('link')).toHaveLength(2);
  });

  it('opens a link to this site in the same tab', async () => {
    const contractUrl = `${window.location.origin}/admin/contratos/contract-1`;
    renderEmails([makeEmail({ body: `<p>Contrato: <a href="${contractUrl}">${contractUrl}</a></p>` })]);

    const link = await screen.findByRole('link', { name: contractUrl });
    expect(link).toHaveAttribute('href', contractUrl);
    expect(link).not.toHaveAttribute('target');
  });

  it('shows a script link as text only', async () => {
    renderEmails([makeEmail()]);

    const body = (await screen.findByText(/Acesse a Área do Cliente/)).closest('pre')!;
    expect(body).toHaveTextContent('Clique aqui (javascript:alert(1))');
    expect(within(body).queryByRole('link', { name: /javascript/ })).not.toBeInTheDocument();
    expect(body.querySelector('a[href^="javascript"]')).toBeNull();
  });

  it('renders body markup as text', async () => {
    renderEmails([makeEmail({ body: '<p>Olá &lt;img src=x onerror=alert(1)&gt;</p>' })]);

    const body = (await screen.findByText(/Olá/)).closest('pre')!;
    expect(body).toHaveTextContent('Olá <img src=x onerror=alert(1)>');
    expect(body.querySelector('img')).toBeNull();
  });

  it('shows the date in the tenant zone', async () => {
    // 02:30 UTC is the evening before in Brazil, so the browser's zone would move the e-mail to the next day.
    const cases = [
      { timeZoneId: 'America/Sao_Paulo', shown: '05/02/2027, 23:30' },
      { timeZoneId: 'America/Manaus', shown: '05/02/2027, 22:30' },
      { timeZoneId: 'Asia/Tokyo', shown: '06/02/2027, 11:30' },
    ];
    for (const { timeZoneId, shown } of cases) {
      const { unmount } = renderEmails([makeEmail({ createdAt: '2027-02-06T02:30:00Z' })], makeTenant({ timeZoneId }));
      // The e-mails may arrive before the tenant, so the test first waits for the tenant name in the header.
      await screen.findByText('Demo Coworking');

      const row = (await screen.findByText(longAddress)).closest('tr')!;
      expect(within(row).getByRole('cell', { name: shown })).toHaveAttribute('data-label', 'Data');
      unmount();
    }
  });

  it('shows Sao Paulo time for an invalid zone', async () => {
    renderEmails([makeEmail({ createdAt: '2027-02-06T02:30:00Z' })], makeTenant({ timeZoneId: 'Mars/Olympus' }));
    await screen.findByText('Demo Coworking');

    const row = (await screen.findByText(longAddress)).closest('tr')!;
    expect(within(row).getByRole('cell', { name: '05/02/2027, 23:30' })).toBeInTheDocument();
  });

  it('shows Sao Paulo time while the tenant loads', async () => {
    mockApi({
      'GET /api/tenant': () => new Promise<Response>(() => {}),
      'GET /api/emails?limit=100': jsonResponse([makeEmail({ createdAt: '2027-02-06T02:30:00Z' })]),
    });
    renderRoute('/admin/emails');

    const row = (await screen.findByText(longAddress)).closest('tr')!;
    expect(within(row).getByRole('cell', { name: '05/02/2027, 23:30' })).toBeInTheDocument();
    expect(screen.queryByText('Demo Coworking')).not.toBeInTheDocument();
  });

  it('stacks each row on a phone', async () => {
    renderEmails([makeEmail({ status: 'failed', lastError: `SMTP 550: mailbox ${longAddress} unavailable` })]);
    const row = (await screen.findByText(longAddress)).closest('tr')!;
    applyPhoneStyles();

    expect(getComputedStyle(row.closest('table')!).display).toBe('block');
    expect(getComputedStyle(row.closest('tbody')!).display).toBe('block');
    for (const cell of within(row).getAllByRole('cell')) {
      // The date, the status and the attempts sit beside their labels; the address and the subject below theirs.
      expect(getComputedStyle(cell).display).toBe(cell.classList.contains('email-short') ? 'flex' : 'block');
      expect(getComputedStyle(cell).overflowWrap).toBe('anywhere');
    }
    expect(row.querySelectorAll('td.email-short')).toHaveLength(3);
  });

  it('breaks a long address anywhere', async () => {
    renderEmails([makeEmail()]);
    const cell = await screen.findByText(longAddress);
    const sheet = document.createElement('style');
    sheet.textContent = adminCss;
    document.head.append(sheet);

    expect(cell).toHaveAttribute('data-label', 'Destinatário');
    expect(getComputedStyle(cell).overflowWrap).toBe('anywhere');
  });
});

describe('e-mail history search and paging', () => {
  beforeEach(() => signIn('token-abc'));

  it('searches by recipient or subject', async () => {
    const api = mockApi({
      'GET /api/tenant': jsonResponse(makeTenant()),
      'GET /api/emails?limit=100': jsonResponse([makeEmail()]),
      'GET /api/emails?limit=100&search=maria%40example.com': jsonResponse([makeEmail({ id: 'email-2', to: 'maria@example.com' })]),
    });
    const { user } = renderRoute('/admin/emails');

    await user.type(await screen.findByLabelText('Buscar por destinatário ou assunto'), ' maria@example.com ');
    await user.click(screen.getByRole('button', { name: 'Buscar' }));

    expect(await screen.findByText('1 e-mail encontrado com “maria@example.com”, dos mais recentes aos mais antigos.')).toBeInTheDocument();
    expect(screen.getByText('maria@example.com')).toBeInTheDocument();
    expect(api.requestsTo('GET', '/api/emails?limit=100&search=maria%40example.com')).toHaveLength(1);
  });

  it('lists older e-mails on request', async () => {
    const newest = Array.from({ length: 100 }, (_, index) => makeEmail({ id: `email-${index}` }));
    const more = [...newest, makeEmail({ id: 'email-old', to: 'antigo@example.com' })];
    mockApi({
      'GET /api/tenant': jsonResponse(makeTenant()),
      'GET /api/emails?limit=100': jsonResponse(newest),
      'GET /api/emails?limit=200': jsonResponse(more),
    });
    const { user } = renderRoute('/admin/emails');

    await user.click(await screen.findByRole('button', { name: 'Mostrar mais antigos' }));

    expect(await screen.findByText('antigo@example.com')).toBeInTheDocument();
    expect(screen.getByText('101 e-mails, dos mais recentes aos mais antigos.')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Mostrar mais antigos' })).not.toBeInTheDocument();
  });

  it('says when a search finds nothing', async () => {
    mockApi({
      'GET /api/tenant': jsonResponse(makeTenant()),
      'GET /api/emails?limit=100': jsonResponse([makeEmail()]),
      'GET /api/emails?limit=100&search=ningu%C3%A9m': jsonResponse([]),
    });
    const { user } = renderRoute('/admin/emails');

    await user.type(await screen.findByLabelText('Buscar por destinatário ou assunto'), 'ninguém');
    await user.click(screen.getByRole('button', { name: 'Buscar' }));

    expect(await screen.findByText('Nenhum e-mail encontrado com “ninguém”.')).toBeInTheDocument();
  });
});
