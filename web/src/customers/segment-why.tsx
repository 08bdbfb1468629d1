import { useId, useState } from 'react';
import type { SegmentExplanation } from '../../../src/schema/api/segments.ts';
import { useApi } from '../api/index.ts';
import { useWorkspace } from '../app/workspace-context.ts';
import { LoadState } from '../components/load-state.tsx';

/** "Why?" beside a segment on a customer's page: each condition of its rule, held or not, with this customer's value. */
export function SegmentWhy({
  segmentId,
  customerId,
  segmentName,
}: {
  segmentId: string;
  customerId: string;
  segmentName: string;
}) {
  const workspace = useWorkspace();
  const [open, setOpen] = useState(false);
  const panelId = useId();
  const path = `/segments/${encodeURIComponent(segmentId)}/explain/${encodeURIComponent(customerId)}`;
  const state = useApi<SegmentExplanation>(open ? workspace.path(path) : null);
  return (
    <>
      <button
        type="button"
        className="link-button"
        aria-expanded={open}
        aria-controls={panelId}
        onClick={() => setOpen(!open)}
      >
        Why?<span className="visually-hidden"> (membership of {segmentName})</span>
      </button>
      <div id={panelId} hidden={!open}>
        {open ? (
          <LoadState state={state} what="the explanation">
            {(explanation) => (
              <ul className="conditions">
                {explanation.conditions.map((c) => (
                  <li key={`${c.position?.start ?? ''}:${c.text}`} className={c.held ? 'held' : 'not-held'}>
                    <span aria-hidden="true">{c.held ? '✓' : '✗'}</span>
                    <span className="visually-hidden">{c.held ? 'holds:' : 'does not hold:'}</span>{' '}
                    <code>{c.text}</code>
                    {c.value === null ? '' : ` (${c.subject} is ${String(c.value)})`}
                  </li>
                ))}
              </ul>
            )}
          </LoadState>
        ) : null}
      </div>
    </>
  );
}
