import { screen, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { jsonResponse, mockApi } from '../../../test/fetchMock';
import { renderRoute } from '../../../test/renderRoute';
import { signIn } from '../model/session';
import { makeTenant, makeUnit } from '../test/adminFixtures';

const efi = {
  provider: 'efi',
  name: 'EFI',
  source: 'tenant',
  offeredMethods: ['pix', 'card', 'boleto'],
  enabledMethods: ['pix', 'card', 'boleto'],
  maskedIdentifier: '••••a1b2',
  lastTestedAt: null,
  lastTestSucceeded: null,
  lastTestMessage: null,
  updatedAt: '2027-02-07T12:00:00Z',
};

const settingsRoutes = {
  'GET /api/units': jsonResponse([makeUnit()]),
  'GET /api/tenant/storage': jsonResponse({ usedBytes: 0, pendingBytes: 0, quotaBytes: 104857600, unlimited: false }),
  'GET /api/integrations': jsonResponse({ items: [efi] }),
  'GET /api/sandbox/test-clock': jsonResponse({ frozen: false, instant: '2027-01-31T15:00:00-03:00', localDate: '2027-01-31', timeZone: 'America/Sao_Paulo' }),
};

/** Lists the buttons that have the base "button" class but neither colour variant, so the browser's grey shows. */
function buttonsWithoutVariant(): HTMLElement[] {
  return Array.from(document.querySelectorAll<HTMLElement>('.button:not(.button-primary):not(.button-secondary)'));
}

describe('settings buttons', () => {
  beforeEach(() => signIn('token-abc'));

  it('use the primary style for their actions', async () => {
    mockApi({ 'GET /api/tenant': jsonResponse(makeTenant()), ...settingsRoutes });
    const { user } = renderRoute('/admin/configuracoes');

    const card = await screen.findByRole('article', { name: 'EFI' });
    await user.click(within(card).getByRole('button', { name: 'Substituir credenciais' }));

    expect(await screen.findByRole('button', { name: 'Ativar Arquivos ilimitados' })).toHaveClass('button', 'button-primary');
    expect(await screen.findByRole('button', { name: 'Congelar relógio' })).toHaveClass('button', 'button-primary');
    expect(within(card).getByRole('button', { name: 'Salvar credenciais' })).toHaveClass('button', 'button-primary');
    expect(within(card).getByRole('button', { name: 'Testar conexão' })).toHaveClass('button', 'button-primary');
    expect(buttonsWithoutVariant()).toEqual([]);
  });

  it('use the primary style for the LIGHT offer', async () => {
    const light = makeTenant({ tier: 'light', onlineContractingAvailable: false, onlineContractingOffered: true });
    mockApi({ 'GET /api/tenant': jsonResponse(light), ...settingsRoutes });
    renderRoute('/admin/configuracoes');

    expect(await screen.findByRole('button', { name: 'Quero esta oferta' })).toHaveClass('button', 'button-primary');
    expect(buttonsWithoutVariant()).toEqual([]);
  });
});
