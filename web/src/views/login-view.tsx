import { type FormEvent, useId, useState } from 'react';
import { API, apiFetch } from '../api/index.ts';

export interface LoginViewProps {
  onSignedIn: () => void;
}

/** The admin password form. */
export function LoginView({ onSignedIn }: LoginViewProps) {
  const [password, setPassword] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const passwordId = useId();
  const errorId = useId();

  async function submit(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      await apiFetch(`${API}/auth/login`, { method: 'POST', body: JSON.stringify({ password }) });
      onSignedIn();
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
      setBusy(false);
    }
  }

  return (
    <main className="login-page">
      <form className="card login-card" onSubmit={(e) => void submit(e)} aria-labelledby="login-title">
        <h1 id="login-title">Sign in to Patron</h1>
        <p className="muted">Your customers, segments and predictions, on your own machine.</p>
        <div className="field">
          <label htmlFor={passwordId}>Admin password</label>
          <input
            id={passwordId}
            type="password"
            autoComplete="current-password"
            required
            value={password}
            onChange={(e) => setPassword(e.target.value)}
            aria-invalid={error !== null}
            aria-describedby={error === null ? undefined : errorId}
          />
        </div>
        {error === null ? null : (
          <p id={errorId} className="error-text" role="alert">
            {error}
          </p>
        )}
        <button type="submit" disabled={busy || password === ''}>
          {busy ? 'Signing in …' : 'Sign in'}
        </button>
        <p className="muted" style={{ fontSize: '0.85rem', marginTop: '1rem' }}>
          The password was set when Patron first started. In demo mode, use the one-time login link that{' '}
          <code>npm start</code> printed.
        </p>
      </form>
    </main>
  );
}
