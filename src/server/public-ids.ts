import { PatronError } from '../errors/index.ts';

/** The API's form of a row id: the workspace id, an underscore, the number (`default_42`). */
export function toPublicId(workspaceId: string, id: number | bigint): string {
  return `${workspaceId}_${id}`;
}

/**
 * The row number behind a public id, only when the id belongs to this workspace: any other
 * workspace's id (or anything malformed) is `not_found`, never a different row.
 */
export function fromPublicId(workspaceId: string, publicId: string, what = 'item'): number {
  const cut = publicId.lastIndexOf('_');
  const digits = publicId.slice(cut + 1);
  const number = Number(digits);
  if (
    cut < 1 ||
    publicId.slice(0, cut) !== workspaceId ||
    !/^\d{1,15}$/.test(digits) ||
    !Number.isSafeInteger(number)
  )
    throw new PatronError('not_found', `There is no such ${what} in this workspace.`);
  return number;
}
