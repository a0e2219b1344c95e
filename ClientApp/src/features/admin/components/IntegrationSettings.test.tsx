import { screen, waitFor, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { jsonResponse, mockApi, problemResponse } from '../../../test/fetchMock';
import { renderRoute } from '../../../test/renderRoute';
import type { Integration, Tenant } from '../api/types';
import { signIn } from '../model/session';
import { makeTenant, makeUnit } from '../test/adminFixtures';

function makeIntegration(overrides: Partial<Integration> = {}): Integration {
  return {
    provider: 'efi',
    name: 'EFI',
    source: 'host',
    offeredMethods: ['pix', 'card', 'boleto'],
    enabledMethods: ['pix', 'card', 'boleto'],
    maskedIdentifier: '••••t-id',
    lastTestedAt: null,
    lastTestSucceeded: null,
    lastTestMessage: null,
    updatedAt: null,
    ...overrides,
  };
}

const d4Sign = makeIntegration({ provider: 'd4sign', name: 'D4Sign', source: 'none', offeredMethods: ['signature'], enabledMethods: [], maskedIdentifier: null });
const inter = makeIntegration({ provider: 'inter', name: 'Banco Inter', offeredMethods: ['boleto'], enabledMethods: ['boleto'] });

const ownEfi = makeIntegration({ source: 'tenant', maskedIdentifier: '••••a1b2', updatedAt: '2027-02-07T12:00:00Z' });

function settingsRoutes(integrations: Integration[], extra: Record<string, Response | Response[]> = {}, tenant: Tenant = makeTenant()) {
  return mockApi({
    'GET /api/tenant': jsonResponse(tenant),
    'GET /api/units': jsonResponse([makeUnit()]),
    'GET /api/integrations': jsonResponse({ items: integrations }),
    ...extra,
  });
}

describe('integration settings', () => {
  beforeEach(() => signIn('token-abc'));

  it('shows where each account comes from', async () => {
    settingsRoutes([ownEfi, inter, d4Sign]);
    renderRoute('/admin/configuracoes');

    const efi = await screen.findByRole('article', { name: 'EFI' });
    expect(within(efi).getByText('Credenciais próprias (••••a1b2)')).toBeInTheDocument();
    expect(within(efi).getByText('Conexão ainda não testada.')).toBeInTheDocument();
    expect(within(screen.getByRole('article', { name: 'Banco Inter' })).getByText('Credenciais da instalação (••••t-id)')).toBeInTheDocument();
    expect(within(screen.getByRole('article', { name: 'D4Sign' })).getByText('Não configurada')).toBeInTheDocument();
    expect(within(screen.getByRole('article', { name: 'D4Sign' })).queryByRole('button', { name: 'Testar conexão' })).toBeNull();
  });

  it('saves EFI credentials with the certificate in base64', async () => {
    const api = settingsRoutes([makeIntegration(), inter, d4Sign], { 'PUT /api/integrations/efi': jsonResponse(ownEfi) });
    const { user } = renderRoute('/admin/configuracoes');

    const efi = await screen.findByRole('article', { name: 'EFI' });
    await user.click(within(efi).getByRole('button', { name: 'Informar credenciais próprias' }));
    await user.type(within(efi).getByLabelText('Client_Id'), 'client-a1b2');
    await user.type(within(efi).getByLabelText('Client_Secret'), 'segredo');
    await user.type(within(efi).getByLabelText('Chave Pix'), 'pix@coworking.test');
    await user.upload(within(efi).getByLabelText('Certificado .p12'), new File([new Uint8Array([1, 2, 3])], 'conta.p12'));
    await user.click(within(efi).getByLabelText('Boleto'));
    await user.click(within(efi).getByRole('button', { name: 'Salvar credenciais' }));

    expect(await within(efi).findByText('Credenciais salvas. Teste a conexão para ativá-las.')).toBeInTheDocument();
    expect(api.requestsTo('PUT', '/api/integrations/efi')[0].body).toEqual({
      clientId: 'client-a1b2',
      clientSecret: 'segredo',
      pixKey: 'pix@coworking.test',
      certificateBase64: 'AQID',
      methods: ['pix', 'card'],
    });
  });

  it('names each invalid field', async () => {
    settingsRoutes([makeIntegration(), inter, d4Sign], {
      'PUT /api/integrations/d4sign': problemResponse(
        { detail: 'Corrija os campos indicados em "errors" e envie novamente.', errors: { cryptKey: ['Informe o cryptKey da conta D4Sign.'] } },
        400,
      ),
    });
    const { user } = renderRoute('/admin/configuracoes');

    const card = await screen.findByRole('article', { name: 'D4Sign' });
    await user.click(within(card).getByRole('button', { name: 'Informar credenciais próprias' }));
    await user.type(within(card).getByLabelText('tokenAPI'), 'token');
    await user.click(within(card).getByRole('button', { name: 'Salvar credenciais' }));

    expect(await within(card).findByText('Informe o cryptKey da conta D4Sign.')).toBeInTheDocument();
    expect(within(card).getByLabelText('cryptKey')).toHaveAttribute('aria-invalid', 'true');
  });

  it('shows EFI field errors without the generic detail', async () => {
    const api = settingsRoutes([makeIntegration(), inter, d4Sign], {
      'PUT /api/integrations/efi': problemResponse(
        {
          title: 'Dados inválidos',
          detail: 'Corrija os campos indicados em "errors" e envie novamente.',
          errors: {
            ClientId: ['Informe o Client_Id da aplicação EFI.'],
            clientSecret: ['Informe o Client_Secret da aplicação EFI.'],
            '$.pixKey': ['Informe a chave Pix da conta EFI que recebe os pagamentos.'],
            'methods[0]': ['Escolha ao menos uma forma de pagamento entre pix, card e boleto.'],
            webhookUrl: ['O campo "webhookUrl" não existe nesta rota.'],
          },
        },
        400,
      ),
    });
    const { user } = renderRoute('/admin/configuracoes');

    const efi = await screen.findByRole('article', { name: 'EFI' });
    await user.click(within(efi).getByRole('button', { name: 'Informar credenciais próprias' }));
    await user.click(within(efi).getByRole('button', { name: 'Salvar credenciais' }));

    const alert = await within(efi).findByRole('alert');
    expect(alert).toHaveTextContent('Corrija os campos indicados.');
    expect(alert).not.toHaveTextContent('errors');
    expect(within(alert).getByRole('listitem')).toHaveTextContent('O campo "webhookUrl" não existe nesta rota.');
    expect(within(efi).getByLabelText('Client_Id')).toHaveAccessibleDescription('Informe o Client_Id da aplicação EFI.');
    expect(within(efi).getByLabelText('Client_Id')).toHaveAttribute('aria-invalid', 'true');
    expect(within(efi).getByLabelText('Client_Secret')).toHaveAccessibleDescription('Informe o Client_Secret da aplicação EFI.');
    expect(within(efi).getByLabelText('Chave Pix')).toHaveAccessibleDescription('Informe a chave Pix da conta EFI que recebe os pagamentos.');
    expect(within(efi).getByText('Escolha ao menos uma forma de pagamento entre pix, card e boleto.')).toBeInTheDocument();
    expect(within(alert).queryByText(/Informe o Client_Id/)).toBeNull();
    expect(api.requestsTo('PUT', '/api/integrations/efi')).toHaveLength(1);
  });

  it('shows a save failure without field errors', async () => {
    settingsRoutes([makeIntegration(), inter, d4Sign], {
      'PUT /api/integrations/efi': problemResponse({ title: 'A EFI recusou', detail: 'A EFI recusou o certificado.' }, 422),
    });
    const { user } = renderRoute('/admin/configuracoes');

    const efi = await screen.findByRole('article', { name: 'EFI' });
    await user.click(within(efi).getByRole('button', { name: 'Informar credenciais próprias' }));
    await user.click(within(efi).getByRole('button', { name: 'Salvar credenciais' }));

    expect(await within(efi).findByRole('alert')).toHaveTextContent('A EFI recusou o certificado.');
  });

  it('tests the connection and shows the provider reason', async () => {
    const failed = { ...ownEfi, lastTestedAt: '2027-02-07T12:05:00Z', lastTestSucceeded: false, lastTestMessage: 'A EFI recusou as credenciais na API Cobranças (status 401): client_id ou client_secret inválido ou ausente.' };
    const api = settingsRoutes([ownEfi, inter, d4Sign], { 'POST /api/integrations/efi/test': jsonResponse(failed) });
    const { user } = renderRoute('/admin/configuracoes');

    const efi = await screen.findByRole('article', { name: 'EFI' });
    await user.click(within(efi).getByRole('button', { name: 'Testar conexão' }));

    expect(await within(efi).findByRole('alert')).toHaveTextContent('client_id ou client_secret inválido ou ausente.');
    expect(api.requestsTo('POST', '/api/integrations/efi/test')).toHaveLength(1);
  });

  it('shows the last test time in the tenant zone', async () => {
    const tested = { ...ownEfi, lastTestedAt: '2027-02-06T02:30:00Z', lastTestSucceeded: true, lastTestMessage: 'Conexão com a EFI funcionando.' };
    settingsRoutes([tested, inter, d4Sign], {}, makeTenant({ timeZoneId: 'America/Manaus' }));
    renderRoute('/admin/configuracoes');
    // The integrations may arrive before the tenant, so the test first waits for the tenant name in the header.
    await screen.findByText('Demo Coworking');

    const efi = await screen.findByRole('article', { name: 'EFI' });
    expect(within(efi).getByText('Último teste em 05/02/2027, 22:30: Conexão com a EFI funcionando.')).toBeInTheDocument();
  });

  it('removes the tenant credentials', async () => {
    const api = settingsRoutes([ownEfi, inter, d4Sign], { 'DELETE /api/integrations/efi': new Response(null, { status: 204 }) });
    const { user } = renderRoute('/admin/configuracoes');

    const efi = await screen.findByRole('article', { name: 'EFI' });
    await user.click(within(efi).getByRole('button', { name: 'Remover credenciais próprias' }));

    expect(api.requestsTo('DELETE', '/api/integrations/efi')).toHaveLength(1);
    // The list is read again once the removal's response arrives, which may be after the click returns.
    await waitFor(() => expect(api.requestsTo('GET', '/api/integrations').length).toBeGreaterThanOrEqual(2));
  });
});
