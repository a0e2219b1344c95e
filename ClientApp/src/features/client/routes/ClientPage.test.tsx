import { screen, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { jsonResponse, mockApi, problemResponse } from '../../../test/fetchMock';
import { renderRoute } from '../../../test/renderRoute';
import type { ClientArea } from '../api/getClientArea';
import { clientSession } from '../model/session';

function makeArea(): ClientArea {
  return {
    customerName: 'Maria Souza',
    tenantName: 'Demo Coworking',
    contracts: [
      {
        id: 'contract-1',
        planName: 'Estação fixa',
        status: 'active',
        startDate: '2027-02-07',
        endDate: null,
        dueDay: 7,
        monthlyPrice: 350,
        paymentMethod: 'pix',
        signatureStatus: 'notRequested',
        charges: [
          {
            id: 'charge-1',
            dueDate: '2027-02-07',
            amount: 450,
            status: 'awaitingPayment',
            method: 'pix',
            pixCopyPaste: '000201sandbox',
            boletoDigitableLine: null,
            boletoPdfUrl: null,
          },
        ],
        currentQuotas: [{ periodStart: '2027-02-07', periodEnd: '2027-03-06', resource: 'Sala de reunião', amount: 10, unit: 'horas' }],
        creditAmount: 0,
        contactEmail: 'centro@coworking.test',
      },
    ],
  };
}

describe('client area', () => {
  beforeEach(() => clientSession.signOut());

  it('signs in and shows contracts with the Pix code', async () => {
    const api = mockApi({
      'POST /api/auth/login': jsonResponse({ tokenType: 'Bearer', accessToken: 'customer-token', expiresIn: 3600 }),
      'GET /api/client/contracts': jsonResponse(makeArea()),
    });
    const { user } = renderRoute('/client');

    await user.type(await screen.findByLabelText('E-mail'), 'maria@example.com');
    await user.type(screen.getByLabelText('Senha'), 'senha2026segura');
    await user.click(screen.getByRole('button', { name: 'Entrar' }));

    const contract = await screen.findByRole('region', { name: 'Estação fixa' });
    expect(within(contract).getByLabelText('Pix copia e cola')).toHaveValue('000201sandbox');
    expect(within(contract).getByText('10 horas de sala de reunião')).toBeInTheDocument();
    expect(within(contract).getByText('Assinatura do contrato: Não solicitada')).toBeInTheDocument();
    expect(within(contract).getByText(/07\/02\/2027: R\$\s450,00 \(Em aberto\)/)).toBeInTheDocument();
    expect(api.requestsTo('GET', '/api/client/contracts')[0].headers.get('Authorization')).toBe('Bearer customer-token');
  });

  it('says when a contract awaiting payment opens its quotas', async () => {
    const area = makeArea();
    area.contracts[0] = { ...area.contracts[0], status: 'awaitingPayment', currentQuotas: [] };
    clientSession.signIn('customer-token');
    mockApi({ 'GET /api/client/contracts': jsonResponse(area) });
    renderRoute('/client');

    const contract = await screen.findByRole('region', { name: 'Estação fixa' });
    expect(within(contract).getByText('O acesso ao espaço e as cotas começam quando o primeiro pagamento for confirmado.')).toBeInTheDocument();
    expect(within(contract).queryByRole('heading', { name: 'Cotas do período atual' })).not.toBeInTheDocument();
    expect(within(contract).getByLabelText('Pix copia e cola')).toHaveValue('000201sandbox');
  });

  it('says why the signature was withdrawn', async () => {
    const area = makeArea();
    area.contracts[0] = { ...area.contracts[0], endDate: '2027-03-20', signatureStatus: 'cancelled' };
    clientSession.signIn('customer-token');
    mockApi({ 'GET /api/client/contracts': jsonResponse(area) });
    renderRoute('/client');

    const contract = await screen.findByRole('region', { name: 'Estação fixa' });
    expect(within(contract).getByText('Assinatura do contrato: Cancelada, porque o contrato foi encerrado antes da assinatura')).toBeInTheDocument();
  });

  it('shows the credit of an ended contract', async () => {
    const area = makeArea();
    area.contracts[0] = { ...area.contracts[0], status: 'terminated', endDate: '2027-02-20', creditAmount: 180.65 };
    mockApi({ 'GET /api/client/contracts': jsonResponse(area) });
    clientSession.signIn('customer-token');
    renderRoute('/client');

    const contract = await screen.findByRole('region', { name: 'Estação fixa' });
    expect(within(contract).getByText(/Crédito a seu favor: R\$\s180,65\./)).toBeInTheDocument();
  });

  it('points a declined card charge to the unit', async () => {
    const area = makeArea();
    area.contracts[0] = {
      ...area.contracts[0],
      status: 'suspended',
      paymentMethod: 'card',
      charges: [{ ...area.contracts[0].charges[0], status: 'overdue', method: 'card', pixCopyPaste: null }],
    };
    mockApi({ 'GET /api/client/contracts': jsonResponse(area) });
    clientSession.signIn('customer-token');
    renderRoute('/client');

    const contract = await screen.findByRole('region', { name: 'Estação fixa' });
    expect(within(contract).getByText(/O cartão cadastrado não aprovou esta cobrança\. Para pagá-la, fale com o estabelecimento:/)).toBeInTheDocument();
    expect(within(contract).getByRole('link', { name: 'centro@coworking.test' })).toHaveAttribute('href', 'mailto:centro@coworking.test');
  });

  it('requests a link for a new password', async () => {
    const api = mockApi({ 'POST /api/client/password-reset': new Response(null, { status: 202 }) });
    const { user } = renderRoute('/client');

    await user.click(await screen.findByRole('button', { name: 'Esqueci minha senha' }));
    await user.click(screen.getByRole('button', { name: 'Enviar link para nova senha' }));
    expect(screen.getByLabelText('E-mail de acesso')).toHaveAccessibleDescription('Informe o e-mail de acesso.');

    await user.type(screen.getByLabelText('E-mail de acesso'), ' maria@example.com ');
    await user.click(screen.getByRole('button', { name: 'Enviar link para nova senha' }));

    expect(await screen.findByRole('status')).toHaveTextContent('Se este e-mail tiver acesso à Área do Cliente, enviamos a ele um link');
    expect(api.requestsTo('POST', '/api/client/password-reset')[0].body).toEqual({ email: 'maria@example.com' });
  });

  it('explains that an operator login is not a customer', async () => {
    clientSession.signIn('admin-token');
    mockApi({ 'GET /api/client/contracts': problemResponse({ title: 'Forbidden' }, 403) });
    renderRoute('/client');

    expect(await screen.findByRole('alert')).toHaveTextContent('Este login não é de cliente.');
  });

  it('signs out when the token expired', async () => {
    clientSession.signIn('expired-token');
    mockApi({ 'GET /api/client/contracts': problemResponse({ title: 'Unauthorized' }, 401) });
    renderRoute('/client');

    expect(await screen.findByRole('button', { name: 'Entrar' })).toBeInTheDocument();
    expect(screen.getByText('Entre com o e-mail e a senha que você cadastrou ao contratar.')).toBeInTheDocument();
  });
});
