import { screen } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { jsonResponse, mockApi, problemResponse } from '../../../test/fetchMock';
import { renderRoute } from '../../../test/renderRoute';
import { signIn, signOut } from '../model/session';
import { makeContractsPerDay } from '../test/dashboard';
import { makeReadiness, makeTenant } from '../test/adminFixtures';

const homeRoutes = {
  'GET /api/tenant': jsonResponse(makeTenant()),
  'GET /api/tenant/readiness': jsonResponse(makeReadiness()),
  'GET /api/dashboard/contracts-per-day?days=30': jsonResponse(makeContractsPerDay()),
};

describe('admin sign-in', () => {
  beforeEach(() => signOut());

  it('signs in and sends the bearer token', async () => {
    const api = mockApi({
      'POST /api/auth/login': jsonResponse({ tokenType: 'Bearer', accessToken: 'token-abc', expiresIn: 3600 }),
      ...homeRoutes,
    });
    const { user } = renderRoute('/admin');

    await user.type(await screen.findByLabelText('E-mail'), 'admin@demo.local');
    await user.type(screen.getByLabelText('Senha'), 'Demo#2026!');
    await user.click(screen.getByRole('button', { name: 'Entrar' }));

    expect(await screen.findByRole('heading', { name: 'Início' })).toBeInTheDocument();
    expect(api.requestsTo('POST', '/api/auth/login')[0].body).toEqual({ email: 'admin@demo.local', password: 'Demo#2026!' });
    expect(api.requestsTo('GET', '/api/tenant')[0].headers.get('Authorization')).toBe('Bearer token-abc');
    expect(sessionStorage.getItem('conexa.admin.accessToken')).toBe('token-abc');
  });

  it('names missing fields before sending', async () => {
    const api = mockApi({});
    const { user } = renderRoute('/admin');

    await user.click(await screen.findByRole('button', { name: 'Entrar' }));

    expect(screen.getByText('Informe o e-mail.')).toBeInTheDocument();
    expect(screen.getByText('Informe a senha.')).toBeInTheDocument();
    expect(api.requests).toHaveLength(0);
  });

  it('shows the server message for a wrong password', async () => {
    mockApi({ 'POST /api/auth/login': problemResponse({ title: 'Falha no login', detail: 'E-mail ou senha incorretos.' }, 401) });
    const { user } = renderRoute('/admin');

    await user.type(await screen.findByLabelText('E-mail'), 'admin@demo.local');
    await user.type(screen.getByLabelText('Senha'), 'errada');
    await user.click(screen.getByRole('button', { name: 'Entrar' }));

    expect(await screen.findByRole('alert')).toHaveTextContent('E-mail ou senha incorretos.');
    expect(sessionStorage.getItem('conexa.admin.accessToken')).toBeNull();
  });

  it('signs out when a request gets 401', async () => {
    signIn('expired-token');
    mockApi({
      ...homeRoutes,
      'GET /api/tenant/readiness': problemResponse({ title: 'Unauthorized' }, 401),
    });
    renderRoute('/admin');

    expect(await screen.findByRole('heading', { name: 'Entrar no painel' })).toBeInTheDocument();
    expect(sessionStorage.getItem('conexa.admin.accessToken')).toBeNull();
  });

  it('signs out with the Sair button', async () => {
    signIn('token-abc');
    mockApi(homeRoutes);
    const { user } = renderRoute('/admin');

    await screen.findByRole('heading', { name: 'Início' });
    await user.click(screen.getByRole('button', { name: 'Sair' }));

    expect(screen.getByRole('heading', { name: 'Entrar no painel' })).toBeInTheDocument();
  });
});

describe('admin sign-in of a customer', () => {
  beforeEach(() => signOut());

  it('explains that the login is not staff', async () => {
    signIn('customer-token');
    mockApi({
      ...homeRoutes,
      'GET /api/tenant': problemResponse({ title: 'Forbidden' }, 403),
    });
    renderRoute('/admin');

    expect(await screen.findByRole('heading', { name: 'Acesso restrito à equipe' })).toBeInTheDocument();
  });
});
