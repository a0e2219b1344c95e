import { act, screen, waitFor, within } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { jsonResponse, mockApi, problemResponse } from '../../../test/fetchMock';
import { renderRoute } from '../../../test/renderRoute';
import type { Contract, SignatureRequest } from '../api/types';
import { signIn } from '../model/session';
import { makeContract, makeTenant } from '../test/adminFixtures';

const contractUrl = '/api/contracts/contract-1';
const sendUrl = '/api/contracts/contract-1/signature-requests';
const documentUrl = '/api/contracts/contract-1/document';

function makeSignatureRequest(overrides: Partial<SignatureRequest> = {}): SignatureRequest {
  return {
    id: 'signature-1',
    contractId: 'contract-1',
    status: 'sent',
    documentId: 'd4sign-doc-1',
    signerEmails: ['maria@example.com'],
    sendCount: 1,
    firstSentAt: '2027-02-06T15:10:00+00:00',
    lastSentAt: '2027-02-06T15:10:00+00:00',
    completedAt: null,
    ...overrides,
  };
}

function contractRoutes(...contracts: Contract[]) {
  return {
    'GET /api/tenant': jsonResponse(makeTenant()),
    [`GET ${contractUrl}`]: contracts.map((contract) => jsonResponse(contract)),
  };
}

async function openSignatureSection() {
  const rendered = renderRoute('/admin/contratos/contract-1');
  const section = await screen.findByRole('region', { name: 'Assinatura' });
  return { ...rendered, section };
}

describe('contract signature', () => {
  beforeEach(() => signIn('token-abc'));

  it('sends the contract and loads it again', async () => {
    const api = mockApi({
      ...contractRoutes(makeContract(), makeContract({ signatureStatus: 'sent' })),
      [`POST ${sendUrl}`]: jsonResponse(makeSignatureRequest()),
    });
    const { user, section } = await openSignatureSection();
    expect(within(section).getByText('Não solicitada')).toBeInTheDocument();

    await user.click(within(section).getByRole('button', { name: 'Enviar para assinatura' }));

    expect(await within(section).findByRole('status')).toHaveTextContent('Contrato enviado para assinatura.');
    expect(await within(section).findByRole('button', { name: 'Reenviar' })).toBeEnabled();
    expect(within(section).getByText('Enviada')).toBeInTheDocument();
    const sent = api.requestsTo('POST', sendUrl);
    expect(sent).toHaveLength(1);
    expect(sent[0].headers.get('Authorization')).toBe('Bearer token-abc');
    expect(sent[0].body).toBeUndefined();
    expect(api.requestsTo('GET', contractUrl)).toHaveLength(2);
  });

  it('disables the button while sending', async () => {
    let answer: (response: Response) => void = () => undefined;
    const pending = new Promise<Response>((resolve) => {
      answer = resolve;
    });
    const api = mockApi({
      ...contractRoutes(makeContract({ signatureStatus: 'sent' })),
      [`POST ${sendUrl}`]: () => pending,
    });
    const { user, section } = await openSignatureSection();

    await user.click(within(section).getByRole('button', { name: 'Reenviar' }));
    await user.click(within(section).getByRole('button', { name: 'Enviando…' }));

    expect(within(section).getByRole('button', { name: 'Enviando…' })).toBeDisabled();
    expect(api.requestsTo('POST', sendUrl)).toHaveLength(1);
    answer(jsonResponse(makeSignatureRequest({ sendCount: 2 })));
    expect(await within(section).findByRole('status')).toHaveTextContent('Contrato enviado para assinatura.');
    expect(within(section).getByRole('button', { name: 'Reenviar' })).toBeEnabled();
  });

  it('offers a new sending after a cancellation', async () => {
    mockApi(contractRoutes(makeContract({ signatureStatus: 'cancelled' })));
    const { section } = await openSignatureSection();

    expect(within(section).getByRole('button', { name: 'Enviar para assinatura' })).toBeEnabled();
    expect(within(section).queryByRole('button', { name: 'Reenviar' })).not.toBeInTheDocument();
  });

  it.each([
    ['signed', makeContract({ signatureStatus: 'signed' })],
    ['terminated', makeContract({ status: 'terminated', endDate: '2027-03-20' })],
    ['cancelled', makeContract({ status: 'cancelled', signatureStatus: 'cancelled' })],
  ])('hides sending when %s', async (_case, contract) => {
    mockApi(contractRoutes(contract));
    const { section } = await openSignatureSection();

    expect(within(section).getByRole('button', { name: 'Baixar contrato (PDF)' })).toBeInTheDocument();
    expect(within(section).queryByRole('button', { name: 'Enviar para assinatura' })).not.toBeInTheDocument();
    expect(within(section).queryByRole('button', { name: 'Reenviar' })).not.toBeInTheDocument();
  });

  it('explains why a cancelled contracting is not sent', async () => {
    mockApi(contractRoutes(makeContract({ status: 'cancelled' })));
    const { section } = await openSignatureSection();

    expect(within(section).getByText(/A contratação foi cancelada sem pagamento/)).toBeInTheDocument();
  });

  it('says a pending signature of a cancelled contracting is being withdrawn', async () => {
    mockApi(contractRoutes(makeContract({ status: 'cancelled', signatureStatus: 'sent' })));
    renderRoute('/admin/contratos/contract-1');

    expect(await screen.findByText(/A assinatura pendente é cancelada na D4Sign em instantes/)).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /Enviar|Reenviar/ })).not.toBeInTheDocument();
  });

  it('shows the server message of a 409', async () => {
    const api = mockApi({
      ...contractRoutes(makeContract({ signatureStatus: 'sent' })),
      [`POST ${sendUrl}`]: problemResponse(
        { title: 'Conflict', detail: 'O contrato já foi assinado na D4Sign, então não há o que reenviar.', code: 'contract-already-signed' },
        409,
      ),
    });
    const { user, section } = await openSignatureSection();

    await user.click(within(section).getByRole('button', { name: 'Reenviar' }));

    expect(await within(section).findByRole('alert')).toHaveTextContent('O contrato já foi assinado na D4Sign, então não há o que reenviar.');
    expect(within(section).queryByRole('status')).not.toBeInTheDocument();
    expect(api.requestsTo('GET', contractUrl)).toHaveLength(1);
  });

  it('shows the server message of a 503', async () => {
    mockApi({
      ...contractRoutes(makeContract()),
      [`POST ${sendUrl}`]: problemResponse({ title: 'Service Unavailable', detail: 'A D4Sign não respondeu. Tente de novo em alguns minutos.' }, 503, {
        'Retry-After': '60',
      }),
    });
    const { user, section } = await openSignatureSection();

    await user.click(within(section).getByRole('button', { name: 'Enviar para assinatura' }));

    expect(await within(section).findByRole('alert')).toHaveTextContent('A D4Sign não respondeu. Tente de novo em alguns minutos.');
    expect(within(section).getByRole('button', { name: 'Enviar para assinatura' })).toBeEnabled();
  });

  it('hides sending from staff from the start', async () => {
    mockApi({
      'GET /api/tenant': jsonResponse(makeTenant({ canChangeSettings: false })),
      [`GET ${contractUrl}`]: jsonResponse(makeContract()),
    });
    const { section } = await openSignatureSection();

    expect(within(section).getByRole('button', { name: 'Baixar contrato (PDF)' })).toBeInTheDocument();
    await waitFor(() => expect(within(section).queryByRole('button', { name: 'Enviar para assinatura' })).not.toBeInTheDocument());
  });

  it('hides sending from staff after a 403', async () => {
    mockApi({
      ...contractRoutes(makeContract()),
      'GET /api/contracts/contract-2': jsonResponse(makeContract({ id: 'contract-2' })),
      [`POST ${sendUrl}`]: problemResponse({ title: 'Forbidden' }, 403),
    });
    const { user, section, router } = await openSignatureSection();

    await user.click(within(section).getByRole('button', { name: 'Enviar para assinatura' }));

    expect(await within(section).findByRole('alert')).toHaveTextContent('Peça a um administrador');
    expect(within(section).queryByRole('button', { name: 'Enviar para assinatura' })).not.toBeInTheDocument();
    expect(within(section).getByRole('button', { name: 'Baixar contrato (PDF)' })).toBeEnabled();

    await router.navigate('/admin/contratos/contract-2');
    const other = await screen.findByRole('region', { name: 'Assinatura' });
    expect(within(other).getByRole('button', { name: 'Baixar contrato (PDF)' })).toBeInTheDocument();
    expect(within(other).queryByRole('button', { name: 'Enviar para assinatura' })).not.toBeInTheDocument();
  });

  it('shows sending again after a new sign-in', async () => {
    mockApi({
      ...contractRoutes(makeContract()),
      [`POST ${sendUrl}`]: problemResponse({ title: 'Forbidden' }, 403),
    });
    const { user, section } = await openSignatureSection();
    await user.click(within(section).getByRole('button', { name: 'Enviar para assinatura' }));
    await within(section).findByRole('alert');

    act(() => signIn('token-admin'));

    const fresh = await screen.findByRole('region', { name: 'Assinatura' });
    expect(await within(fresh).findByRole('button', { name: 'Enviar para assinatura' })).toBeEnabled();
  });
});

describe('contract document download', () => {
  beforeEach(() => {
    signIn('token-abc');
    vi.stubGlobal('URL', Object.assign(URL, { createObjectURL: vi.fn(() => 'blob:contract'), revokeObjectURL: vi.fn() }));
  });

  function recordDownloads() {
    const names: string[] = [];
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      names.push(this.download);
    });
    return names;
  }

  const pdfBytes = new Uint8Array([0x25, 0x50, 0x44, 0x46]);

  it('downloads the PDF with the bearer token', async () => {
    const api = mockApi({
      ...contractRoutes(makeContract()),
      [`GET ${documentUrl}`]: () =>
        new Response(pdfBytes, {
          status: 200,
          headers: { 'Content-Type': 'application/pdf', 'Content-Disposition': 'attachment; filename=contrato-0a1b2c3d-20270206.pdf' },
        }),
    });
    const downloads = recordDownloads();
    const { user, section } = await openSignatureSection();

    await user.click(within(section).getByRole('button', { name: 'Baixar contrato (PDF)' }));

    expect(await within(section).findByRole('status')).toHaveTextContent('Arquivo contrato-0a1b2c3d-20270206.pdf baixado.');
    expect(downloads).toEqual(['contrato-0a1b2c3d-20270206.pdf']);
    const requests = api.requestsTo('GET', documentUrl);
    expect(requests).toHaveLength(1);
    expect(requests[0].headers.get('Authorization')).toBe('Bearer token-abc');
  });

  it('names the file by the contract id without a header', async () => {
    mockApi({
      ...contractRoutes(makeContract()),
      [`GET ${documentUrl}`]: () => new Response(pdfBytes, { status: 200, headers: { 'Content-Type': 'application/pdf' } }),
    });
    const downloads = recordDownloads();
    const { user, section } = await openSignatureSection();

    await user.click(within(section).getByRole('button', { name: 'Baixar contrato (PDF)' }));

    expect(await within(section).findByRole('status')).toHaveTextContent('Arquivo contrato-contract-1.pdf baixado.');
    expect(downloads).toEqual(['contrato-contract-1.pdf']);
  });

  it('shows why the download failed', async () => {
    mockApi({
      ...contractRoutes(makeContract()),
      [`GET ${documentUrl}`]: problemResponse({ title: 'Not Found', detail: 'O contrato não tem documento.' }, 404),
    });
    const downloads = recordDownloads();
    const { user, section } = await openSignatureSection();

    await user.click(within(section).getByRole('button', { name: 'Baixar contrato (PDF)' }));

    expect(await within(section).findByRole('alert')).toHaveTextContent('O contrato não tem documento.');
    expect(downloads).toEqual([]);
  });
});
