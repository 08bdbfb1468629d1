import { PatronError } from '../../errors/index.ts';
import { type SegmentSummary, segmentSummaries } from '../../insights/segments/index.ts';
import type { Segment } from '../../schema/api/index.ts';
import type { WorkspaceData } from '../../workspaces/index.ts';
import { toPublicId } from '../public-ids.ts';

/** A segment summary as the API shows it (public id). */
export function shapeSegment(workspaceId: string, s: SegmentSummary): Segment {
  return {
    id: toPublicId(workspaceId, s.segment_id),
    name: s.name,
    description: s.description,
    rule: s.rule,
    size: s.size,
    kpis: s.kpis,
  };
}

/** One saved segment of the workspace by number or name, or a 404 `not_found`. */
export async function findSegment(
  ws: WorkspaceData,
  by: { id: number } | { name: string },
): Promise<Segment> {
  const list = await ws.cached('segments', segmentSummaries);
  const found = list.find((s) => ('id' in by ? s.segment_id === by.id : s.name === by.name));
  if (!found) throw new PatronError('not_found', 'There is no such segment in this workspace.');
  return shapeSegment(ws.workspaceId, found);
}
