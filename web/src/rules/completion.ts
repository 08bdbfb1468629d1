/** One autocomplete choice for the rule editor. */
export interface CompletionItem {
  label: string;
  /** The text that replaces the range from..to. */
  insert: string;
  kind: 'field' | 'function' | 'keyword' | 'value';
  detail: string;
}

/** What to offer at the cursor: the items and the range of text they replace. */
export interface Completion {
  from: number;
  to: number;
  items: CompletionItem[];
}
