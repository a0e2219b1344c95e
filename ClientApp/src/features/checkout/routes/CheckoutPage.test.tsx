import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { jsonResponse, mockApi, networkFailure, problemResponse } from '../../../test/fetchMock';
import { makeCheckout, makePlan } from '../../../test/fixtures';
import { renderRoute } from '../../../test/renderRoute';

const planUrl = '/api/public/plans/link-123';
const checkoutsUrl = '/api/public/plans/link-123/checkouts';

async function renderCheckout() {
  const rendered = renderRoute('/checkout/link-123');
  await screen.findByRole('heading', { level: 1, name: 'Coworking Flex' });
  return rendered;
}

type User = Awaited<ReturnType<typeof renderCheckout>>['user'];

async function fillPerson(user: User) {
  await user.type(screen.getByLabelText('Nome completo'), 'Ana Souza');
  await user.type(screen.getByLabelText('CPF'), '52998224725');
  await user.type(screen.getByLabelText('E-mail'), 'ana@example.com');
  await user.click(screen.getByLabelText('Li e aceito os termos'));
}

describe('checkout page: offer', () => {
  it('formats prices and quotas in pt-BR', async () => {
    mockApi({ [`GET ${planUrl}`]: jsonResponse(makePlan()) });
    await renderCheckout();

    const offer = screen.getByRole('region', { name: 'Coworking Flex' });
    expect(within(offer).getByText('R$ 1.234,56')).toBeInTheDocument();
    expect(within(offer).getByText('Taxa de adesão').nextElementSibling).toHaveTextContent('R$ 100,00');
    expect(within(offer).getByText('Primeiro pagamento').nextElementSibling).toHaveTextContent('R$ 1.334,56');
    expect(within(offer).getByText('10 horas de sala de reunião')).toBeInTheDocument();
    expect(screen.getByText('Espaço Centro')).toBeInTheDocument();
  });

  it('shows the contract when the customer opens it', async () => {
    const api = mockApi({
      [`GET ${planUrl}`]: jsonResponse(makePlan()),
      [`GET ${planUrl}/terms`]: jsonResponse({ planName: 'Coworking Flex', text: 'Contrato de [seu nome ou razão social] para o plano Coworking Flex.' }),
    });
    const { user } = renderRoute('/checkout/link-123');

    await user.click(await screen.findByText('Ler o contrato'));

    expect(await screen.findByLabelText('Texto do contrato')).toHaveTextContent('Contrato de [seu nome ou razão social] para o plano Coworking Flex.');
    expect(api.requestsTo('GET', `${planUrl}/terms`)).toHaveLength(1);
  });

  it('hides a zero adhesion fee', async () => {
    mockApi({ [`GET ${planUrl}`]: jsonResponse(makePlan({ adhesionFee: 0, firstPaymentAmount: 1234.56 })) });
    await renderCheckout();

    expect(screen.queryByText('Taxa de adesão')).not.toBeInTheDocument();
  });

  it('shows a loading state first', async () => {
    mockApi({ [`GET ${planUrl}`]: jsonResponse(makePlan()) });
    renderRoute('/checkout/link-123');

    expect(screen.getByRole('status')).toHaveTextContent('Carregando oferta…');
    await screen.findByRole('heading', { level: 1, name: 'Coworking Flex' });
  });

  it('shows "Link não encontrado" on 404', async () => {
    mockApi({ [`GET ${planUrl}`]: problemResponse({ title: 'Not Found' }, 404) });
    renderRoute('/checkout/link-123');

    expect(await screen.findByRole('heading', { name: 'Link não encontrado' })).toBeInTheDocument();
  });

  it('shows unavailable page on 403', async () => {
    mockApi({
      [`GET ${planUrl}`]: problemResponse({ type: 'https://conexa.app/problems/feature-unavailable', title: 'Forbidden' }, 403),
    });
    renderRoute('/checkout/link-123');

    expect(await screen.findByRole('heading', { name: 'Contratação online indisponível' })).toBeInTheDocument();
  });
});

describe('checkout page: documents', () => {
  it('masks and validates the CPF', async () => {
    mockApi({ [`GET ${planUrl}`]: jsonResponse(makePlan()) });
    const { user } = await renderCheckout();
    const cpf = screen.getByLabelText('CPF');

    await user.type(cpf, '52998224724');
    expect(cpf).toHaveValue('529.982.247-24');
    await user.click(screen.getByRole('button', { name: 'Contratar e pagar' }));
    expect(cpf).toHaveAccessibleDescription('CPF inválido.');
    expect(cpf).toHaveAttribute('aria-invalid', 'true');

    await user.clear(cpf);
    await user.type(cpf, '111.111.111-11');
    await user.click(screen.getByRole('button', { name: 'Contratar e pagar' }));
    expect(cpf).toHaveAccessibleDescription('CPF inválido.');

    await user.clear(cpf);
    await user.type(cpf, '00000000191');
    expect(cpf).toHaveValue('000.000.001-91');
    await user.click(screen.getByRole('button', { name: 'Contratar e pagar' }));
    expect(cpf).not.toHaveAttribute('aria-invalid');
  });

  it('normalises and validates alphanumeric CNPJ', async () => {
    mockApi({ [`GET ${planUrl}`]: jsonResponse(makePlan()) });
    const { user } = await renderCheckout();

    await user.click(screen.getByLabelText('Pessoa jurídica'));
    const cnpj = screen.getByLabelText('CNPJ');
    await user.type(cnpj, '12.abc.345/01de-35');
    expect(cnpj).toHaveValue('12.ABC.345/01DE-35');
    await user.click(screen.getByRole('button', { name: 'Contratar e pagar' }));
    expect(cnpj).not.toHaveAttribute('aria-invalid');

    await user.clear(cnpj);
    await user.type(cnpj, '12ABC34501DE53');
    await user.click(screen.getByRole('button', { name: 'Contratar e pagar' }));
    expect(cnpj).toHaveAccessibleDescription(/CNPJ inválido\./);

    await user.clear(cnpj);
    await user.type(cnpj, '11222333000181');
    expect(cnpj).toHaveValue('11.222.333/0001-81');
    await user.click(screen.getByRole('button', { name: 'Contratar e pagar' }));
    expect(cnpj).not.toHaveAttribute('aria-invalid');
  });

  it('requires responsible person for company', async () => {
    const api = mockApi({
      [`GET ${planUrl}`]: jsonResponse(makePlan()),
      [`POST ${checkoutsUrl}`]: jsonResponse(makeCheckout(), 201),
    });
    const { user } = await renderCheckout();

    await user.click(screen.getByLabelText('Pessoa jurídica'));
    await user.type(screen.getByLabelText('Razão social'), 'Souza Tecnologia Ltda');
    await user.type(screen.getByLabelText('CNPJ'), '12abc34501de35');
    await user.type(screen.getByLabelText('E-mail'), 'financeiro@souza.com.br');
    await user.click(screen.getByLabelText('Li e aceito os termos'));
    await user.click(screen.getByRole('button', { name: 'Contratar e pagar' }));

    expect(screen.getByLabelText('Nome do responsável')).toHaveAccessibleDescription('Informe o nome do responsável.');
    expect(screen.getByLabelText('CPF do responsável')).toHaveAccessibleDescription('Informe o CPF do responsável.');
    expect(screen.getByLabelText('E-mail do responsável')).toHaveAccessibleDescription('Informe o e-mail do responsável.');
    expect(api.requestsTo('POST', checkoutsUrl)).toHaveLength(0);

    await user.type(screen.getByLabelText('Nome do responsável'), 'Ana Souza');
    await user.type(screen.getByLabelText('CPF do responsável'), '52998224725');
    await user.type(screen.getByLabelText('E-mail do responsável'), 'ana@souza.com.br');
    await user.click(screen.getByRole('button', { name: 'Contratar e pagar' }));

    await screen.findByRole('heading', { name: 'Contratação registrada' });
    const [request] = api.requestsTo('POST', checkoutsUrl);
    expect(request.body).toMatchObject({
      customer: { kind: 'company', name: 'Souza Tecnologia Ltda', document: '12ABC34501DE35', email: 'financeiro@souza.com.br' },
      linkedPerson: { name: 'Ana Souza', document: '52998224725', email: 'ana@souza.com.br' },
    });
  });

  it('rejects invalid e-mail and missing terms', async () => {
    mockApi({ [`GET ${planUrl}`]: jsonResponse(makePlan()) });
    const { user } = await renderCheckout();

    await user.type(screen.getByLabelText('E-mail'), 'ana@example');
    await user.click(screen.getByRole('button', { name: 'Contratar e pagar' }));

    expect(screen.getByLabelText('E-mail')).toHaveAccessibleDescription('E-mail inválido. Use o formato nome@exemplo.com.br.');
    expect(screen.getByLabelText('Li e aceito os termos')).toHaveAccessibleDescription(
      'É preciso aceitar os termos para continuar.',
    );
    expect(screen.getByRole('alert')).toHaveTextContent('Corrija os campos indicados.');
  });
});

describe('checkout page: submit', () => {
  it('moves focus to the result heading', async () => {
    mockApi({
      [`GET ${planUrl}`]: jsonResponse(makePlan()),
      [`POST ${checkoutsUrl}`]: jsonResponse(makeCheckout(), 201),
    });
    const { user } = await renderCheckout();

    await fillPerson(user);
    await user.click(screen.getByRole('button', { name: 'Contratar e pagar' }));

    expect(await screen.findByRole('heading', { level: 1, name: 'Contratação registrada' })).toHaveFocus();
  });

  it('sends Idempotency-Key and expected body', async () => {
    const api = mockApi({
      [`GET ${planUrl}`]: jsonResponse(makePlan()),
      [`POST ${checkoutsUrl}`]: jsonResponse(makeCheckout(), 201),
    });
    const { user } = await renderCheckout();

    await fillPerson(user);
    await user.type(screen.getByLabelText(/^Telefone/), '11987654321');
    expect(screen.getByLabelText(/^Telefone/)).toHaveValue('(11) 98765-4321');
    await user.click(screen.getByRole('button', { name: 'Contratar e pagar' }));

    await screen.findByRole('heading', { name: 'Contratação registrada' });
    const requests = api.requestsTo('POST', checkoutsUrl);
    expect(requests).toHaveLength(1);
    expect(requests[0].headers.get('Idempotency-Key')).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(requests[0].headers.get('Content-Type')).toBe('application/json');
    expect(requests[0].body).toEqual({
      customer: {
        kind: 'person',
        name: 'Ana Souza',
        document: '52998224725',
        email: 'ana@example.com',
        phone: '11987654321',
      },
      linkedPerson: null,
      payment: { method: 'pix', provider: 'efi' },
      attachmentIds: [],
      acceptedTerms: true,
    });
  });

  it('reuses Idempotency-Key after network error', async () => {
    const api = mockApi({
      [`GET ${planUrl}`]: jsonResponse(makePlan()),
      [`POST ${checkoutsUrl}`]: [networkFailure(), jsonResponse(makeCheckout(), 201)],
    });
    const { user } = await renderCheckout();

    await fillPerson(user);
    await user.click(screen.getByRole('button', { name: 'Contratar e pagar' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Não foi possível conectar ao servidor');
    expect(screen.getByLabelText('Nome completo')).toHaveValue('Ana Souza');

    await user.click(screen.getByRole('button', { name: 'Contratar e pagar' }));
    await screen.findByRole('heading', { name: 'Contratação registrada' });

    const [first, second] = api.requestsTo('POST', checkoutsUrl);
    expect(first.headers.get('Idempotency-Key')).toBeTruthy();
    expect(second.headers.get('Idempotency-Key')).toBe(first.headers.get('Idempotency-Key'));
    expect(second.body).toEqual(first.body);
  });

  it('new Idempotency-Key after 400 and edit', async () => {
    const api = mockApi({
      [`GET ${planUrl}`]: jsonResponse(makePlan()),
      [`POST ${checkoutsUrl}`]: [
        problemResponse({ title: 'Validation failed', errors: { 'customer.email': ['E-mail já cadastrado.'] } }, 400),
        jsonResponse(makeCheckout(), 201),
      ],
    });
    const { user } = await renderCheckout();

    await fillPerson(user);
    await user.click(screen.getByRole('button', { name: 'Contratar e pagar' }));
    await screen.findByText('E-mail já cadastrado.', { selector: '.field-error' });
    await user.clear(screen.getByLabelText('E-mail'));
    await user.type(screen.getByLabelText('E-mail'), 'ana.souza@example.com');
    await user.click(screen.getByRole('button', { name: 'Contratar e pagar' }));
    await screen.findByRole('heading', { name: 'Contratação registrada' });

    const [first, second] = api.requestsTo('POST', checkoutsUrl);
    expect(second.headers.get('Idempotency-Key')).not.toBe(first.headers.get('Idempotency-Key'));
  });

  it('disables button while request runs', async () => {
    let release: (response: Response) => void = () => {};
    const pending = new Promise<Response>((resolve) => {
      release = resolve;
    });
    const api = mockApi({
      [`GET ${planUrl}`]: jsonResponse(makePlan()),
      [`POST ${checkoutsUrl}`]: () => pending,
    });
    const { user } = await renderCheckout();

    await fillPerson(user);
    const button = screen.getByRole('button', { name: 'Contratar e pagar' });
    await user.click(button);
    expect(button).toBeDisabled();
    await user.click(button);
    expect(api.requestsTo('POST', checkoutsUrl)).toHaveLength(1);

    release(jsonResponse(makeCheckout(), 201));
    await screen.findByRole('heading', { name: 'Contratação registrada' });
  });

  it('shows server 400 errors beside fields', async () => {
    mockApi({
      [`GET ${planUrl}`]: jsonResponse(makePlan()),
      [`POST ${checkoutsUrl}`]: problemResponse(
        {
          type: 'https://tools.ietf.org/html/rfc9110#section-15.5.1',
          title: 'One or more validation errors occurred.',
          errors: {
            // Listed in the server's order, not the form's: the summary follows the form.
            'customer.email': ['E-mail bloqueado.'],
            'customer.document': ['CPF já possui contrato ativo.'],
            'payment.method': ['Forma de pagamento indisponível.'],
            // FluentValidation without a camelCase policy sends PascalCase paths.
            'Customer.Address.PostalCode': ['CEP não atendido.'],
          },
        },
        400,
      ),
    });
    const { user } = await renderCheckout();

    await fillPerson(user);
    await user.click(screen.getByRole('button', { name: 'Contratar e pagar' }));

    const summary = await screen.findByRole('alert');
    expect(summary).toHaveTextContent('Corrija os campos indicados e envie novamente.');
    expect(summary).toHaveTextContent('CPF: CPF já possui contrato ativo.');
    expect(summary).toHaveTextContent('CEP: CEP não atendido.');
    const listed = within(summary).getAllByRole('link').map((link) => link.textContent?.split(':')[0]);
    expect(listed.indexOf('CPF')).toBeLessThan(listed.indexOf('E-mail'));
    expect(summary).toHaveFocus();
    expect(screen.getByLabelText('CPF')).toHaveAccessibleDescription('CPF já possui contrato ativo.');
    expect(screen.getByLabelText('E-mail')).toHaveAccessibleDescription('E-mail bloqueado.');
    expect(screen.getByLabelText('Pix')).toHaveAccessibleDescription('Forma de pagamento indisponível.');

    expect(screen.getByLabelText('Nome completo')).toHaveValue('Ana Souza');
    expect(screen.getByLabelText('CPF')).toHaveValue('529.982.247-25');
    expect(screen.getByLabelText('E-mail')).toHaveValue('ana@example.com');
    expect(screen.getByLabelText('Li e aceito os termos')).toBeChecked();
  });

  it('shows payment-unavailable message on 503', async () => {
    mockApi({
      [`GET ${planUrl}`]: jsonResponse(makePlan()),
      [`POST ${checkoutsUrl}`]: problemResponse({ title: 'Service Unavailable' }, 503, { 'Retry-After': '30' }),
    });
    const { user } = await renderCheckout();

    await fillPerson(user);
    await user.click(screen.getByRole('button', { name: 'Contratar e pagar' }));

    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Serviço de pagamento indisponível, tente novamente em instantes',
    );
    expect(screen.getByLabelText('Nome completo')).toHaveValue('Ana Souza');
    expect(screen.getByRole('button', { name: 'Contratar e pagar' })).toBeEnabled();
  });
});

describe('checkout page: payment options', () => {
  it('Inter boleto requires the address', async () => {
    const api = mockApi({
      [`GET ${planUrl}`]: jsonResponse(
        makePlan({
          paymentOptions: [
            { method: 'pix', provider: 'efi' },
            { method: 'boleto', provider: 'inter' },
          ],
        }),
      ),
      [`POST ${checkoutsUrl}`]: jsonResponse(makeCheckout({}, { method: 'boleto', provider: 'inter' }), 201),
    });
    const { user } = await renderCheckout();

    expect(screen.queryByLabelText('CEP')).not.toBeInTheDocument();
    await user.click(screen.getByLabelText('Boleto'));
    expect(screen.getByLabelText('CEP')).toBeInTheDocument();

    await fillPerson(user);
    await user.click(screen.getByRole('button', { name: 'Contratar e pagar' }));
    expect(screen.getByLabelText('CEP')).toHaveAccessibleDescription('Informe o CEP.');
    expect(screen.getByLabelText('Rua')).toHaveAccessibleDescription('Informe a rua.');
    expect(screen.getByLabelText('Número')).toHaveAccessibleDescription('Informe o número.');
    expect(screen.getByLabelText('Bairro')).toHaveAccessibleDescription('Informe o bairro.');
    expect(screen.getByLabelText('Cidade')).toHaveAccessibleDescription('Informe a cidade.');
    expect(screen.getByLabelText('UF')).toHaveAccessibleDescription('Informe a UF.');
    expect(api.requestsTo('POST', checkoutsUrl)).toHaveLength(0);

    await user.type(screen.getByLabelText('CEP'), '01310100');
    expect(screen.getByLabelText('CEP')).toHaveValue('01310-100');
    await user.type(screen.getByLabelText('Rua'), 'Avenida Paulista');
    await user.type(screen.getByLabelText('Número'), '1000');
    await user.type(screen.getByLabelText('Bairro'), 'Bela Vista');
    await user.type(screen.getByLabelText('Cidade'), 'São Paulo');
    await user.selectOptions(screen.getByLabelText('UF'), 'SP');
    await user.click(screen.getByRole('button', { name: 'Contratar e pagar' }));

    await screen.findByRole('heading', { name: 'Contratação registrada' });
    const [request] = api.requestsTo('POST', checkoutsUrl);
    expect(request.body).toMatchObject({
      customer: {
        address: {
          street: 'Avenida Paulista',
          number: '1000',
          complement: '',
          district: 'Bela Vista',
          city: 'São Paulo',
          state: 'SP',
          postalCode: '01310100',
        },
      },
      payment: { method: 'boleto', provider: 'inter' },
    });
  });

  it('company: address shows for Inter boleto only', async () => {
    mockApi({
      [`GET ${planUrl}`]: jsonResponse(
        makePlan({
          paymentOptions: [
            { method: 'boleto', provider: 'efi' },
            { method: 'boleto', provider: 'inter' },
          ],
        }),
      ),
    });
    const { user } = await renderCheckout();
    await user.click(screen.getByLabelText('Pessoa jurídica'));

    expect(screen.queryByLabelText('CEP')).not.toBeInTheDocument();
    await user.click(screen.getByLabelText('Boleto (Inter)'));
    expect(screen.getByLabelText('CEP')).toBeInTheDocument();
    expect(screen.getByLabelText('Rua')).toBeInTheDocument();
    expect(screen.getByLabelText('Número')).toBeInTheDocument();
    expect(screen.getByLabelText('Bairro')).toBeInTheDocument();
    expect(screen.getByLabelText('Cidade')).toBeInTheDocument();
    expect(screen.getByLabelText('UF')).toBeInTheDocument();

    await user.click(screen.getByLabelText('Boleto (Efí)'));
    expect(screen.queryByLabelText('CEP')).not.toBeInTheDocument();
  });

  it('card requires the phone', async () => {
    const api = mockApi({ [`GET ${planUrl}`]: jsonResponse(makePlan()) });
    const { user } = await renderCheckout();

    await user.click(screen.getByLabelText('Cartão de crédito'));
    await fillPerson(user);
    await user.type(screen.getByLabelText('Número do cartão'), '4111111111111111');
    await user.type(screen.getByLabelText('Nome impresso no cartão'), 'Ana Souza');
    await user.type(screen.getByLabelText('Validade (MM/AA)'), '1299');
    await user.type(screen.getByLabelText('CVV'), '123');
    await user.click(screen.getByRole('button', { name: 'Contratar e pagar' }));

    expect(screen.getByLabelText('Telefone')).toHaveAccessibleDescription('Informe o telefone.');
    expect(api.requestsTo('POST', checkoutsUrl)).toHaveLength(0);
  });

  it('omits hidden address for Pix', async () => {
    const api = mockApi({
      [`GET ${planUrl}`]: jsonResponse(makePlan()),
      [`POST ${checkoutsUrl}`]: jsonResponse(makeCheckout(), 201),
    });
    const { user } = await renderCheckout();

    await fillPerson(user);
    await user.click(screen.getByRole('button', { name: 'Contratar e pagar' }));
    await screen.findByRole('heading', { name: 'Contratação registrada' });

    const [request] = api.requestsTo('POST', checkoutsUrl);
    const customer = (request.body as { customer: Record<string, unknown> }).customer;
    expect(customer).not.toHaveProperty('address');
    expect(customer).not.toHaveProperty('password');
    expect(customer).not.toHaveProperty('phone');
  });

  it('sends only a sandbox card token', async () => {
    const api = mockApi({
      [`GET ${planUrl}`]: jsonResponse(makePlan()),
      [`POST ${checkoutsUrl}`]: jsonResponse(
        makeCheckout({ status: 'active' }, { method: 'card', status: 'paid', pixCopyPaste: null, pixQrCodeImage: null }),
        201,
      ),
    });
    const { user } = await renderCheckout();

    await user.click(screen.getByLabelText('Cartão de crédito'));
    expect(
      screen.getByText('Sandbox: use 4111 1111 1111 1111 (aprovado) ou 4000 0000 0000 0002 (recusado)'),
    ).toBeInTheDocument();
    await fillPerson(user);
    await user.type(screen.getByLabelText('Telefone'), '21987654300');
    await user.type(screen.getByLabelText('Número do cartão'), '4111111111111111');
    await user.type(screen.getByLabelText('Nome impresso no cartão'), 'Ana Souza');
    await user.type(screen.getByLabelText('Validade (MM/AA)'), '1299');
    await user.type(screen.getByLabelText('CVV'), '123');
    await user.click(screen.getByRole('button', { name: 'Contratar e pagar' }));

    expect(await screen.findByText('Pagamento aprovado')).toBeInTheDocument();
    expect(screen.getByText('Ativo')).toBeInTheDocument();
    const [request] = api.requestsTo('POST', checkoutsUrl);
    expect((request.body as { payment: unknown }).payment).toEqual({
      method: 'card',
      provider: 'efi',
      cardToken: 'sandbox-approved',
    });
    const serialized = JSON.stringify(request.body);
    expect(serialized).not.toContain('4111');
    expect(serialized).not.toContain('123');
  });

  it('card ending 0002 gets declined token', async () => {
    const api = mockApi({
      [`GET ${planUrl}`]: jsonResponse(makePlan()),
      [`POST ${checkoutsUrl}`]: jsonResponse(
        makeCheckout(
          { status: 'paymentDeclined' },
          { method: 'card', status: 'declined', declineReason: 'Saldo insuficiente.', pixCopyPaste: null, pixQrCodeImage: null },
        ),
        201,
      ),
    });
    const { user } = await renderCheckout();

    await user.click(screen.getByLabelText('Cartão de crédito'));
    await fillPerson(user);
    await user.type(screen.getByLabelText('Telefone'), '21987654300');
    await user.type(screen.getByLabelText('Número do cartão'), '4000000000000002');
    await user.type(screen.getByLabelText('Nome impresso no cartão'), 'Ana Souza');
    await user.type(screen.getByLabelText('Validade (MM/AA)'), '1299');
    await user.type(screen.getByLabelText('CVV'), '123');
    await user.click(screen.getByRole('button', { name: 'Contratar e pagar' }));

    expect(await screen.findByText('Saldo insuficiente.')).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 1, name: 'Pagamento recusado' })).toHaveFocus();
    const [request] = api.requestsTo('POST', checkoutsUrl);
    expect((request.body as { payment: { cardToken: string } }).payment.cardToken).toBe('sandbox-declined');
  });
});
