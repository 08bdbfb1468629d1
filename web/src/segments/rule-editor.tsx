import { type KeyboardEvent, useId, useRef, useState } from 'react';
import type { RuleCatalogue, RuleProblem } from '../../../src/schema/api/segments.ts';
import {
  applyCompletion,
  type Completion,
  type CompletionItem,
  markRanges,
  suggestCompletions,
} from '../rules/index.ts';

export interface RuleEditorProps {
  id: string;
  value: string;
  onChange: (value: string) => void;
  catalogue: RuleCatalogue | null;
  problems: readonly RuleProblem[];
  /** The id of the element listing the problems, read with the editor. */
  describedBy: string;
}

/**
 * The rule text box: suggestions from the catalogue as you type (↑ ↓ to move, Enter or Tab to take,
 * Esc to close, Ctrl+Space to ask), and each problem underlined where the server says it is.
 */
export function RuleEditor({ id, value, onChange, catalogue, problems, describedBy }: RuleEditorProps) {
  const [completion, setCompletion] = useState<Completion | null>(null);
  const [active, setActive] = useState(0);
  const box = useRef<HTMLTextAreaElement>(null);
  const backdrop = useRef<HTMLDivElement>(null);
  const listId = useId();

  function suggest(text: string, cursor: number, explicit = false) {
    setCompletion(catalogue === null ? null : suggestCompletions(text, cursor, catalogue, explicit));
    setActive(0);
  }

  function choose(item: CompletionItem) {
    if (completion === null) return;
    const next = applyCompletion(value, completion, item);
    onChange(next.text);
    setCompletion(null);
    requestAnimationFrame(() => {
      const element = box.current;
      if (element === null) return;
      element.focus();
      element.setSelectionRange(next.cursor, next.cursor);
      suggest(next.text, next.cursor);
    });
  }

  function onKeyDown(event: KeyboardEvent<HTMLTextAreaElement>) {
    if (event.key === ' ' && event.ctrlKey) {
      event.preventDefault();
      suggest(value, event.currentTarget.selectionStart, true);
      return;
    }
    if (completion === null) return;
    const count = completion.items.length;
    if (event.key === 'ArrowDown') {
      event.preventDefault();
      setActive((a) => (a + 1) % count);
    } else if (event.key === 'ArrowUp') {
      event.preventDefault();
      setActive((a) => (a - 1 + count) % count);
    } else if (event.key === 'Enter' || event.key === 'Tab') {
      const item = completion.items[active];
      if (item !== undefined) {
        event.preventDefault();
        choose(item);
      }
    } else if (event.key === 'Escape') {
      event.preventDefault();
      setCompletion(null);
    }
  }

  const ranges = problems.flatMap((p) => (p.position === null ? [] : [p.position]));
  const open = completion !== null && completion.items.length > 0;
  return (
    <div className="rule-editor">
      <div className="rule-backdrop" ref={backdrop} aria-hidden="true">
        {markRanges(value, ranges).map((piece, i) =>
          piece.marked ? (
            // biome-ignore lint/suspicious/noArrayIndexKey: pieces are positional and rebuilt on every change
            <mark key={i}>{piece.text}</mark>
          ) : (
            // biome-ignore lint/suspicious/noArrayIndexKey: pieces are positional and rebuilt on every change
            <span key={i}>{piece.text}</span>
          ),
        )}
        {'\n'}
      </div>
      <textarea
        id={id}
        ref={box}
        value={value}
        rows={4}
        spellCheck={false}
        autoComplete="off"
        autoCapitalize="off"
        aria-autocomplete="list"
        aria-controls={listId}
        aria-activedescendant={open ? `${listId}-${active}` : undefined}
        aria-invalid={problems.length > 0}
        aria-describedby={describedBy}
        onChange={(e) => {
          onChange(e.target.value);
          suggest(e.target.value, e.target.selectionStart);
        }}
        onKeyDown={onKeyDown}
        onBlur={() => setCompletion(null)}
        onScroll={(e) => {
          if (backdrop.current !== null) backdrop.current.scrollTop = e.currentTarget.scrollTop;
        }}
      />
      <div id={listId} role="listbox" aria-label="Suggestions" className="suggestions" hidden={!open}>
        {open
          ? completion.items.map((item, i) => (
              <div
                key={`${item.kind}:${item.label}`}
                id={`${listId}-${i}`}
                role="option"
                tabIndex={-1}
                aria-selected={i === active}
                className={i === active ? 'active' : undefined}
                onMouseDown={(e) => {
                  e.preventDefault();
                  choose(item);
                }}
              >
                <span className={`kind kind-${item.kind}`}>{item.kind}</span> <strong>{item.label}</strong>
                <span className="detail">{item.detail}</span>
              </div>
            ))
          : null}
      </div>
    </div>
  );
}
