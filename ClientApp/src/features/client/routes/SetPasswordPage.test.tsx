import { screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { mockApi, problemResponse } from '../../../test/fetchMock';
import { renderRoute } from '../../../test/renderRoute';

describe('client password page', () => {
  afterEach(() => {
    window.location.hash = '';
  });

  it('sends the invitation token from the fragment', async () => {
    window.location.hash = '#email=maria%40example.com&token=abc%2B1';
    const api = mockApi({ 'POST /api/client/password': new Response(null, { status: 204 }) });
    const { user } = renderRoute('/client/definir-senha');

    await user.type(await screen.findByLabelText('Nova senha'), 'novaSenha2027');
    await user.click(screen.getByRole('button', { name: 'Salvar senha' }));

    expect(await screen.findByRole('heading', { name: 'Senha definida' })).toBeInTheDocument();
    expect(api.requestsTo('POST', '/api/client/password')[0].body).toEqual({ email: 'maria@example.com', token: 'abc+1', password: 'novaSenha2027' });
  });

  it('rejects a weak password before sending', async () => {
    window.location.hash = '#email=maria%40example.com&token=abc';
    const api = mockApi({});
    const { user } = renderRoute('/client/definir-senha');

    await user.type(await screen.findByLabelText('Nova senha'), 'curta');
    await user.click(screen.getByRole('button', { name: 'Salvar senha' }));

    expect(screen.getByText('A senha deve ter pelo menos 8 caracteres, com letras e números.')).toBeInTheDocument();
    expect(api.requests).toHaveLength(0);
  });

  it('explains an expired link', async () => {
    window.location.hash = '#email=maria%40example.com&token=old';
    mockApi({
      'POST /api/client/password': problemResponse({ errors: { token: ['Link inválido, já usado ou expirado. Peça um novo em "Esqueci minha senha", na entrada da Área do Cliente, ou ao estabelecimento.'] } }, 400),
    });
    const { user } = renderRoute('/client/definir-senha');

    await user.type(await screen.findByLabelText('Nova senha'), 'novaSenha2027');
    await user.click(screen.getByRole('button', { name: 'Salvar senha' }));

    expect(await screen.findByRole('alert')).toHaveTextContent('Link inválido, já usado ou expirado.');
  });
});
