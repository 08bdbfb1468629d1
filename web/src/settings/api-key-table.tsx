import type { ApiKeyInfo } from '../../../src/schema/api/workspaces.ts';
import { DataTable } from '../components/data-table.tsx';
import { formatDate } from '../format/index.ts';
import { RevokeKey } from './revoke-key.tsx';

/** The workspace's keys: name, the first characters, when made and last used, and Revoke. Never a secret. */
export function ApiKeyTable({
  keys,
  onRevoked,
}: {
  keys: readonly ApiKeyInfo[];
  onRevoked: (key: ApiKeyInfo) => void;
}) {
  return (
    <DataTable
      caption="API keys"
      hideCaption
      rows={keys}
      rowKey={(k) => k.id}
      empty="No keys yet. Create one above when a tool needs to reach your data."
      columns={[
        { key: 'name', label: 'Name', className: 'wrap-anywhere', render: (k) => <strong>{k.name}</strong> },
        {
          key: 'prefix',
          label: 'Key starts with',
          render: (k) => <code className="nowrap">{k.prefix}…</code>,
        },
        { key: 'created', label: 'Created', render: (k) => <Day iso={k.created_at} /> },
        {
          key: 'used',
          label: 'Last used',
          render: (k) => (k.last_used_at === null ? 'Never' : <Day iso={k.last_used_at} />),
        },
        { key: 'revoke', label: 'Action', render: (k) => <RevokeKey apiKey={k} onRevoked={onRevoked} /> },
      ]}
    />
  );
}

function Day({ iso }: { iso: string }) {
  return (
    <time className="nowrap" dateTime={iso}>
      {formatDate(iso)}
    </time>
  );
}
