import { screen } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { jsonResponse, mockApi } from '../../../test/fetchMock';
import { renderRoute } from '../../../test/renderRoute';
import { signIn } from '../model/session';
import { makeAdminPlan, makeTenant } from '../test/adminFixtures';

describe('plans list', () => {
  beforeEach(() => signIn('token-abc'));

  it('names each payment option with its provider', async () => {
    const plan = makeAdminPlan({
      paymentOptions: [
        { method: 'pix', provider: 'efi' },
        { method: 'boleto', provider: 'efi' },
        { method: 'boleto', provider: 'inter' },
      ],
    });
    mockApi({ 'GET /api/tenant': jsonResponse(makeTenant()), 'GET /api/plans': jsonResponse([plan]) });
    renderRoute('/admin/planos');

    expect(
      await screen.findByText(/Pix \(EFI\), Boleto com Pix \(EFI\), Boleto com Pix \(Banco Inter\)$/, {}, { timeout: 5000 }),
    ).toBeInTheDocument();
  });
});
