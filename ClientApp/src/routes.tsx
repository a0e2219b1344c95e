import { lazy, Suspense, type ReactNode } from 'react';
import type { RouteObject } from 'react-router-dom';
import { MessagePage } from './components/MessagePage';
import { CheckoutPage } from './features/checkout/routes/CheckoutPage';
import { CheckoutResultPage } from './features/checkout/routes/CheckoutResultPage';

// The admin panel and the client area load in their own chunks, so a customer opening a checkout link on
// a phone downloads only the checkout.
const AdminPage = lazy(() => import('./features/admin/routes/AdminPage').then((module) => ({ default: module.AdminPage })));
const ClientPage = lazy(() => import('./features/client/routes/ClientPage').then((module) => ({ default: module.ClientPage })));
const SetPasswordPage = lazy(() =>
  import('./features/client/routes/SetPasswordPage').then((module) => ({ default: module.SetPasswordPage })),
);

function Loading({ children }: { children: ReactNode }) {
  return <Suspense fallback={<p className="page">Carregando…</p>}>{children}</Suspense>;
}

/** Every route of the SPA. A refresh on these paths works only if the API falls back to index.html. */
export const appRoutes: RouteObject[] = [
  { path: '/checkout/:linkToken', element: <CheckoutPage /> },
  { path: '/checkout/:linkToken/result/:checkoutId', element: <CheckoutResultPage /> },
  {
    path: '/admin/*',
    element: (
      <Loading>
        <AdminPage />
      </Loading>
    ),
  },
  {
    path: '/client/definir-senha',
    element: (
      <Loading>
        <SetPasswordPage />
      </Loading>
    ),
  },
  {
    path: '/client/*',
    element: (
      <Loading>
        <ClientPage />
      </Loading>
    ),
  },
  {
    path: '*',
    element: (
      <MessagePage title="Página não encontrada">
        <p>Confira o endereço digitado.</p>
      </MessagePage>
    ),
  },
];
