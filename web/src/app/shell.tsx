import { type ReactNode, useEffect, useId, useState } from 'react';
import type { WorkspaceSummary } from '../../../src/schema/api/auth.ts';
import { type Route, routeHref } from '../router/index.ts';
import { NAV_GROUPS, pageTitle } from './nav-items.ts';

export interface ShellProps {
  route: Route;
  workspaces: readonly WorkspaceSummary[];
  workspaceId: string;
  onWorkspaceChange: (id: string) => void;
  onLogOut: () => void;
  children: ReactNode;
}

/** The frame around every page: left navigation (a menu on a phone), workspace choice, log out. */
export function Shell({ route, workspaces, workspaceId, onWorkspaceChange, onLogOut, children }: ShellProps) {
  const [menuOpen, setMenuOpen] = useState(false);
  const selectId = useId();

  // A new page: close the phone menu and name the page in the title (the page focuses its own heading).
  useEffect(() => {
    setMenuOpen(false);
    document.title = `${pageTitle(route)} · Patron`;
  }, [route]);

  return (
    <>
      <button type="button" className="skip-link secondary" onClick={skipToMain}>
        Skip to content
      </button>
      <div className="layout">
        <div className="topbar">
          <a className="brand" href="#/">
            Patron
          </a>
          <button
            type="button"
            className="menu-button"
            aria-expanded={menuOpen}
            aria-controls="sidebar"
            onClick={() => setMenuOpen((open) => !open)}
          >
            {menuOpen ? 'Close menu' : 'Menu'}
          </button>
        </div>
        <nav id="sidebar" className={menuOpen ? 'sidebar open' : 'sidebar'} aria-label="Main">
          <a className="brand" href="#/">
            Patron
            <small>Know your customers</small>
          </a>
          {NAV_GROUPS.map((group) => (
            <div key={group.title}>
              <div className="nav-group-title">{group.title}</div>
              <ul className="nav-group">
                {group.items.map((item) => (
                  <li key={item.label}>
                    <a
                      className="nav-link"
                      href={routeHref(item.route)}
                      aria-current={item.matches.includes(route.name) ? 'page' : undefined}
                    >
                      {item.label}
                    </a>
                  </li>
                ))}
              </ul>
            </div>
          ))}
          <div className="sidebar-footer">
            {workspaces.length > 1 ? (
              <>
                <label htmlFor={selectId}>Workspace</label>
                <select id={selectId} value={workspaceId} onChange={(e) => onWorkspaceChange(e.target.value)}>
                  {workspaces.map((w) => (
                    <option key={w.id} value={w.id}>
                      {w.name}
                    </option>
                  ))}
                </select>
              </>
            ) : (
              <span className="muted-light">{workspaces[0]?.name}</span>
            )}
            <button type="button" className="secondary" onClick={onLogOut}>
              Log out
            </button>
          </div>
        </nav>
        <main id="main" className="main">
          {children}
        </main>
      </div>
    </>
  );
}

function skipToMain() {
  document.querySelector<HTMLElement>('main h1')?.focus();
}
