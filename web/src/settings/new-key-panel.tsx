import { useEffect, useId, useRef } from 'react';
import type { CreatedApiKey } from '../../../src/schema/api/workspaces.ts';
import { CopyButton } from './copy-button.tsx';
import { KeyUsageLines } from './key-usage-lines.tsx';

export interface NewKeyPanelProps {
  created: CreatedApiKey;
  /** The user has saved the key: forget it. */
  onDone: () => void;
}

/** The one time a new key's secret is on screen: the key, a copy button, a warning and how to use it. */
export function NewKeyPanel({ created, onDone }: NewKeyPanelProps) {
  const titleId = useId();
  const heading = useRef<HTMLHeadingElement>(null);
  const keyRef = useRef<HTMLElement>(null);
  // Focus moves here, so keyboard and screen-reader users land on the key they have to copy.
  useEffect(() => {
    heading.current?.focus();
  }, []);
  return (
    <section className="card notice notice-warn" aria-labelledby={titleId}>
      <h2 id={titleId} ref={heading} tabIndex={-1}>
        Your new key “{created.name}”
      </h2>
      <p>
        <strong>Copy it now: it will not be shown again.</strong> Patron keeps only a fingerprint of the key.
        If you lose it, revoke it and create another.
      </p>
      <pre className="code-block secret">
        <code ref={keyRef} data-testid="new-key">
          {created.key}
        </code>
      </pre>
      <CopyButton text={created.key} target={keyRef} label="Copy key" />
      <h3>How to use it</h3>
      <KeyUsageLines apiKey={created.key} />
      <p>
        <button type="button" onClick={onDone}>
          I have saved it, hide the key
        </button>
      </p>
    </section>
  );
}
