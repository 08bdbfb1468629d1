import { useCallback, useEffect, useMemo, useState } from 'react';
import type { Me } from '../../../src/schema/api/auth.ts';
import { API, ApiError, apiFetch } from '../api/index.ts';
import { useRoute } from '../router/index.ts';
import { LoginView } from '../views/login-view.tsx';
import { RouteView } from './route-view.tsx';
import { Shell } from './shell.tsx';
import { WorkspaceContext, workspaceContextValue } from './workspace-context.ts';

type Session =
  | { status: 'checking' }
  | { status: 'signed-out' }
  | { status: 'error'; message: string }
  | { status: 'signed-in'; me: Me };

const WORKSPACE_KEY = 'patron.workspace';

/** Checks the session, shows the login page or the dashboard for the chosen workspace. */
export function App() {
  const [session, setSession] = useState<Session>({ status: 'checking' });
  const [workspaceId, setWorkspaceId] = useState<string | null>(() => localStorage.getItem(WORKSPACE_KEY));
  const route = useRoute();

  const checkSession = useCallback(async () => {
    try {
      const me = await apiFetch<Me>(`${API}/auth/me`);
      setSession({ status: 'signed-in', me });
    } catch (error) {
      if (error instanceof ApiError && error.status === 401) setSession({ status: 'signed-out' });
      else setSession({ status: 'error', message: error instanceof Error ? error.message : String(error) });
    }
  }, []);

  useEffect(() => {
    void checkSession();
  }, [checkSession]);

  const logOut = useCallback(async () => {
    await apiFetch(`${API}/auth/logout`, { method: 'POST', body: '{}' });
    setSession({ status: 'signed-out' });
  }, []);

  const chooseWorkspace = useCallback((id: string) => {
    localStorage.setItem(WORKSPACE_KEY, id);
    setWorkspaceId(id);
  }, []);

  const workspaces = session.status === 'signed-in' ? session.me.workspaces : [];
  const workspace = workspaces.find((w) => w.id === workspaceId) ?? workspaces[0] ?? null;
  const context = useMemo(
    () => (workspace === null ? null : workspaceContextValue(workspace.id, workspace.name)),
    [workspace],
  );

  switch (session.status) {
    case 'checking':
      return <p className="loading login-page">Opening Patron …</p>;
    case 'error':
      return (
        <main className="login-page">
          <div className="card notice notice-error" role="alert">
            <p>Patron could not start: {session.message}</p>
            <button type="button" onClick={() => void checkSession()}>
              Try again
            </button>
          </div>
        </main>
      );
    case 'signed-out':
      return <LoginView onSignedIn={() => void checkSession()} />;
    case 'signed-in':
      if (context === null) {
        return (
          <main className="login-page">
            <div className="card notice">You have no workspace yet. Ask the admin to create one.</div>
          </main>
        );
      }
      return (
        <WorkspaceContext.Provider value={context}>
          <Shell
            route={route}
            workspaces={workspaces}
            workspaceId={context.id}
            onWorkspaceChange={chooseWorkspace}
            onLogOut={() => void logOut()}
          >
            <RouteView key={`${context.id} ${route.name}`} route={route} />
          </Shell>
        </WorkspaceContext.Provider>
      );
    default: {
      const exhausted: never = session;
      return exhausted;
    }
  }
}
