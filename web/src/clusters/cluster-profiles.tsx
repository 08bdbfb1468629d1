import type { ClusteringResultOut } from '../../../src/schema/api/clusters.ts';
import { PALETTE } from '../charts/palette.ts';
import { formatCount, formatPercent } from '../format/index.ts';
import { routeHref } from '../router/index.ts';

export interface ClusterProfilesProps {
  result: ClusteringResultOut;
  /** For a saved clustering: make a segment of one group. */
  onMakeSegment?: (cluster: number) => void;
  /** For a saved clustering: the segment already following each group, by cluster number. */
  segments?: ReadonlyMap<number, { id: string; size: number }>;
}

const round = (v: number) => (Math.abs(v) >= 100 ? Math.round(v).toString() : v.toFixed(1));

/** One card per group: its name, size, share of revenue, description and what sets it apart. */
export function ClusterProfiles({ result, onMakeSegment, segments }: ClusterProfilesProps) {
  const clusters = [...result.profiles].sort((a, b) => a.cluster - b.cluster);
  return (
    <section className="card" aria-labelledby="profiles-title">
      <h2 id="profiles-title">The groups</h2>
      <ul className="profiles">
        {clusters.map((p, i) => (
          <li key={p.cluster} className="profile">
            <h3>
              <span
                className="swatch"
                style={{ background: PALETTE[i % PALETTE.length] }}
                aria-hidden="true"
              />
              {p.name}
            </h3>

            <p>{p.description}</p>
            {p.distinguishing.length === 0 ? null : (
              <ul className="distinguishing">
                {p.distinguishing.slice(0, 3).map((d) => (
                  <li key={`${d.feature}:${d.value ?? ''}`}>
                    <span aria-hidden="true">{d.direction === 'higher' ? '▲' : '▼'}</span>{' '}
                    {d.value === null
                      ? `${d.label}: ${round(d.cluster_value)} (all customers ${round(d.overall_value)})`
                      : `${d.label} ${d.value}: ${formatPercent(d.cluster_value, 0)} (all ${formatPercent(d.overall_value, 0)})`}
                    <span className="visually-hidden">, {d.direction} than average</span>
                  </li>
                ))}
              </ul>
            )}
            <SegmentAction
              cluster={p.cluster}
              name={p.name}
              segment={segments?.get(p.cluster)}
              onMakeSegment={onMakeSegment}
            />
          </li>
        ))}
      </ul>
    </section>
  );
}

function SegmentAction(props: {
  cluster: number;
  name: string;
  segment: { id: string; size: number } | undefined;
  onMakeSegment: ((cluster: number) => void) | undefined;
}) {
  if (props.segment !== undefined) {
    return (
      <a href={routeHref({ name: 'segment-builder', segmentId: props.segment.id, rule: '' })}>
        Open its segment<span className="visually-hidden"> for {props.name}</span> (
        {formatCount(props.segment.size)} members)
      </a>
    );
  }
  const make = props.onMakeSegment;
  if (make === undefined) return null;
  return (
    <button type="button" className="secondary" onClick={() => make(props.cluster)}>
      Make a segment<span className="visually-hidden"> of {props.name}</span>
    </button>
  );
}
