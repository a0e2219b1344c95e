import { screen, within } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { jsonResponse, mockApi, problemResponse } from '../../../test/fetchMock';
import { renderRoute } from '../../../test/renderRoute';
import { signIn } from '../model/session';
import { makeContract, makeTenant } from '../test/adminFixtures';
import { usedPercent } from './StoragePanel';

const settingsRoutes = {
  'GET /api/tenant': jsonResponse(makeTenant()),
  'GET /api/units': jsonResponse([]),
};

const megabyte = 1024 * 1024;

describe('storage panel', () => {
  beforeEach(() => signIn('token-abc'));

  it('shows usage against the quota with a bar', async () => {
    mockApi({
      ...settingsRoutes,
      'GET /api/tenant/storage': jsonResponse({ usedBytes: 25 * megabyte, pendingBytes: 0, quotaBytes: 100 * megabyte, unlimited: false }),
    });
    renderRoute('/admin/configuracoes');

    const panel = await screen.findByRole('region', { name: 'Arquivos e armazenamento' });
    expect(await within(panel).findByText('25 MB de 100 MB em uso (25%).')).toBeInTheDocument();
    expect(within(panel).queryByText(/formulários ainda não concluídos/)).not.toBeInTheDocument();
    const meter = within(panel).getByRole('meter', { name: 'Espaço de armazenamento em uso' });
    expect(meter).toHaveAttribute('value', String(25 * megabyte));
    expect(meter).toHaveAttribute('max', String(100 * megabyte));
  });

  it('tells apart uploads no checkout used yet', async () => {
    mockApi({
      ...settingsRoutes,
      'GET /api/tenant/storage': jsonResponse({ usedBytes: 25 * megabyte, pendingBytes: 2 * megabyte, quotaBytes: 100 * megabyte, unlimited: false }),
    });
    renderRoute('/admin/configuracoes');

    const panel = await screen.findByRole('region', { name: 'Arquivos e armazenamento' });
    expect(await within(panel).findByText('25 MB de 100 MB em uso (25%).')).toBeInTheDocument();
    expect(within(panel).getByText(/Mais 2 MB de arquivos enviados em formulários ainda não concluídos, que não contam no espaço\./)).toBeInTheDocument();
  });

  it('switches on unlimited files', async () => {
    const api = mockApi({
      ...settingsRoutes,
      'GET /api/tenant/storage': [
        jsonResponse({ usedBytes: 99 * megabyte, pendingBytes: 0, quotaBytes: 100 * megabyte, unlimited: false }),
        jsonResponse({ usedBytes: 99 * megabyte, pendingBytes: 0, quotaBytes: null, unlimited: true }),
      ],
      'POST /api/tenant/unlimited-files': jsonResponse({ usedBytes: 99 * megabyte, pendingBytes: 0, quotaBytes: null, unlimited: true }),
    });
    const confirm = vi.spyOn(window, 'confirm').mockReturnValue(true);
    const { user } = renderRoute('/admin/configuracoes');
    const panel = await screen.findByRole('region', { name: 'Arquivos e armazenamento' });

    await user.click(await within(panel).findByRole('button', { name: 'Ativar Arquivos ilimitados' }));

    expect(confirm).toHaveBeenCalledWith(expect.stringContaining('não pode ser desativado'));
    expect(await within(panel).findByText(/Arquivos ilimitados: ativo\. 99 MB em uso/)).toBeInTheDocument();
    expect(within(panel).queryByRole('meter')).not.toBeInTheDocument();
    expect(api.requestsTo('POST', '/api/tenant/unlimited-files')).toHaveLength(1);
  });

  it('keeps the quota when the admin cancels', async () => {
    const api = mockApi({
      ...settingsRoutes,
      'GET /api/tenant/storage': jsonResponse({ usedBytes: 99 * megabyte, pendingBytes: 0, quotaBytes: 100 * megabyte, unlimited: false }),
    });
    vi.spyOn(window, 'confirm').mockReturnValue(false);
    const { user } = renderRoute('/admin/configuracoes');
    const panel = await screen.findByRole('region', { name: 'Arquivos e armazenamento' });

    await user.click(await within(panel).findByRole('button', { name: 'Ativar Arquivos ilimitados' }));

    expect(api.requestsTo('POST', '/api/tenant/unlimited-files')).toHaveLength(0);
  });

  it('shows why a staff user cannot switch it on', async () => {
    mockApi({
      ...settingsRoutes,
      'GET /api/tenant/storage': jsonResponse({ usedBytes: 0, pendingBytes: 0, quotaBytes: 100 * megabyte, unlimited: false }),
      'POST /api/tenant/unlimited-files': problemResponse({ title: 'Forbidden' }, 403),
    });
    vi.spyOn(window, 'confirm').mockReturnValue(true);
    const { user } = renderRoute('/admin/configuracoes');
    const panel = await screen.findByRole('region', { name: 'Arquivos e armazenamento' });

    await user.click(await within(panel).findByRole('button', { name: 'Ativar Arquivos ilimitados' }));

    expect(await within(panel).findByRole('alert')).toHaveTextContent('Peça a um administrador');
  });

  it('rounds the share down', () => {
    expect(usedPercent(999, 1000)).toBe(99);
    expect(usedPercent(2000, 1000)).toBe(100);
    expect(usedPercent(0, 0)).toBe(100);
  });
});

describe('contract attachments', () => {
  beforeEach(() => {
    signIn('token-abc');
    vi.stubGlobal('URL', Object.assign(URL, { createObjectURL: vi.fn(() => 'blob:file'), revokeObjectURL: vi.fn() }));
  });

  it('lists the files and downloads one', async () => {
    const contract = makeContract({
      attachments: [{ id: 'file-1', fileName: 'Contrato social.pdf', contentType: 'application/pdf', size: 3 * 1024, createdAt: '2027-02-06T15:00:00+00:00' }],
    });
    const api = mockApi({
      'GET /api/tenant': jsonResponse(makeTenant()),
      'GET /api/contracts/contract-1': jsonResponse(contract),
      'GET /api/contracts/contract-1/attachments/file-1': () =>
        new Response(new Uint8Array([0x25, 0x50, 0x44, 0x46]), {
          status: 200,
          headers: { 'Content-Type': 'application/pdf', 'Content-Disposition': "attachment; filename*=UTF-8''Contrato%20social.pdf" },
        }),
    });
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined);
    const { user } = renderRoute('/admin/contratos/contract-1');

    const section = await screen.findByRole('region', { name: 'Arquivos anexados' });
    expect(within(section).getByText('Contrato social.pdf')).toBeInTheDocument();
    expect(within(section).getByText('3 KB')).toBeInTheDocument();
    await user.click(within(section).getByRole('button', { name: 'Baixar Contrato social.pdf' }));

    expect(await within(section).findByRole('status')).toHaveTextContent('Arquivo Contrato social.pdf baixado.');
    expect(click).toHaveBeenCalledTimes(1);
    expect(api.requestsTo('GET', '/api/contracts/contract-1/attachments/file-1')[0].headers.get('Authorization')).toBe('Bearer token-abc');
  });

  it('says when the customer sent no files', async () => {
    mockApi({ 'GET /api/tenant': jsonResponse(makeTenant()), 'GET /api/contracts/contract-1': jsonResponse(makeContract()) });
    renderRoute('/admin/contratos/contract-1');

    const section = await screen.findByRole('region', { name: 'Arquivos anexados' });
    expect(within(section).getByText('O cliente não enviou arquivos nesta contratação.')).toBeInTheDocument();
  });
});
