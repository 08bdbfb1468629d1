import type { TimelineEntry } from '../../../src/schema/api/customers.ts';
import { formatDate, formatMoney } from '../format/index.ts';

const KIND_LABELS: Record<TimelineEntry['kind'], string> = {
  order: 'Order',
  return: 'Return',
  event: 'Event',
  feedback: 'Feedback',
  segment_enter: 'Joined segment',
  segment_exit: 'Left segment',
  rfm_change: 'RFM group',
  lifecycle_change: 'Lifecycle',
};

/** Orders, events, feedback and segment, RFM and lifecycle changes, newest first. */
export function CustomerTimeline({ timeline }: { timeline: readonly TimelineEntry[] }) {
  return (
    <section className="card" aria-labelledby="timeline-title">
      <h2 id="timeline-title">Timeline</h2>
      {timeline.length === 0 ? (
        <p className="muted">Nothing has happened yet.</p>
      ) : (
        <ol className="timeline">
          {timeline.map((entry, i) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: entries are a fixed, ordered list from one answer
            <li key={i} className={`timeline-${entry.kind}`}>
              <div className="timeline-when">
                <time dateTime={entry.at.replace(' ', 'T')}>{formatDate(entry.at.slice(0, 10))}</time>
                <span className="badge">{KIND_LABELS[entry.kind]}</span>
              </div>
              <div>
                <strong>{entry.title}</strong>
                {entry.amount === null ? null : (
                  <span className="timeline-amount"> {formatMoney(entry.amount)}</span>
                )}
              </div>
              {entry.detail === null ? null : <div className="muted">{entry.detail}</div>}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
