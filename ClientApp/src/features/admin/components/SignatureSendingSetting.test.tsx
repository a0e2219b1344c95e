import { screen, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { jsonResponse, mockApi, problemResponse } from '../../../test/fetchMock';
import { renderRoute } from '../../../test/renderRoute';
import { signIn } from '../model/session';
import { makeContract, makeTenant } from '../test/adminFixtures';

const settingUrl = '/api/tenant/signature-sending';
const checkboxName = 'Enviar cada novo contrato para assinatura automaticamente';

function settingsRoutes(tenant = makeTenant()) {
  return {
    'GET /api/tenant': jsonResponse(tenant),
    'GET /api/units': jsonResponse([]),
    'GET /api/tenant/storage': jsonResponse({ usedBytes: 0, pendingBytes: 0, quotaBytes: null, unlimited: true }),
    'GET /api/integrations': jsonResponse({ items: [] }),
  };
}

async function openSetting() {
  const rendered = renderRoute('/admin/configuracoes');
  const section = await screen.findByRole('region', { name: 'Assinatura eletrônica' });
  return { ...rendered, section, checkbox: within(section).getByRole('checkbox', { name: checkboxName }) };
}

describe('signature sending setting', () => {
  beforeEach(() => signIn('token-abc'));

  it('turns automatic sending on', async () => {
    const api = mockApi({
      ...settingsRoutes(),
      [`PUT ${settingUrl}`]: jsonResponse(makeTenant({ sendsContractsForSignature: true })),
    });
    const { user, section, checkbox } = await openSetting();
    expect(checkbox).not.toBeChecked();

    await user.click(checkbox);

    expect(await within(section).findByRole('status')).toHaveTextContent('Salvo. Cada novo contrato será enviado para assinatura');
    expect(checkbox).toBeChecked();
    const requests = api.requestsTo('PUT', settingUrl);
    expect(requests).toHaveLength(1);
    expect(requests[0].body).toEqual({ sendsContractsForSignature: true });
    expect(requests[0].headers.get('Authorization')).toBe('Bearer token-abc');
    expect(requests[0].headers.get('Content-Type')).toBe('application/json');
  });

  it('turns automatic sending off', async () => {
    const api = mockApi({
      ...settingsRoutes(makeTenant({ sendsContractsForSignature: true })),
      [`PUT ${settingUrl}`]: jsonResponse(makeTenant({ sendsContractsForSignature: false })),
    });
    const { user, section, checkbox } = await openSetting();
    expect(checkbox).toBeChecked();

    await user.click(checkbox);

    expect(await within(section).findByRole('status')).toHaveTextContent('envie cada um pela tela do contrato');
    expect(checkbox).not.toBeChecked();
    expect(api.requestsTo('PUT', settingUrl)[0].body).toEqual({ sendsContractsForSignature: false });
  });

  it('restores the checkbox after a failure', async () => {
    mockApi({
      ...settingsRoutes(),
      [`PUT ${settingUrl}`]: problemResponse({ title: 'Bad Request', detail: 'Informe true ou false.' }, 400),
    });
    const { user, section, checkbox } = await openSetting();

    await user.click(checkbox);

    expect(await within(section).findByRole('alert')).toHaveTextContent('Informe true ou false.');
    expect(checkbox).not.toBeChecked();
    expect(checkbox).toBeEnabled();
  });

  it('disables the checkbox for staff', async () => {
    mockApi({
      ...settingsRoutes(),
      [`PUT ${settingUrl}`]: problemResponse({ title: 'Forbidden' }, 403),
    });
    const { user, section, checkbox } = await openSetting();

    await user.click(checkbox);

    expect(await within(section).findByRole('alert')).toHaveTextContent('Peça a um administrador');
    expect(checkbox).not.toBeChecked();
    expect(checkbox).toBeDisabled();
    expect(within(section).getByText(/Somente administradores alteram esta opção\./)).toBeInTheDocument();
  });

  it('stays disabled after a rejected sending', async () => {
    mockApi({
      ...settingsRoutes(),
      'GET /api/contracts/contract-1': jsonResponse(makeContract()),
      'POST /api/contracts/contract-1/signature-requests': problemResponse({ title: 'Forbidden' }, 403),
    });
    const { user, router } = renderRoute('/admin/contratos/contract-1');
    const signature = await screen.findByRole('region', { name: 'Assinatura' });
    await user.click(within(signature).getByRole('button', { name: 'Enviar para assinatura' }));
    await within(signature).findByRole('alert');

    await router.navigate('/admin/configuracoes');

    const section = await screen.findByRole('region', { name: 'Assinatura eletrônica' });
    expect(within(section).getByRole('checkbox', { name: checkboxName })).toBeDisabled();
  });

  it('is hidden without online contracting', async () => {
    mockApi(settingsRoutes(makeTenant({ tier: 'light', onlineContractingAvailable: false, onlineContractingOffered: true })));
    renderRoute('/admin/configuracoes');

    expect(await screen.findByRole('button', { name: 'Quero esta oferta' })).toBeInTheDocument();
    expect(screen.queryByRole('region', { name: 'Assinatura eletrônica' })).not.toBeInTheDocument();
  });
});
