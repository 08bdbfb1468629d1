export { applyCompletion } from './apply-completion.ts';
export type { Completion, CompletionItem } from './completion.ts';
export { markRanges, type TextPiece } from './mark-ranges.ts';
export { suggestCompletions } from './suggest-completions.ts';
