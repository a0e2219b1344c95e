import { act, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { jsonResponse, mockApi, problemResponse } from '../../../test/fetchMock';
import { makeCheckout, makePlan } from '../../../test/fixtures';
import { renderRoute } from '../../../test/renderRoute';

const planUrl = '/api/public/plans/link-123';
const checkoutUrl = '/api/public/checkouts/chk-1';
const resultPath = '/checkout/link-123/result/chk-1';

describe('checkout result: Pix', () => {
  beforeEach(() => {
    // Fake timers that still follow the real clock, so findBy* keeps working.
    vi.useFakeTimers({ shouldAdvanceTime: true });
  });

  afterEach(() => {
    vi.useRealTimers();
  });

  it('polls until "Pagamento confirmado"', async () => {
    const paid = makeCheckout({ status: 'active' }, { status: 'paid' });
    const api = mockApi({
      [`GET ${planUrl}`]: jsonResponse(makePlan({ sandbox: false })),
      [`GET ${checkoutUrl}`]: [jsonResponse(makeCheckout()), jsonResponse(makeCheckout()), jsonResponse(paid)],
    });
    renderRoute(resultPath, { advanceTimers: vi.advanceTimersByTime });

    expect(await screen.findByText('Aguardando pagamento…')).toBeInTheDocument();
    expect(screen.getByText('Aguardando pagamento')).toBeInTheDocument();
    expect(screen.getByText('R$ 1.334,56')).toBeInTheDocument();
    expect(screen.getByText('07/03/2025')).toBeInTheDocument();
    expect(screen.getByRole('img', { name: 'QR Code do Pix' })).toHaveAttribute('src', '/api/public/charges/0b7d9e61-3a52-4c8f-b1e4-7a2c5d9f8e13/pix-qrcode.png');
    expect(screen.getByLabelText('Pix copia e cola')).toHaveValue('00020126580014br.gov.bcb.pix0136sandbox-pix-code');
    expect(screen.getByLabelText('Pix copia e cola')).toHaveAttribute('readonly');
    expect(screen.queryByRole('button', { name: 'Simular pagamento (sandbox)' })).not.toBeInTheDocument();
    expect(api.requestsTo('GET', checkoutUrl)).toHaveLength(1);

    await act(() => vi.advanceTimersByTimeAsync(3000));
    expect(api.requestsTo('GET', checkoutUrl)).toHaveLength(2);
    expect(screen.getByText('Aguardando pagamento…')).toBeInTheDocument();

    await act(() => vi.advanceTimersByTimeAsync(3000));
    expect(api.requestsTo('GET', checkoutUrl)).toHaveLength(3);
    expect(screen.getByText('Pagamento confirmado')).toBeInTheDocument();
    expect(screen.getByText('Ativo')).toBeInTheDocument();
    expect(screen.queryByText('Aguardando pagamento…')).not.toBeInTheDocument();

    await act(() => vi.advanceTimersByTimeAsync(9000));
    expect(api.requestsTo('GET', checkoutUrl)).toHaveLength(3);
  });

  it('copies the Pix code', async () => {
    mockApi({
      [`GET ${planUrl}`]: jsonResponse(makePlan()),
      [`GET ${checkoutUrl}`]: jsonResponse(makeCheckout()),
    });
    const { user } = renderRoute(resultPath, { advanceTimers: vi.advanceTimersByTime });

    await user.click(await screen.findByRole('button', { name: 'Copiar código' }));

    expect(await navigator.clipboard.readText()).toBe('00020126580014br.gov.bcb.pix0136sandbox-pix-code');
    expect(screen.getByText('Código copiado.')).toBeInTheDocument();
  });

  it('simulates a sandbox payment', async () => {
    const api = mockApi({
      [`GET ${planUrl}`]: jsonResponse(makePlan({ sandbox: true })),
      [`GET ${checkoutUrl}`]: [jsonResponse(makeCheckout()), jsonResponse(makeCheckout({ status: 'active' }, { status: 'paid' }))],
      'POST /api/sandbox/checkouts/chk-1/pay': new Response(null, { status: 204 }),
    });
    const { user } = renderRoute(resultPath, { advanceTimers: vi.advanceTimersByTime });

    await user.click(await screen.findByRole('button', { name: 'Simular pagamento (sandbox)' }));
    const [simulate] = api.requestsTo('POST', '/api/sandbox/checkouts/chk-1/pay');
    expect(simulate.body).toBeUndefined();
    expect(await screen.findByText('Pagamento simulado. A confirmação aparece em alguns segundos.')).toBeInTheDocument();
    expect(screen.getByText('Aguardando pagamento…')).toHaveFocus();

    await act(() => vi.advanceTimersByTimeAsync(3000));
    expect(screen.getByText('Pagamento confirmado')).toBeInTheDocument();
    expect(screen.getByText('Pagamento confirmado')).toHaveFocus();
    expect(screen.queryByRole('button', { name: 'Simular pagamento (sandbox)' })).not.toBeInTheDocument();
  });
});

describe('checkout result: Inter boleto', () => {
  const processing = makeCheckout(
    {},
    {
      method: 'boleto',
      provider: 'inter',
      status: 'processing',
      pixCopyPaste: null,
      pixQrCodeImage: null,
    },
  );
  const issued = makeCheckout(
    {},
    {
      method: 'boleto',
      provider: 'inter',
      status: 'awaitingPayment',
      pixCopyPaste: '00020101021226inter-pix-code',
      pixQrCodeImage: null,
      boletoDigitableLine: '07790.00116 12000.000004 00000.000000 1 10150000045000',
      boletoBarcode: '07791101500000450000001112000000000000000000',
      boletoPdfUrl: '/api/public/charges/chg-1/boleto.pdf',
    },
  );

  beforeEach(() => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
  });

  afterEach(() => {
    vi.useRealTimers();
  });

  it('shows "Gerando seu boleto…" until the boleto is ready', async () => {
    const api = mockApi({
      [`GET ${planUrl}`]: jsonResponse(makePlan({ sandbox: true })),
      [`GET ${checkoutUrl}`]: [jsonResponse(processing), jsonResponse(issued)],
    });
    renderRoute(resultPath, { advanceTimers: vi.advanceTimersByTime });

    expect(await screen.findByText('Gerando seu boleto…')).toBeInTheDocument();
    expect(screen.queryByLabelText('Linha digitável')).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Simular pagamento (sandbox)' })).not.toBeInTheDocument();

    await act(() => vi.advanceTimersByTimeAsync(3000));
    expect(api.requestsTo('GET', checkoutUrl)).toHaveLength(2);
    expect(screen.queryByText('Gerando seu boleto…')).not.toBeInTheDocument();
    expect(screen.getByLabelText('Linha digitável')).toHaveValue('07790.00116 12000.000004 00000.000000 1 10150000045000');
    expect(screen.getByLabelText('Código de barras')).toHaveValue('07791101500000450000001112000000000000000000');
    expect(screen.getByLabelText('Pix copia e cola')).toHaveValue('00020101021226inter-pix-code');
    expect(screen.getByRole('link', { name: 'Abrir boleto (PDF)' })).toHaveAttribute('href', '/api/public/charges/chg-1/boleto.pdf');
    expect(screen.getByRole('button', { name: 'Simular pagamento (sandbox)' })).toBeInTheDocument();
  });

  it('declined boleto shows the reason and switches to Pix', async () => {
    const declinedBoleto = makeCheckout(
      { status: 'paymentDeclined' },
      {
        method: 'boleto',
        provider: 'inter',
        status: 'declined',
        declineReason: 'O banco recusou o boleto: CEP do pagador inválido.',
        pixCopyPaste: null,
        pixQrCodeImage: null,
      },
    );
    const paymentsUrl = '/api/public/checkouts/chk-1/payments';
    const api = mockApi({
      [`GET ${planUrl}`]: jsonResponse(makePlan()),
      [`GET ${checkoutUrl}`]: jsonResponse(declinedBoleto),
      [`POST ${paymentsUrl}`]: jsonResponse(makeCheckout()),
    });
    const { user } = renderRoute(resultPath, { advanceTimers: vi.advanceTimersByTime });

    expect(await screen.findByText('O banco recusou o boleto: CEP do pagador inválido.')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Pagar com Pix' }));

    expect(await screen.findByRole('img', { name: 'QR Code do Pix' })).toBeInTheDocument();
    const [request] = api.requestsTo('POST', paymentsUrl);
    expect(request.body).toEqual({ method: 'pix' });
  });

  it('expired boleto offers a new boleto or Pix', async () => {
    const expiredBoleto = makeCheckout(
      { status: 'paymentDeclined' },
      {
        method: 'boleto',
        provider: 'inter',
        status: 'cancelled',
        declineReason: 'O boleto venceu e foi baixado pelo Banco Inter.',
        pixCopyPaste: null,
        pixQrCodeImage: null,
      },
    );
    const paymentsUrl = '/api/public/checkouts/chk-1/payments';
    const api = mockApi({
      [`GET ${planUrl}`]: jsonResponse(makePlan()),
      [`GET ${checkoutUrl}`]: jsonResponse(expiredBoleto),
      [`POST ${paymentsUrl}`]: jsonResponse(makeCheckout()),
    });
    const { user } = renderRoute(resultPath, { advanceTimers: vi.advanceTimersByTime });

    expect(await screen.findByText('O boleto venceu e foi baixado pelo Banco Inter.')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Gerar novo boleto' })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Pagar com Pix' }));

    expect(await screen.findByRole('img', { name: 'QR Code do Pix' })).toBeInTheDocument();
    expect(api.requestsTo('POST', paymentsUrl)).toHaveLength(1);
  });

  it('expired boleto is issued again', async () => {
    const expiredBoleto = makeCheckout(
      { status: 'paymentDeclined' },
      { method: 'boleto', provider: 'inter', status: 'cancelled', declineReason: 'O boleto foi cancelado no Banco Inter.', pixCopyPaste: null, pixQrCodeImage: null },
    );
    const paymentsUrl = '/api/public/checkouts/chk-1/payments';
    const api = mockApi({
      [`GET ${planUrl}`]: jsonResponse(makePlan({ paymentOptions: [{ method: 'boleto', provider: 'inter' }] })),
      [`GET ${checkoutUrl}`]: jsonResponse(expiredBoleto),
      [`POST ${paymentsUrl}`]: jsonResponse(makeCheckout({}, { method: 'boleto', provider: 'inter', status: 'processing', pixCopyPaste: null, pixQrCodeImage: null })),
    });
    const { user } = renderRoute(resultPath, { advanceTimers: vi.advanceTimersByTime });

    await user.click(await screen.findByRole('button', { name: 'Gerar novo boleto' }));

    expect(await screen.findByText('Gerando seu boleto…')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Pagar com Pix' })).not.toBeInTheDocument();
    const [request] = api.requestsTo('POST', paymentsUrl);
    expect(request.body).toEqual({ method: 'boleto' });
  });

  it('declined boleto offers no Pix when the plan takes none', async () => {
    const declinedBoleto = makeCheckout(
      { status: 'paymentDeclined' },
      { method: 'boleto', provider: 'inter', status: 'declined', declineReason: 'Recusado', pixCopyPaste: null, pixQrCodeImage: null },
    );
    mockApi({
      [`GET ${planUrl}`]: jsonResponse(makePlan({ paymentOptions: [{ method: 'boleto', provider: 'inter' }] })),
      [`GET ${checkoutUrl}`]: jsonResponse(declinedBoleto),
    });
    renderRoute(resultPath, { advanceTimers: vi.advanceTimersByTime });

    expect(await screen.findByText('Recusado')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Pagar com Pix' })).not.toBeInTheDocument();
  });
});

describe('checkout result: card', () => {
  const declined = makeCheckout(
    { status: 'paymentDeclined' },
    { method: 'card', status: 'declined', declineReason: 'Cartão sem limite.', pixCopyPaste: null, pixQrCodeImage: null, dueDate: null },
  );
  const approved = makeCheckout(
    { status: 'active' },
    { method: 'card', status: 'approved', pixCopyPaste: null, pixQrCodeImage: null, dueDate: null },
  );

  it('declined card shows reason and retries', async () => {
    const paymentsUrl = '/api/public/checkouts/chk-1/payments';
    const api = mockApi({
      [`GET ${planUrl}`]: jsonResponse(makePlan()),
      [`GET ${checkoutUrl}`]: jsonResponse(declined),
      [`POST ${paymentsUrl}`]: [jsonResponse(declined), jsonResponse(approved)],
    });
    const { user } = renderRoute(resultPath);

    expect(await screen.findByText('Cartão sem limite.')).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 1, name: 'Pagamento recusado' })).toBeInTheDocument();
    expect(screen.getByText('Motivo da recusa', { selector: '.notice-title' })).toBeInTheDocument();

    const retry = await screen.findByRole('button', { name: 'Tentar novamente' });
    await user.click(retry);
    expect(screen.getByLabelText('Número do cartão')).toHaveAccessibleDescription('Informe o número do cartão.');
    expect(screen.getByLabelText('Validade (MM/AA)')).toHaveAccessibleDescription('Informe a validade do cartão (MM/AA).');
    expect(screen.getByLabelText('CVV')).toHaveAccessibleDescription('Informe o CVV, os 3 ou 4 dígitos do verso do cartão.');
    expect(api.requestsTo('POST', paymentsUrl)).toHaveLength(0);

    await user.type(screen.getByLabelText('Número do cartão'), '4000000000000002');
    await user.type(screen.getByLabelText('Nome impresso no cartão'), 'Ana Souza');
    await user.type(screen.getByLabelText('Validade (MM/AA)'), '1299');
    await user.type(screen.getByLabelText('CVV'), '123');
    await user.click(retry);
    await vi.waitFor(() => expect(api.requestsTo('POST', paymentsUrl)).toHaveLength(1));
    expect(await screen.findByText('A nova tentativa também foi recusada. Confira os dados ou use outro cartão.')).toBeInTheDocument();
    expect(screen.getAllByText(/Cartão sem limite\./)).toHaveLength(1);
    expect(screen.getByLabelText('Número do cartão')).toHaveValue('');
    expect(screen.getByLabelText('CVV')).toHaveValue('');
    expect(screen.getByLabelText('Nome impresso no cartão')).toHaveValue('ANA SOUZA');

    await user.type(screen.getByLabelText('Número do cartão'), '4111111111111111');
    await user.type(screen.getByLabelText('CVV'), '123');
    await user.click(retry);

    expect(await screen.findByText('Pagamento aprovado')).toBeInTheDocument();
    expect(screen.getByText('Ativo')).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 1, name: 'Contratação registrada' })).toHaveFocus();
    const [first, second] = api.requestsTo('POST', paymentsUrl);
    expect(first.body).toEqual({ method: 'card', cardToken: 'sandbox-declined' });
    expect(second.body).toEqual({ method: 'card', cardToken: 'sandbox-approved' });
    expect(first.headers.get('Idempotency-Key')).toBeTruthy();
    expect(second.headers.get('Idempotency-Key')).toBeTruthy();
    expect(second.headers.get('Idempotency-Key')).not.toBe(first.headers.get('Idempotency-Key'));
  });

  it('declined card leads with the refusal', async () => {
    const declinedButActive = makeCheckout(
      { status: 'active' },
      { method: 'card', status: 'declined', declineReason: 'Cartão sem limite.', pixCopyPaste: null, pixQrCodeImage: null, dueDate: null },
    );
    mockApi({
      [`GET ${planUrl}`]: jsonResponse(makePlan({ activationPolicy: 'immediate' })),
      [`GET ${checkoutUrl}`]: jsonResponse(declinedButActive),
    });
    renderRoute(resultPath);

    const heading = await screen.findByRole('heading', { level: 1, name: 'Pagamento recusado' });
    expect(heading).toHaveFocus();
    expect(screen.queryByRole('heading', { name: 'Contratação registrada' })).not.toBeInTheDocument();
    const lead = heading.nextElementSibling;
    expect(lead).toHaveTextContent('Confira os dados do cartão e tente novamente abaixo, ou use outro cartão. Também dá para pagar com Pix.');

    const details = screen.getByRole('region', { name: 'Detalhes da contratação' });
    const contractStatus = within(details).getByText('Ativo');
    const retry = await screen.findByRole('button', { name: 'Tentar novamente' });
    expect(retry.compareDocumentPosition(contractStatus) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    expect(screen.getByText('Cartão sem limite.').compareDocumentPosition(contractStatus) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
  });

  it('declined boleto tells to pay with Pix', async () => {
    mockApi({
      [`GET ${planUrl}`]: jsonResponse(makePlan()),
      [`GET ${checkoutUrl}`]: jsonResponse(
        makeCheckout(
          { status: 'paymentDeclined' },
          { method: 'boleto', provider: 'inter', status: 'declined', declineReason: 'Recusado', pixCopyPaste: null, pixQrCodeImage: null },
        ),
      ),
    });
    renderRoute(resultPath);

    const heading = await screen.findByRole('heading', { level: 1, name: 'Pagamento recusado' });
    expect(heading.nextElementSibling).toHaveTextContent('O boleto não pôde ser emitido. Pague com Pix abaixo.');
  });

  it('declined card can switch to boleto', async () => {
    const declined = makeCheckout(
      { status: 'paymentDeclined' },
      { method: 'card', status: 'declined', declineReason: 'Cartão sem limite.', pixCopyPaste: null, pixQrCodeImage: null },
    );
    const paymentsUrl = '/api/public/checkouts/chk-1/payments';
    const api = mockApi({
      [`GET ${planUrl}`]: jsonResponse(makePlan({ paymentOptions: [{ method: 'card', provider: 'efi' }, { method: 'boleto', provider: 'efi' }] })),
      [`GET ${checkoutUrl}`]: jsonResponse(declined),
      [`POST ${paymentsUrl}`]: jsonResponse(makeCheckout({}, { method: 'boleto', provider: 'efi', status: 'processing', pixCopyPaste: null, pixQrCodeImage: null })),
    });
    const { user } = renderRoute(resultPath);

    expect(await screen.findByText('Prefere não usar cartão? Pague com boleto.')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Pagar com Pix' })).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Gerar boleto' }));

    const [request] = api.requestsTo('POST', paymentsUrl);
    expect(request.body).toEqual({ method: 'boleto' });
  });

  it('declined card can switch to Pix', async () => {
    const paymentsUrl = '/api/public/checkouts/chk-1/payments';
    const api = mockApi({
      [`GET ${planUrl}`]: jsonResponse(makePlan()),
      [`GET ${checkoutUrl}`]: jsonResponse(declined),
      [`POST ${paymentsUrl}`]: jsonResponse(makeCheckout()),
    });
    const { user } = renderRoute(resultPath);

    await user.click(await screen.findByRole('button', { name: 'Pagar com Pix' }));

    expect(await screen.findByRole('img', { name: 'QR Code do Pix' })).toBeInTheDocument();
    const [request] = api.requestsTo('POST', paymentsUrl);
    expect(request.body).toEqual({ method: 'pix' });
    expect(request.headers.get('Idempotency-Key')).toBeTruthy();
  });

  it('shows "Contratação não encontrada" on 404', async () => {
    mockApi({
      [`GET ${planUrl}`]: jsonResponse(makePlan()),
      [`GET ${checkoutUrl}`]: problemResponse({ title: 'Not Found' }, 404),
    });
    renderRoute(resultPath);

    expect(await screen.findByRole('heading', { name: 'Contratação não encontrada' })).toBeInTheDocument();
  });
});

describe('checkout result: reload', () => {
  it('shows the current status, not the stale navigation state', async () => {
    const declined = makeCheckout({ status: 'paymentDeclined' }, { method: 'card', status: 'declined', declineReason: 'Recusado' });
    const approved = makeCheckout({ status: 'active' }, { method: 'card', status: 'approved' });
    const api = mockApi({
      [`GET ${planUrl}`]: jsonResponse(makePlan()),
      [`GET ${checkoutUrl}`]: jsonResponse(approved),
    });

    renderRoute(resultPath, undefined, { checkout: declined, plan: makePlan() });

    expect(await screen.findByText('Ativo')).toBeInTheDocument();
    expect(screen.queryByText('Pagamento recusado')).not.toBeInTheDocument();
    expect(api.requestsTo('GET', checkoutUrl)).toHaveLength(1);
  });
});

describe('checkout result: cancelled', () => {
  it('names a contract cancelled unpaid', async () => {
    mockApi({
      [`GET ${planUrl}`]: jsonResponse(makePlan()),
      [`GET ${checkoutUrl}`]: jsonResponse(makeCheckout({ contractCancelled: true, cancellationReason: 'firstPaymentMissed' }, { status: 'writtenOff', pixCopyPaste: null, pixQrCodeImage: null })),
    });
    renderRoute(resultPath);

    expect(await screen.findByText('Contratação cancelada: o pagamento não foi concluído no prazo')).toBeInTheDocument();
    expect(screen.getByText(/Nada mais será cobrado/)).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'abra o formulário do plano' })).toHaveAttribute('href', '/checkout/link-123');
    expect(screen.queryByText('Aguardando pagamento')).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Simular pagamento (sandbox)' })).not.toBeInTheDocument();
  });

  it('names a contracting the operator cancelled', async () => {
    mockApi({
      [`GET ${planUrl}`]: jsonResponse(makePlan()),
      [`GET ${checkoutUrl}`]: jsonResponse(
        makeCheckout({ contractCancelled: true, cancellationReason: 'byOperator' }, { status: 'cancelled', pixCopyPaste: null, pixQrCodeImage: null }),
      ),
    });
    renderRoute(resultPath);

    expect(await screen.findByText('Contratação cancelada pelo estabelecimento antes do pagamento')).toBeInTheDocument();
    expect(screen.queryByText(/não foi concluído no prazo/)).not.toBeInTheDocument();
    expect(screen.getByText(/Nada mais será cobrado/)).toBeInTheDocument();
  });

  it('tells of a payment received after the cancellation', async () => {
    mockApi({
      [`GET ${planUrl}`]: jsonResponse(makePlan()),
      [`GET ${checkoutUrl}`]: jsonResponse(
        makeCheckout({ contractCancelled: true, cancellationReason: 'byOperator' }, { status: 'paid', amount: 450, pixCopyPaste: null, pixQrCodeImage: null }),
      ),
    });
    renderRoute(resultPath);

    expect(await screen.findByRole('heading', { name: 'Contratação cancelada' })).toBeInTheDocument();
    expect(screen.getByText(/Recebemos R\$\s450,00 depois do cancelamento/)).toBeInTheDocument();
    expect(screen.queryByText(/Nada mais será cobrado/)).not.toBeInTheDocument();
  });

  it('shows the last day to pay a declined contracting', async () => {
    mockApi({
      [`GET ${planUrl}`]: jsonResponse(makePlan()),
      [`GET ${checkoutUrl}`]: jsonResponse(
        makeCheckout({ status: 'paymentDeclined', payUntil: '2027-03-12' }, { method: 'card', status: 'declined', declineReason: 'Recusado' }),
      ),
    });
    renderRoute(resultPath);

    expect(await screen.findByText('Prazo final')).toBeInTheDocument();
    expect(screen.getByText('Ainda dá para pagar até 12/03/2027. Depois disso, a contratação é cancelada.')).toBeInTheDocument();
  });

  it('offers no retry on a declined contracting cancelled since', async () => {
    mockApi({
      [`GET ${planUrl}`]: jsonResponse(makePlan()),
      [`GET ${checkoutUrl}`]: jsonResponse(
        makeCheckout({ status: 'paymentDeclined', contractCancelled: true, cancellationReason: 'firstPaymentMissed' }, { method: 'card', status: 'declined', declineReason: 'Recusado' }),
      ),
    });
    renderRoute(resultPath);

    expect(await screen.findByText('Contratação cancelada: o pagamento não foi concluído no prazo')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /Pagar com Pix/ })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /Pagar|Tentar/ })).not.toBeInTheDocument();
  });
});

describe('checkout result: signature', () => {
  it('hides the signature before it is sent', async () => {
    mockApi({
      [`GET ${planUrl}`]: jsonResponse(makePlan()),
      [`GET ${checkoutUrl}`]: jsonResponse(makeCheckout()),
    });
    renderRoute(resultPath);

    expect(await screen.findByText('Aguardando pagamento')).toBeInTheDocument();
    expect(screen.queryByText('Assinatura')).not.toBeInTheDocument();
  });

  it.each([
    ['sent', 'Aguardando sua assinatura: a D4Sign enviou o link por e-mail'],
    ['signed', 'Contrato assinado'],
    ['cancelled', 'Assinatura cancelada'],
  ] as const)('shows status %s in Portuguese', async (signatureStatus, label) => {
    mockApi({
      [`GET ${planUrl}`]: jsonResponse(makePlan()),
      [`GET ${checkoutUrl}`]: jsonResponse(makeCheckout({ signatureStatus })),
    });
    renderRoute(resultPath);

    expect(await screen.findByText(label)).toBeInTheDocument();
    expect(screen.getByText('Assinatura')).toBeInTheDocument();
  });
});
