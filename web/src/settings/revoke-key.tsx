import { type KeyboardEvent, useEffect, useRef, useState } from 'react';
import type { ApiKeyInfo } from '../../../src/schema/api/workspaces.ts';
import { apiFetch } from '../api/index.ts';
import { useWorkspace } from '../app/workspace-context.ts';

type Step = 'idle' | 'confirm' | 'revoking';

/** A key's Revoke button, which asks first in place ("Yes, revoke" / "Cancel"; Escape cancels). */
export function RevokeKey({
  apiKey,
  onRevoked,
}: {
  apiKey: ApiKeyInfo;
  onRevoked: (key: ApiKeyInfo) => void;
}) {
  const workspace = useWorkspace();
  const [step, setStep] = useState<Step>('idle');
  const [error, setError] = useState<string | null>(null);
  const revokeButton = useRef<HTMLButtonElement>(null);
  const cancelButton = useRef<HTMLButtonElement>(null);
  const asked = useRef(false);

  // Focus follows the question: to Cancel (the safe answer) when it opens, back to Revoke when it closes.
  useEffect(() => {
    if (step === 'confirm') cancelButton.current?.focus();
    if (step === 'idle' && asked.current) revokeButton.current?.focus();
    asked.current = step !== 'idle';
  }, [step]);

  async function revoke() {
    setStep('revoking');
    setError(null);
    try {
      await apiFetch(workspace.path(`/api-keys/${encodeURIComponent(apiKey.id)}`), { method: 'DELETE' });
      onRevoked(apiKey);
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
      setStep('confirm');
    }
  }

  function cancelOnEscape(event: KeyboardEvent) {
    if (event.key === 'Escape' && step === 'confirm') setStep('idle');
  }

  if (step === 'idle') {
    return (
      <button ref={revokeButton} type="button" className="danger" onClick={() => setStep('confirm')}>
        Revoke<span className="visually-hidden"> {apiKey.name}</span>
      </button>
    );
  }
  return (
    <fieldset className="confirm" onKeyDown={cancelOnEscape}>
      <legend>Revoke “{apiKey.name}”? Anything using it stops working.</legend>
      <div className="confirm-buttons">
        <button
          type="button"
          className="danger solid"
          disabled={step === 'revoking'}
          onClick={() => void revoke()}
        >
          {step === 'revoking' ? 'Revoking …' : 'Yes, revoke'}
          <span className="visually-hidden"> {apiKey.name}</span>
        </button>
        <button
          ref={cancelButton}
          type="button"
          className="secondary"
          disabled={step === 'revoking'}
          onClick={() => setStep('idle')}
        >
          Cancel
        </button>
      </div>
      {error === null ? null : (
        <p className="error-text" role="alert">
          {error}
        </p>
      )}
    </fieldset>
  );
}
