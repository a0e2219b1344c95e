import { screen, within } from '@testing-library/react';
import { readFileSync } from 'node:fs';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { jsonResponse, mockApi, problemResponse } from '../../../test/fetchMock';
import { renderRoute } from '../../../test/renderRoute';
import { signIn } from '../model/session';
import { makeAdminPlan, makeTenant, makeUnit } from '../test/adminFixtures';

// Vitest imports CSS files as empty modules, so the test reads the style sheets from disk. The URL goes through
// a variable because Vitest rewrites `new URL(path, import.meta.url)` to resolve against an http address.
const testFileUrl = import.meta.url;
const styleSheets = [readFileSync(new URL('../../../styles.css', testFileUrl), 'utf8'), readFileSync(new URL('../admin.css', testFileUrl), 'utf8')];

const baseRoutes = {
  'GET /api/tenant': jsonResponse(makeTenant()),
  'GET /api/units': jsonResponse([makeUnit()]),
};

async function renderNewPlan(routes: Parameters<typeof mockApi>[0] = {}) {
  const api = mockApi({ ...baseRoutes, ...routes });
  const rendered = renderRoute('/admin/planos/novo');
  await screen.findByLabelText('Nome');
  return { ...rendered, api };
}

describe('plan form', () => {
  beforeEach(() => signIn('token-abc'));

  it('gives the quota resource its own line on a phone', async () => {
    const { user } = await renderNewPlan();
    // Without media queries applied, jsdom computes the phone (base) rules.
    for (const css of styleSheets) {
      const sheet = document.createElement('style');
      sheet.textContent = css;
      document.head.append(sheet);
    }

    await user.click(screen.getByRole('button', { name: 'Adicionar cota' }));

    const resource = screen.getByLabelText('Recurso').closest('.field')!;
    const amount = screen.getByLabelText('Quantidade').closest('.field')!;
    expect(getComputedStyle(resource).flexBasis).toBe('100%');
    expect(getComputedStyle(amount).flexBasis).not.toBe('100%');
    document.head.querySelectorAll('style').forEach((sheet) => sheet.remove());
  });

  it('names invalid fields before sending', async () => {
    const { user, api } = await renderNewPlan();

    await user.clear(screen.getByLabelText('Mensalidade (R$)'));
    await user.type(screen.getByLabelText('Mensalidade (R$)'), '0');
    await user.type(screen.getByLabelText(/Taxa de adesão/), '10,001');
    await user.click(screen.getByLabelText('Pix (EFI)'));
    await user.click(screen.getByLabelText('Cartão de crédito (EFI)'));
    await user.click(screen.getByRole('button', { name: 'Adicionar cota' }));
    await user.click(screen.getByRole('button', { name: 'Criar plano' }));

    expect(screen.getByText('Informe o nome do plano.')).toBeInTheDocument();
    expect(screen.getByText('Informe a mensalidade, maior que zero, como 350,00.')).toBeInTheDocument();
    expect(screen.getByText('Use no máximo duas casas decimais (centavos).')).toBeInTheDocument();
    expect(screen.getByText('Escolha ao menos uma forma de pagamento.')).toBeInTheDocument();
    expect(screen.getByText('Informe uma quantidade maior que zero.')).toBeInTheDocument();
    expect(api.requestsTo('POST', '/api/plans')).toHaveLength(0);
  });

  it('sends the plan and shows server field errors', async () => {
    const { user, api } = await renderNewPlan({
      'POST /api/plans': problemResponse(
        { title: 'Dados inválidos', errors: { unitId: ['Unidade não encontrada: escolha uma unidade deste estabelecimento.'] } },
        400,
      ),
    });

    await user.type(screen.getByLabelText('Nome'), 'Sala privativa');
    await user.type(screen.getByLabelText('Mensalidade (R$)'), '1.200,50');
    await user.click(screen.getByRole('button', { name: 'Adicionar cota' }));
    await user.type(screen.getByLabelText('Quantidade'), '8');
    await user.type(screen.getByLabelText('Unidade de medida'), 'horas');
    await user.type(screen.getByLabelText('Recurso'), 'Sala de reunião');
    await user.click(screen.getByRole('button', { name: 'Criar plano' }));

    expect(await screen.findByText('Unidade não encontrada: escolha uma unidade deste estabelecimento.', { selector: '.field-error' })).toBeInTheDocument();
    expect(api.requestsTo('POST', '/api/plans')[0].body).toMatchObject({
      name: 'Sala privativa',
      unitId: 'unit-1',
      monthlyPrice: 1200.5,
      adhesionFee: 0,
      activationPolicy: 'afterFirstPayment',
      quotas: [{ resource: 'Sala de reunião', amount: 8, unit: 'horas' }],
      paymentOptions: [
        { method: 'pix', provider: 'efi' },
        { method: 'card', provider: 'efi' },
      ],
    });
  });

  it('sends the contract template and shows its error', async () => {
    const { user, api } = await renderNewPlan({
      'POST /api/plans': problemResponse(
        { title: 'Dados inválidos', errors: { contractTemplate: ['O modelo usa campos que não existem: {desconto}.'] } },
        400,
      ),
    });

    await user.type(screen.getByLabelText('Nome'), 'Sala privativa');
    await user.type(screen.getByLabelText('Mensalidade (R$)'), '900,00');
    const template = screen.getByLabelText('Modelo do contrato (opcional)');
    await user.click(template);
    await user.paste('Contrato de {cliente} com {desconto}.');
    await user.click(screen.getByRole('button', { name: 'Criar plano' }));

    expect(await screen.findByText('O modelo usa campos que não existem: {desconto}.', { selector: '.field-error' })).toBeInTheDocument();
    expect(template).toHaveAttribute('aria-invalid', 'true');
    expect(api.requestsTo('POST', '/api/plans')[0].body).toMatchObject({ contractTemplate: 'Contrato de {cliente} com {desconto}.' });
  });

  it('updates the preview as the admin types', async () => {
    const { user } = await renderNewPlan();
    const preview = screen.getByTestId('plan-preview');

    await user.type(screen.getByLabelText('Nome'), 'Sala privativa');
    await user.type(screen.getByLabelText('Mensalidade (R$)'), '1.200,50');
    expect(within(preview).queryByLabelText(/^Senha/)).not.toBeInTheDocument();
    await user.click(screen.getByLabelText('Mostrar Senha da Área do Cliente'));
    await user.click(screen.getByLabelText('Senha da Área do Cliente obrigatório'));

    expect(within(preview).getByRole('heading', { name: 'Sala privativa' })).toBeInTheDocument();
    expect(within(preview).getAllByText('R$ 1.200,50').length).toBeGreaterThan(0);
    expect(within(preview).getByText('Demo Coworking')).toBeInTheDocument();
    expect(within(preview).getByLabelText('Senha')).toBeInTheDocument();
  });

  it('warns about boleto with immediate access', async () => {
    const { user } = await renderNewPlan();

    await user.click(screen.getByLabelText('Boleto com Pix (EFI)'));
    await user.click(screen.getByLabelText('Imediato (antes do pagamento)'));

    expect(screen.getByRole('note')).toHaveTextContent('o cliente usa o espaço antes de pagar');
  });

  it('clears "required" when a field is hidden', async () => {
    const { user } = await renderNewPlan();

    await user.click(screen.getByLabelText('Mostrar Telefone'));

    expect(screen.getByLabelText('Telefone obrigatório')).not.toBeChecked();
    expect(screen.getByLabelText('Telefone obrigatório')).toBeDisabled();
  });
});

describe('plan link', () => {
  beforeEach(() => signIn('token-abc'));

  it('regenerates the link after confirmation', async () => {
    const api = mockApi({
      ...baseRoutes,
      'GET /api/plans/plan-1': [jsonResponse(makeAdminPlan()), jsonResponse(makeAdminPlan({ checkoutUrl: 'http://localhost:5197/checkout/token-2', checkoutPath: '/checkout/token-2' }))],
      'POST /api/plans/plan-1/link': jsonResponse(makeAdminPlan({ checkoutUrl: 'http://localhost:5197/checkout/token-2' })),
    });
    const confirm = vi.spyOn(window, 'confirm').mockReturnValue(true);
    const { user } = renderRoute('/admin/planos/plan-1');

    await user.click(await screen.findByRole('button', { name: 'Gerar novo link' }));

    expect(confirm).toHaveBeenCalledWith(expect.stringContaining('O link atual deixa de funcionar'));
    expect(await screen.findByText('http://localhost:5197/checkout/token-2')).toBeInTheDocument();
    expect(api.requestsTo('POST', '/api/plans/plan-1/link')).toHaveLength(1);
  });

  it('keeps the link when the admin cancels', async () => {
    const api = mockApi({ ...baseRoutes, 'GET /api/plans/plan-1': jsonResponse(makeAdminPlan()) });
    vi.spyOn(window, 'confirm').mockReturnValue(false);
    const { user } = renderRoute('/admin/planos/plan-1');

    await user.click(await screen.findByRole('button', { name: 'Gerar novo link' }));

    expect(api.requestsTo('POST', '/api/plans/plan-1/link')).toHaveLength(0);
  });

  it('confirms a save beside its button', async () => {
    mockApi({
      ...baseRoutes,
      'GET /api/plans/plan-1': jsonResponse(makeAdminPlan()),
      'PUT /api/plans/plan-1': jsonResponse(makeAdminPlan()),
    });
    const { user } = renderRoute('/admin/planos/plan-1');

    const button = await screen.findByRole('button', { name: 'Salvar plano' });
    await user.click(button);

    const saved = await screen.findByText('Plano salvo.');
    expect(saved.previousElementSibling).toBe(button);
  });

  it('copies the public URL', async () => {
    mockApi({ ...baseRoutes, 'GET /api/plans/plan-1': jsonResponse(makeAdminPlan()) });
    const { user } = renderRoute('/admin/planos/plan-1');
    const writeText = vi.spyOn(navigator.clipboard, 'writeText');

    await user.click(await screen.findByRole('button', { name: 'Copiar link' }));

    expect(writeText).toHaveBeenCalledWith('http://localhost:5197/checkout/token-1');
    expect(screen.getByRole('status')).toHaveTextContent('Link copiado.');
  });
});
