import type { RouteObject } from 'react-router-dom';
import { MessagePage } from './components/MessagePage';
import { AdminPage } from './features/admin/routes/AdminPage';
import { CheckoutPage } from './features/checkout/routes/CheckoutPage';
import { CheckoutResultPage } from './features/checkout/routes/CheckoutResultPage';
import { ClientPage } from './features/client/routes/ClientPage';
import { SetPasswordPage } from './features/client/routes/SetPasswordPage';

/** Every route of the SPA. A refresh on these paths works only if the API falls back to index.html. */
export const appRoutes: RouteObject[] = [
  { path: '/checkout/:linkToken', element: <CheckoutPage /> },
  { path: '/checkout/:linkToken/result/:checkoutId', element: <CheckoutResultPage /> },
  { path: '/admin/*', element: <AdminPage /> },
  { path: '/client/definir-senha', element: <SetPasswordPage /> },
  { path: '/client/*', element: <ClientPage /> },
  {
    path: '*',
    element: (
      <MessagePage title="Página não encontrada">
        <p>Confira o endereço digitado.</p>
      </MessagePage>
    ),
  },
];
