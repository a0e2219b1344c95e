import { useState, type ReactNode } from 'react';
import { NavLink } from 'react-router-dom';
import { signOut } from '../model/session';
import { TestClockBanner } from './TestClockBanner';

const sections = [
  { to: '/admin', label: 'Início', end: true },
  { to: '/admin/planos', label: 'Planos', end: false },
  { to: '/admin/contratos', label: 'Contratos', end: false },
  { to: '/admin/emails', label: 'E-mails', end: false },
  { to: '/admin/configuracoes', label: 'Configurações', end: false },
];

/** Frames every admin screen with the navigation: a bar on laptops, a menu button on phones. */
export function AdminLayout({ tenantName, children }: { tenantName?: string; children: ReactNode }) {
  const [menuOpen, setMenuOpen] = useState(false);

  return (
    <div className="admin">
      <header className="admin-header">
        <div className="admin-brand">
          <strong>Conexa</strong>
          {tenantName && <span className="admin-tenant">{tenantName}</span>}
        </div>
        <button
          type="button"
          className="admin-menu-button"
          aria-expanded={menuOpen}
          aria-controls="admin-nav"
          onClick={() => setMenuOpen((open) => !open)}
        >
          Menu
        </button>
        <nav id="admin-nav" aria-label="Painel" className={menuOpen ? 'admin-nav admin-nav-open' : 'admin-nav'}>
          {sections.map((section) => (
            <NavLink key={section.to} to={section.to} end={section.end} onClick={() => setMenuOpen(false)}>
              {section.label}
            </NavLink>
          ))}
          <button type="button" className="admin-sign-out" onClick={signOut}>
            Sair
          </button>
        </nav>
      </header>
      <TestClockBanner />
      <main className="admin-main">{children}</main>
    </div>
  );
}
