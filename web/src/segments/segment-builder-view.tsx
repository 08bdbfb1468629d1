import { type FormEvent, useEffect, useId, useState } from 'react';
import type { RuleCatalogue, Segment } from '../../../src/schema/api/segments.ts';
import { apiFetch, useApi } from '../api/index.ts';
import { useWorkspace } from '../app/workspace-context.ts';
import { PageHeader } from '../components/page-header.tsx';
import { navigate } from '../router/index.ts';
import { CatalogueHelp } from './catalogue-help.tsx';
import { PreviewPanel } from './preview-panel.tsx';
import { RuleEditor } from './rule-editor.tsx';
import { useRulePreview } from './use-rule-preview.ts';

export interface SegmentBuilderViewProps {
  segmentId: string | null;
  initialRule: string;
}

/** Create or edit a segment: rule text with suggestions, problems where they are, and a live count. */
export function SegmentBuilderView({ segmentId, initialRule }: SegmentBuilderViewProps) {
  const workspace = useWorkspace();
  const catalogue = useApi<RuleCatalogue>(workspace.path('/segments/catalogue'));
  const existing = useApi<Segment>(
    segmentId === null ? null : workspace.path(`/segments/${encodeURIComponent(segmentId)}`),
  );
  const [name, setName] = useState('');
  const [description, setDescription] = useState('');
  const [rule, setRule] = useState(initialRule);
  const [saveError, setSaveError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const preview = useRulePreview(workspace.path('/segments/preview'), rule);
  const nameId = useId();
  const descriptionId = useId();
  const ruleId = useId();
  const problemsId = useId();

  useEffect(() => {
    if (existing.data === null) return;
    setName(existing.data.name);
    setDescription(existing.data.description ?? '');
    setRule(existing.data.rule);
  }, [existing.data]);

  const problems = preview.preview !== null && preview.previewedRule === rule ? preview.preview.problems : [];

  async function save(event: FormEvent) {
    event.preventDefault();
    setSaving(true);
    setSaveError(null);
    const body = {
      name: name.trim(),
      rule,
      ...(description.trim() === '' ? {} : { description: description.trim() }),
    };
    try {
      if (segmentId === null) {
        await apiFetch<Segment>(workspace.path('/segments'), { method: 'POST', body: JSON.stringify(body) });
      } else {
        await apiFetch<Segment>(workspace.path(`/segments/${encodeURIComponent(segmentId)}`), {
          method: 'PATCH',
          body: JSON.stringify({
            ...body,
            description: description.trim() === '' ? null : description.trim(),
          }),
        });
      }
      navigate({ name: 'segments' });
    } catch (error) {
      setSaveError(error instanceof Error ? error.message : String(error));
      setSaving(false);
    }
  }

  async function remove() {
    if (segmentId === null || !window.confirm(`Delete the segment “${name}”? Its history is deleted too.`))
      return;
    try {
      await apiFetch(workspace.path(`/segments/${encodeURIComponent(segmentId)}`), { method: 'DELETE' });
      navigate({ name: 'segments' });
    } catch (error) {
      setSaveError(error instanceof Error ? error.message : String(error));
    }
  }

  const canSave =
    name.trim() !== '' &&
    rule.trim() !== '' &&
    problems.length === 0 &&
    preview.preview?.ok === true &&
    !saving;
  return (
    <>
      <PageHeader
        title={segmentId === null ? 'New segment' : `Segment: ${existing.data?.name ?? ''}`}
        intro="Describe who belongs with a rule, for example number_of_orders >= 3 AND last_order_date > -30d. The count updates as you type."
      />
      {existing.error === null ? null : (
        <div className="card notice notice-error" role="alert">
          Could not load the segment: {existing.error.message}
        </div>
      )}
      <div className="grid-side">
        <form className="card" onSubmit={(e) => void save(e)} aria-labelledby="builder-title">
          <h2 id="builder-title">Rule</h2>
          <div className="field">
            <label htmlFor={nameId}>Name</label>
            <input
              id={nameId}
              value={name}
              maxLength={64}
              required
              onChange={(e) => setName(e.target.value)}
            />
          </div>
          <div className="field">
            <label htmlFor={descriptionId}>Description (optional)</label>
            <input
              id={descriptionId}
              value={description}
              maxLength={500}
              onChange={(e) => setDescription(e.target.value)}
            />
          </div>
          <div className="field">
            <label htmlFor={ruleId}>Who belongs</label>
            <RuleEditor
              id={ruleId}
              value={rule}
              onChange={setRule}
              catalogue={catalogue.data}
              problems={problems}
              describedBy={problemsId}
            />
            <div id={problemsId} aria-live="polite">
              {problems.length === 0 ? (
                <span className="help">Suggestions appear as you type; Ctrl+Space shows them all.</span>
              ) : (
                <ul className="problems">
                  {problems.map((p) => (
                    <li key={`${p.code}:${p.position?.start ?? ''}:${p.message}`}>
                      {p.position === null || /\bline \d+/i.test(p.message)
                        ? ''
                        : `Line ${p.position.line}, column ${p.position.column}: `}
                      {p.message}
                      {p.suggestion === null ? '' : ` Did you mean ${p.suggestion}?`}
                    </li>
                  ))}
                </ul>
              )}
            </div>
          </div>
          {saveError === null ? null : (
            <p className="error-text" role="alert">
              {saveError}
            </p>
          )}
          <div className="inline-form">
            <button type="submit" disabled={!canSave}>
              {saving ? 'Saving …' : segmentId === null ? 'Save segment' : 'Save changes'}
            </button>
            <a className="button secondary" href="#/segments">
              Cancel
            </a>
            {segmentId === null ? null : (
              <button type="button" className="danger" onClick={() => void remove()}>
                Delete
              </button>
            )}
          </div>
        </form>
        <PreviewPanel state={preview} hasRule={rule.trim() !== ''} />
      </div>
      {catalogue.data === null ? null : <CatalogueHelp catalogue={catalogue.data} />}
    </>
  );
}
