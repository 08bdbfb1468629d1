import type { RuleCatalogue } from '../../../src/schema/api/segments.ts';
import { DataTable } from '../components/data-table.tsx';

/** The fields and functions a rule can use, folded away under the builder. */
export function CatalogueHelp({ catalogue }: { catalogue: RuleCatalogue }) {
  return (
    <section className="card" aria-labelledby="catalogue-title">
      <h2 id="catalogue-title">What a rule can use</h2>
      <p className="muted">
        Compare with <code>{catalogue.operators.join(' ')}</code>, join with <code>AND</code>, <code>OR</code>
        , <code>NOT</code>. Dates can be relative: <code>-30d</code> is 30 days before the analysis date.
      </p>
      <details>
        <summary>Fields ({catalogue.fields.length})</summary>
        <DataTable
          caption="Fields"
          hideCaption
          rows={catalogue.fields}
          rowKey={(f) => f.name}
          columns={[
            { key: 'name', label: 'Field', render: (f) => <code>{f.name}</code> },
            { key: 'type', label: 'Type', render: (f) => f.type },
            {
              key: 'description',
              label: 'Meaning',
              render: (f) => (
                <>
                  {f.description}
                  {f.values.length === 0 ? null : <div className="muted">Values: {f.values.join(', ')}</div>}
                </>
              ),
            },
          ]}
        />
      </details>
      <details>
        <summary>Functions ({catalogue.functions.length})</summary>
        <DataTable
          caption="Functions"
          hideCaption
          rows={catalogue.functions}
          rowKey={(f) => f.name}
          columns={[
            { key: 'name', label: 'Function', render: (f) => <code>{f.name}</code> },
            { key: 'description', label: 'Meaning', render: (f) => f.description },
            { key: 'example', label: 'Example', render: (f) => <code>{f.example}</code> },
          ]}
        />
      </details>
    </section>
  );
}
