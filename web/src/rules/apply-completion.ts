import type { Completion, CompletionItem } from './completion.ts';

/**
 * The rule text after choosing an item, and where the cursor goes.
 *
 * @example
 * applyCompletion('rfm_gr', { from: 0, to: 6, items }, items[0]) // => { text: 'rfm_group', cursor: 9 }
 */
export function applyCompletion(
  text: string,
  completion: Completion,
  item: CompletionItem,
): { text: string; cursor: number } {
  const next = text.slice(0, completion.from) + item.insert + text.slice(completion.to);
  return { text: next, cursor: completion.from + item.insert.length };
}
