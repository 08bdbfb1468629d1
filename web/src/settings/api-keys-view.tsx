import { useId, useRef, useState } from 'react';
import type { ApiKeyInfo, ApiKeyList, CreatedApiKey } from '../../../src/schema/api/workspaces.ts';
import { ApiError, useApi } from '../api/index.ts';
import { useWorkspace } from '../app/workspace-context.ts';
import { LoadState } from '../components/load-state.tsx';
import { PageHeader } from '../components/page-header.tsx';
import { ApiKeyTable } from './api-key-table.tsx';
import { CreateKeyForm } from './create-key-form.tsx';
import { KeyUsageLines } from './key-usage-lines.tsx';
import { NewKeyPanel } from './new-key-panel.tsx';

/** The workspace's API keys: create one (its secret shown once), see them all, revoke one. Admin only. */
export function ApiKeysView() {
  const workspace = useWorkspace();
  const state = useApi<ApiKeyList>(workspace.path('/api-keys'));
  const [created, setCreated] = useState<CreatedApiKey | null>(null);
  const [revoked, setRevoked] = useState('');
  const listTitle = useRef<HTMLHeadingElement>(null);
  const listTitleId = useId();

  function afterRevoke(key: ApiKeyInfo) {
    if (created?.id === key.id) setCreated(null);
    setRevoked(`Revoked “${key.name}”. Requests that send it are now refused.`);
    state.reload();
    // The row and its buttons are gone: keep the keyboard in the list.
    listTitle.current?.focus();
  }

  return (
    <>
      <PageHeader
        title="API keys"
        intro="An API key lets a script or another tool (Zapier, a spreadsheet, your own code) read and change this workspace’s data without your password. Give each tool its own key, so you can revoke one without breaking the others."
      />
      {state.error instanceof ApiError && state.error.code === 'forbidden' ? (
        <div className="card notice notice-error" role="alert">
          <p>{state.error.message}</p>
        </div>
      ) : (
        <>
          {created === null ? null : <NewKeyPanel created={created} onDone={() => setCreated(null)} />}
          <CreateKeyForm
            onCreated={(key) => {
              setRevoked('');
              setCreated(key);
              state.reload();
            }}
          />
          <LoadState state={state} what="the API keys">
            {(list) => (
              <section className="card" aria-labelledby={listTitleId}>
                <h2 id={listTitleId} ref={listTitle} tabIndex={-1}>
                  Keys for “{workspace.name}”
                </h2>
                <p role="status" className="status-line">
                  {revoked}
                </p>
                <ApiKeyTable keys={list.keys} onRevoked={afterRevoke} />
              </section>
            )}
          </LoadState>
          {created === null ? (
            <section className="card" aria-labelledby={`${listTitleId}-use`}>
              <h2 id={`${listTitleId}-use`}>How a tool uses a key</h2>
              <KeyUsageLines apiKey={null} />
            </section>
          ) : null}
        </>
      )}
    </>
  );
}
