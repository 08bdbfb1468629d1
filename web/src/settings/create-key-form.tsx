import { type FormEvent, useId, useRef, useState } from 'react';
import type { CreatedApiKey } from '../../../src/schema/api/workspaces.ts';
import { apiFetch } from '../api/index.ts';
import { useWorkspace } from '../app/workspace-context.ts';

/** Names and creates a key; an empty name or the server's refusal is said under the field. */
export function CreateKeyForm({ onCreated }: { onCreated: (created: CreatedApiKey) => void }) {
  const workspace = useWorkspace();
  const [name, setName] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const input = useRef<HTMLInputElement>(null);
  const nameId = useId();
  const helpId = useId();
  const errorId = useId();

  async function create(event: FormEvent) {
    event.preventDefault();
    const trimmed = name.trim();
    if (trimmed === '') {
      setError('Give the key a name, such as the tool that will use it.');
      input.current?.focus();
      return;
    }
    setBusy(true);
    setError(null);
    try {
      const created = await apiFetch<CreatedApiKey>(workspace.path('/api-keys'), {
        method: 'POST',
        body: JSON.stringify({ name: trimmed }),
      });
      setName('');
      onCreated(created);
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
      input.current?.focus();
    } finally {
      setBusy(false);
    }
  }

  return (
    <form
      className="card inline-form"
      noValidate
      onSubmit={(e) => void create(e)}
      aria-labelledby={`${nameId}-title`}
    >
      <h2 id={`${nameId}-title`} className="form-title">
        Create a key
      </h2>
      <div className="field grow">
        <label htmlFor={nameId}>Key name</label>
        <span id={helpId} className="help">
          Who or what will use it, e.g. “Zapier” or “nightly export”.
        </span>
        <input
          ref={input}
          id={nameId}
          value={name}
          maxLength={80}
          autoComplete="off"
          aria-required="true"
          aria-invalid={error !== null}
          aria-describedby={error === null ? helpId : `${errorId} ${helpId}`}
          onChange={(e) => {
            setName(e.target.value);
            setError(null);
          }}
        />
      </div>
      <div className="field">
        <button type="submit" disabled={busy}>
          {busy ? 'Creating …' : 'Create key'}
        </button>
      </div>
      {error === null ? null : (
        <p id={errorId} className="error-text form-error" role="alert">
          {error}
        </p>
      )}
    </form>
  );
}
