import { useEffect, useState } from 'react';
import type { SegmentPreview } from '../../../src/schema/api/segments.ts';
import { apiFetch } from '../api/index.ts';
import { useDebounced } from '../hooks/use-debounced.ts';

export interface RulePreviewState {
  preview: SegmentPreview | null;
  /** The rule the preview is for (it may lag the text box while typing). */
  previewedRule: string | null;
  checking: boolean;
  error: Error | null;
}

/** Asks the server how many customers the rule matches, 350 ms after typing stops. */
export function useRulePreview(previewPath: string, rule: string): RulePreviewState {
  const settled = useDebounced(rule, 350);
  const [state, setState] = useState<RulePreviewState>({
    preview: null,
    previewedRule: null,
    checking: false,
    error: null,
  });

  useEffect(() => {
    if (settled.trim() === '') {
      setState({ preview: null, previewedRule: null, checking: false, error: null });
      return;
    }
    const controller = new AbortController();
    setState((s) => ({ ...s, checking: true }));
    apiFetch<SegmentPreview>(previewPath, {
      method: 'POST',
      body: JSON.stringify({ rule: settled, limit: 10 }),
      signal: controller.signal,
    })
      .then((preview) => setState({ preview, previewedRule: settled, checking: false, error: null }))
      .catch((error: unknown) => {
        if (controller.signal.aborted) return;
        setState({
          preview: null,
          previewedRule: settled,
          checking: false,
          error: error instanceof Error ? error : new Error(String(error)),
        });
      });
    return () => controller.abort();
  }, [previewPath, settled]);

  return { ...state, checking: state.checking || settled !== rule };
}
