import { screen, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { jsonResponse, mockApi, problemResponse } from '../../../test/fetchMock';
import { renderRoute } from '../../../test/renderRoute';
import { signIn } from '../model/session';
import { makeReadiness, makeTenant, makeUnit } from '../test/adminFixtures';
import { makeContractsPerDay, makeEmptyContractsPerDay } from '../test/dashboard';

describe('home', () => {
  beforeEach(() => signIn('token-abc'));

  it('links each missing item to its fix', async () => {
    mockApi({
      'GET /api/tenant': jsonResponse(makeTenant()),
      'GET /api/tenant/readiness': jsonResponse(
        makeReadiness({ warnings: [{ planId: 'plan-1', planName: 'Estação fixa', code: 'boleto-immediate-access', message: 'Com boleto e acesso imediato, o cliente usa o espaço antes de pagar.' }] }),
      ),
      'GET /api/dashboard/contracts-per-day?days=30': jsonResponse(makeContractsPerDay()),
    });
    renderRoute('/admin');

    const checklist = await screen.findByRole('region', { name: 'Contratação online' });
    expect(within(checklist).getByRole('link', { name: 'Resolver em Planos' })).toHaveAttribute('href', '/admin/planos');
    expect(within(checklist).getByText('Ainda não está pronta. Veja o que falta:')).toBeInTheDocument();
    expect(within(checklist).getByRole('link', { name: 'Estação fixa' })).toHaveAttribute('href', '/admin/planos/plan-1');
    expect(await screen.findByText('2 contratos de 06/02/2027 a 07/02/2027.')).toBeInTheDocument();
    expect(screen.getByText('Barra mais alta: 2 contratos no dia')).toBeInTheDocument();
    expect(screen.getByText('06/02/2027', { selector: '.chart-axis span' })).toBeInTheDocument();
    expect(screen.getByText('07/02/2027', { selector: '.chart-axis span' })).toBeInTheDocument();
  });
});

describe('home chart', () => {
  beforeEach(() => signIn('token-abc'));

  it('shows a message without contracts', async () => {
    mockApi({
      'GET /api/tenant': jsonResponse(makeTenant()),
      'GET /api/tenant/readiness': jsonResponse(makeReadiness()),
      'GET /api/dashboard/contracts-per-day?days=30': jsonResponse(makeEmptyContractsPerDay()),
    });
    renderRoute('/admin');

    const chart = await screen.findByRole('region', { name: 'Contratos por dia' });
    expect(within(chart).getByText('Nenhuma contratação no período, de 06/02/2027 a 07/02/2027.')).toBeInTheDocument();
    expect(within(chart).queryByText(/Barra mais alta/)).not.toBeInTheDocument();
    expect(within(chart).queryByRole('button', { name: 'Por origem' })).not.toBeInTheDocument();
    expect(chart.querySelector('svg')).toBeNull();
  });
});

describe('home readiness', () => {
  beforeEach(() => signIn('token-abc'));

  it('links a missing payment integration to Integrações', async () => {
    mockApi({
      'GET /api/tenant': jsonResponse(makeTenant()),
      'GET /api/tenant/readiness': jsonResponse(
        makeReadiness({
          items: [
            {
              code: 'payment-integration',
              status: 'missing',
              optional: false,
              message: 'Sem integração de pagamento ativa para: Estação fixa.',
              fixPath: '/admin/configuracoes#integracoes',
              fixLabel: 'Configurações > Integrações',
            },
          ],
        }),
      ),
      'GET /api/dashboard/contracts-per-day?days=30': jsonResponse(makeContractsPerDay()),
    });
    renderRoute('/admin');

    const checklist = await screen.findByRole('region', { name: 'Contratação online' });
    expect(within(checklist).getByRole('link', { name: 'Resolver em Configurações > Integrações' })).toHaveAttribute(
      'href',
      '/admin/configuracoes#integracoes',
    );
  });
});

describe('settings', () => {
  beforeEach(() => signIn('token-abc'));

  it('saves a unit notification e-mail', async () => {
    const api = mockApi({
      'GET /api/tenant': jsonResponse(makeTenant()),
      'GET /api/units': jsonResponse([makeUnit()]),
      'GET /api/tenant/storage': jsonResponse({ usedBytes: 0, pendingBytes: 0, quotaBytes: 104857600, unlimited: false }),
      'GET /api/integrations': jsonResponse({ items: [] }),
      'PUT /api/units/unit-1/notification-email': jsonResponse(makeUnit({ notificationEmail: 'avisos@demo.local', effectiveNotificationEmail: 'avisos@demo.local' })),
    });
    const { user } = renderRoute('/admin/configuracoes');

    await user.type(await screen.findByLabelText('E-mail de notificação (Unidade Centro)'), 'avisos@demo.local');
    await user.click(screen.getByRole('button', { name: 'Salvar' }));

    expect(await screen.findByText('Salvo. Os avisos vão para avisos@demo.local.')).toBeInTheDocument();
    expect(api.requestsTo('PUT', '/api/units/unit-1/notification-email')[0].body).toEqual({ email: 'avisos@demo.local' });
  });

  it('shows the field error of an invalid e-mail', async () => {
    mockApi({
      'GET /api/tenant': jsonResponse(makeTenant()),
      'GET /api/units': jsonResponse([makeUnit()]),
      'GET /api/tenant/storage': jsonResponse({ usedBytes: 0, pendingBytes: 0, quotaBytes: 104857600, unlimited: false }),
      'GET /api/integrations': jsonResponse({ items: [] }),
      'PUT /api/units/unit-1/notification-email': problemResponse({ errors: { email: ['E-mail inválido.'] } }, 400),
    });
    const { user } = renderRoute('/admin/configuracoes');

    await user.type(await screen.findByLabelText('E-mail de notificação (Unidade Centro)'), 'sem-arroba');
    await user.click(screen.getByRole('button', { name: 'Salvar' }));

    expect(await screen.findByRole('alert')).toHaveTextContent('E-mail inválido.');
  });

  it('offers online contracting to a LIGHT tenant', async () => {
    const light = makeTenant({ tier: 'light', onlineContractingAvailable: false, onlineContractingOffered: true });
    const api = mockApi({
      'GET /api/tenant': [jsonResponse(light), jsonResponse(light), jsonResponse(makeTenant())],
      'GET /api/units': jsonResponse([makeUnit()]),
      'GET /api/tenant/storage': jsonResponse({ usedBytes: 0, pendingBytes: 0, quotaBytes: 104857600, unlimited: false }),
      'GET /api/integrations': jsonResponse({ items: [] }),
      'POST /api/tenant/online-contracting-offer': jsonResponse(makeTenant()),
    });
    const { user } = renderRoute('/admin/configuracoes');

    await user.click(await screen.findByRole('button', { name: 'Quero esta oferta' }));

    expect(await screen.findByText('Contratação online: incluída no plano PRO da sua assinatura.')).toBeInTheDocument();
    expect(api.requestsTo('POST', '/api/tenant/online-contracting-offer')).toHaveLength(1);
  });
});

describe('home of a LIGHT tenant', () => {
  beforeEach(() => signIn('token-abc'));

  it('reloads the checklist after the offer is accepted', async () => {
    const forbidden = problemResponse({ type: '/problems/feature-unavailable', title: 'Contratação online indisponível' }, 403);
    const lightReadiness = makeReadiness({
      items: [{ code: 'tier', status: 'missing', optional: false, message: 'O plano LIGHT não inclui a contratação online.', fixPath: '/admin/configuracoes', fixLabel: 'Configurações > Módulos opcionais' }],
    });
    const proReadiness = makeReadiness({
      ready: true,
      items: [{ code: 'tier', status: 'ok', optional: false, message: 'O plano da sua assinatura inclui a contratação online.', fixPath: '/admin/configuracoes', fixLabel: 'Configurações > Módulos opcionais' }],
    });
    mockApi({
      'GET /api/tenant': jsonResponse(makeTenant()),
      'GET /api/tenant/readiness': [jsonResponse(lightReadiness), jsonResponse(proReadiness)],
      'GET /api/dashboard/contracts-per-day?days=30': [forbidden, jsonResponse(makeContractsPerDay())],
      'POST /api/tenant/online-contracting-offer': jsonResponse(makeTenant()),
    });
    const { user } = renderRoute('/admin');

    await screen.findByText('O plano LIGHT não inclui a contratação online.');
    await user.click(await screen.findByRole('button', { name: 'Quero esta oferta' }));

    expect(await screen.findByText('Pronta: os links dos planos ativos aceitam contratações.')).toBeInTheDocument();
    expect(await screen.findByText('2 contratos de 06/02/2027 a 07/02/2027.')).toBeInTheDocument();
  });
});
