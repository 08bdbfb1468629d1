import { PatronError } from '../../errors/index.ts';
import { type Store, sql } from '../../store/index.ts';
import { type MembershipChange, refreshMembership } from '../membership/refresh-membership.ts';
import { compileRule, DEFAULT_CATALOGUE, RuleNode } from '../rules/index.ts';
import { analysisDate } from './analysis-date.ts';
import { referencedSegments } from './read-rule.ts';
import { listSegments, type SavedSegment } from './saved-segment.ts';

export interface SegmentRefresh extends MembershipChange {
  name: string;
  milliseconds: number;
}

/** Orders segments so that a segment used by in_segment('…') is refreshed before its users. */
function inDependencyOrder(segments: readonly SavedSegment[]): SavedSegment[] {
  const byName = new Map(segments.map((s) => [s.name, s]));
  const ordered: SavedSegment[] = [];
  const state = new Map<string, 'visiting' | 'done'>();
  const visit = (s: SavedSegment, path: string[]) => {
    if (state.get(s.name) === 'done') return;
    if (state.get(s.name) === 'visiting') {
      throw new PatronError(
        'segment_cycle',
        `Segments refer to each other in a circle: ${[...path, s.name].join(' → ')}. Change one rule.`,
      );
    }
    state.set(s.name, 'visiting');
    for (const name of referencedSegments(s.rule_json)) {
      const used = byName.get(name);
      if (used) visit(used, [...path, s.name]);
    }
    state.set(s.name, 'done');
    ordered.push(s);
  };
  for (const s of segments) visit(s, []);
  return ordered;
}

/**
 * Recomputes the membership of saved segments (all, or the named ones) on the features' as_of,
 * recording entries, exits and outbox events.
 */
export async function refreshSegments(
  store: Store,
  names?: readonly string[],
  at = new Date().toISOString(),
): Promise<SegmentRefresh[]> {
  const asOf = await analysisDate(store);
  const all = await listSegments(store);
  const wanted = names ? all.filter((s) => names.includes(s.name)) : all;
  const results: SegmentRefresh[] = [];
  await store.transaction(async () => {
    // The profile view joins five tables; every segment reads one snapshot of it instead.
    await store.run(sql`CREATE OR REPLACE TEMP TABLE profile_snapshot AS SELECT * FROM customer_profile`);
    for (const segment of inDependencyOrder(wanted)) {
      const started = performance.now();
      const condition = compileRule(RuleNode.parse(segment.rule_json), DEFAULT_CATALOGUE, { asOf });
      const stamp = at.replace('T', ' ').replace('Z', '');
      const change = await refreshMembership(store, segment.segment_id, condition, stamp, 'profile_snapshot');
      results.push({ name: segment.name, ...change, milliseconds: performance.now() - started });
    }
    await store.run(sql`DROP TABLE profile_snapshot`);
  });
  return results;
}
