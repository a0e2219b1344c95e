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
    kind: 'contracting',
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
    'GET /api/emails': jsonResponse(emails),
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
      'GET /api/emails': jsonResponse([makeEmail({ createdAt: '2027-02-06T02:30:00Z' })]),
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
      expect(getComputedStyle(cell).display).toBe('block');
      expect(getComputedStyle(cell).overflowWrap).toBe('anywhere');
    }
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
