import { useCallback, useEffect, useState } from 'react';
import type { Upload } from '../../../src/schema/api/imports.ts';
import { apiFetch } from '../api/index.ts';

/**
 * Starts an import and polls its upload until it is done or failed, updating it as it goes.
 * Polling (not the SSE stream) so a slow or proxied connection never leaves the page waiting.
 */
export function useUploadProgress(
  path: (p: string) => string,
  upload: Upload | null,
  setUpload: (u: Upload) => void,
  onFinished: () => void,
): { start: () => void; error: string | null } {
  const [error, setError] = useState<string | null>(null);
  const id = upload?.id ?? null;
  const active = upload !== null && (upload.state === 'queued' || upload.state === 'running');

  const start = useCallback(() => {
    if (id === null) return;
    setError(null);
    apiFetch<Upload>(path(`/imports/uploads/${encodeURIComponent(id)}/start`), { method: 'POST', body: '{}' })
      .then(setUpload)
      .catch((e: unknown) => setError(e instanceof Error ? e.message : String(e)));
  }, [id, path, setUpload]);

  useEffect(() => {
    if (!active || id === null) return;
    let stopped = false;
    const timer = setInterval(() => {
      apiFetch<Upload>(path(`/imports/uploads/${encodeURIComponent(id)}`))
        .then((next) => {
          if (stopped) return;
          setUpload(next);
          if (next.state === 'done' || next.state === 'failed') onFinished();
        })
        .catch((e: unknown) => {
          if (!stopped) setError(e instanceof Error ? e.message : String(e));
        });
    }, 400);
    return () => {
      stopped = true;
      clearInterval(timer);
    };
  }, [active, id, path, setUpload, onFinished]);

  return { start, error };
}
