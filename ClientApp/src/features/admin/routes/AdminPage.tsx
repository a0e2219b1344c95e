import { useEffect } from 'react';
import { Route, Routes } from 'react-router-dom';
import { getTenant } from '../api/adminApi';
import { AdminLayout } from '../components/AdminLayout';
import { SignInPage } from '../../../components/SignInPage';
import { defaultTimeZone } from '../../../lib/format';
import { ApiError } from '../../../lib/http';
import { recordChangesForbidden } from '../model/permissions';
import { signIn, signOut, useAccessToken, useWaitingForOtherTab } from '../model/session';
import { TenantTimeZoneContext } from '../model/tenantTimeZone';
import { useApiData } from '../model/useApiData';
import '../admin.css';
import { ContractDetailPage } from './ContractDetailPage';
import { ContractsPage } from './ContractsPage';
import { EmailsPage } from './EmailsPage';
import { HomePage } from './HomePage';
import { PlanEditPage } from './PlanEditPage';
import { PlansPage } from './PlansPage';
import { SettingsPage } from './SettingsPage';

/** The admin SPA under /admin: the sign-in page until a token exists, then the screens. */
export function AdminPage() {
  const token = useAccessToken();
  const waitingForOtherTab = useWaitingForOtherTab();
  if (!token && waitingForOtherTab) {
    // A new tab first requests the token from the open tabs, so the form does not flash and lose what the user typed.
    return (
      <main className="page">
        <p role="status">Carregando…</p>
      </main>
    );
  }
  if (!token) {
    return <SignInPage title="Entrar no painel" intro="Acesso da equipe do estabelecimento à contratação online." onSignedIn={signIn} />;
  }
  // Keyed by the token, so signing in as someone else starts from fresh state.
  return <SignedInAdmin key={token} />;
}

function SignedInAdmin() {
  const tenant = useApiData((signal) => getTenant(signal), 'tenant');
  const staffOnly = tenant.data?.canChangeSettings === false;
  useEffect(() => {
    if (staffOnly) {
      recordChangesForbidden();
    }
  }, [staffOnly]);
  if (tenant.error instanceof ApiError && tenant.error.status === 403) {
    // Customers sign in with the same route, but their token has no operator role.
    return (
      <main className="page">
        <h1>Acesso restrito à equipe</h1>
        <p>Este login não é da equipe do estabelecimento. Clientes entram na Área do Cliente, em /client.</p>
        <button type="button" className="button button-secondary" onClick={signOut}>
          Sair
        </button>
      </main>
    );
  }

  return (
    <TenantTimeZoneContext value={tenant.data?.timeZoneId ?? defaultTimeZone}>
      <AdminLayout tenantName={tenant.data?.name}>
        <Routes>
          <Route index element={<HomePage />} />
          <Route path="planos" element={<PlansPage />} />
          <Route path="planos/novo" element={<PlanEditPage />} />
          <Route path="planos/:planId" element={<PlanEditPage />} />
          <Route path="contratos" element={<ContractsPage />} />
          <Route path="contratos/:contractId" element={<ContractDetailPage />} />
          <Route path="emails" element={<EmailsPage />} />
          <Route path="configuracoes" element={<SettingsPage onTenantChanged={tenant.reload} />} />
          <Route path="*" element={<p>Página não encontrada no painel.</p>} />
        </Routes>
      </AdminLayout>
    </TenantTimeZoneContext>
  );
}
