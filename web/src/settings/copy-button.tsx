import { type RefObject, useState } from 'react';
import { copyText } from './copy-text.ts';

export interface CopyButtonProps {
  text: string;
  /** The element showing the text: selected when the clipboard cannot be used. */
  target: RefObject<HTMLElement | null>;
  /** The button's words, e.g. "Copy key". */
  label: string;
}

/** A copy button that says what happened: copied, or selected for copying by hand and why. */
export function CopyButton({ text, target, label }: CopyButtonProps) {
  const [message, setMessage] = useState('');
  async function copy() {
    const element = target.current;
    if (element === null) return;
    const outcome = await copyText(text, element);
    setMessage(
      outcome.copied
        ? 'Copied.'
        : `${outcome.reason} The text is selected: copy it with Ctrl+C, ⌘C or your phone’s Copy.`,
    );
  }
  return (
    <div className="copy">
      <button type="button" className="secondary" onClick={() => void copy()}>
        {label}
      </button>
      <span role="status" className="copy-status">
        {message}
      </span>
    </div>
  );
}
