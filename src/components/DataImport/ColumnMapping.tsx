/** Which column is the source, the target, the date…: asked when a file's headers do not say. */
import { useId, useState, type FormEvent } from 'react';
import type { ColumnMapping as Mapping, ColumnRole, MappingRequest } from '../../data/import/importTypes';

const ROLE_LABELS: Record<ColumnRole, string> = {
  source: 'Source (who acted)',
  target: 'Target',
  date: 'Date',
  end: 'End date',
  kind: 'Kind of interaction',
  summary: 'Summary',
  source_url: 'Source link',
};
const CSV_ROLES: ColumnRole[] = ['source', 'target', 'date', 'end', 'kind', 'summary', 'source_url'];
const CYTOSCAPE_ROLES: ColumnRole[] = ['date', 'end', 'kind', 'summary', 'source_url'];
const REQUIRED = new Set<ColumnRole>(['source', 'target', 'date']);

function optionText(column: string, examples: string[] | undefined): string {
  const sample = (examples ?? []).filter((e) => e.trim() !== '').slice(0, 2).map((e) => (e.length > 24 ? `${e.slice(0, 23)}…` : e));
  return sample.length ? `${column} (e.g. ${sample.join(', ')})` : column;
}

/** The first values of the column chosen for the dates, so a person can see whether they are dates. */
function DatePreview({ column, values }: { column: string; values: string[] }) {
  const shown = values.filter((v) => v.trim() !== '').map((v) => (v.length > 40 ? `${v.slice(0, 39)}…` : v));
  return (
    <p className="column-mapping__preview" aria-live="polite">
      {shown.length ? `Dates in “${column}”: ${shown.join(' · ')}` : `“${column}” is empty in the first rows`}
    </p>
  );
}

export function ColumnMapping({ request, onApply, onCancel }: { request: MappingRequest; onApply(m: Mapping): void; onCancel(): void }) {
  const roles = request.format === 'csv' ? CSV_ROLES : CYTOSCAPE_ROLES;
  const [mapping, setMapping] = useState<Mapping>(request.guess);
  const id = useId();
  const missing = roles.filter((r) => REQUIRED.has(r) && !mapping[r]);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (missing.length === 0) onApply(mapping);
  };
  return (
    <form className="column-mapping" onSubmit={submit} aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>Which {request.format === 'csv' ? 'column' : 'field'} is which?</h2>
      <p>{request.reason.charAt(0).toUpperCase() + request.reason.slice(1)}.</p>
      <div className="column-mapping__grid">
        {roles.map((role) => (
          <label key={role}>
            <span>
              {ROLE_LABELS[role]}
              {REQUIRED.has(role) ? ' *' : ''}
            </span>
            <select
              value={mapping[role] ?? ''}
              onChange={(e) => setMapping({ ...mapping, [role]: e.target.value === '' ? undefined : e.target.value })}
            >
              <option value="">{REQUIRED.has(role) ? '— choose —' : '— none —'}</option>
              {request.columns.map((c) => (
                <option key={c} value={c}>
                  {optionText(c, request.examples[c])}
                </option>
              ))}
            </select>
          </label>
        ))}
      </div>
      {mapping.date !== undefined && <DatePreview column={mapping.date} values={request.examples[mapping.date] ?? []} />}
      <div className="import-panel__actions">
        <button type="submit" disabled={missing.length > 0}>
          Open with these {request.format === 'csv' ? 'columns' : 'fields'}
        </button>
        <button type="button" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}
