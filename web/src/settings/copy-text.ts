/** Whether the text reached the clipboard; if not, why, and the text is left selected on the page. */
export type CopyOutcome = { copied: true } | { copied: false; reason: string };

/**
 * Copies text with the Clipboard API. Where that is missing (a page served over plain http from
 * another machine) or refused, it selects `element`'s text instead, so the user can copy it by hand.
 *
 * @example
 * const outcome = await copyText(key, keyElement); // => { copied: true }
 */
export async function copyText(text: string, element: HTMLElement): Promise<CopyOutcome> {
  const clipboard: Clipboard | undefined = navigator.clipboard;
  if (clipboard === undefined) {
    selectContents(element);
    return { copied: false, reason: 'This browser does not offer copying on this page.' };
  }
  try {
    await clipboard.writeText(text);
    return { copied: true };
  } catch (error) {
    selectContents(element);
    return { copied: false, reason: `The browser refused to copy (${errorMessage(error)}).` };
  }
}

function selectContents(element: HTMLElement): void {
  const selection = window.getSelection();
  if (selection === null) return;
  selection.removeAllRanges();
  const range = document.createRange();
  range.selectNodeContents(element);
  selection.addRange(range);
}

function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
