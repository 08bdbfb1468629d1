import { useRef } from 'react';
import { useWorkspace } from '../app/workspace-context.ts';
import { CopyButton } from './copy-button.tsx';
import { keyUsage } from './key-usage.ts';

/** The header a script sends and a curl example for this server and workspace, with `apiKey` or a placeholder. */
export function KeyUsageLines({ apiKey }: { apiKey: string | null }) {
  const workspace = useWorkspace();
  const usage = keyUsage({
    origin: window.location.origin,
    workspaceId: workspace.id,
    apiKey: apiKey ?? 'YOUR_KEY',
  });
  const curlRef = useRef<HTMLElement>(null);
  return (
    <>
      <p>Send the key in this header with every request:</p>
      <pre className="code-block">
        <code>{usage.header}</code>
      </pre>
      <p>For example, this command asks for the overview of “{workspace.name}”:</p>
      <pre className="code-block">
        <code ref={curlRef}>{usage.curl}</code>
      </pre>
      <CopyButton text={usage.curl} target={curlRef} label="Copy command" />
      <p className="caption">
        A key reaches this workspace only. Every endpoint is described on the{' '}
        <a href="/docs">API docs page</a>.
      </p>
    </>
  );
}
