/** Which parts of the caption are drawn into the picture, each switchable off. */
import type { PictureParts } from '../../domain/pictureLayout';

const LABELS: [keyof PictureParts, string][] = [
  ['title', 'Title'],
  ['date', 'Date'],
  ['legend', 'Legend'],
  ['filters', 'Filters'],
  ['credit', 'Credit'],
  ['balance', 'Balance over time (per year)'],
  ['affiliations', 'Offices held and memberships'],
  ['idleActors', 'Actors with no tie in view'],
];

export function PartSwitches({ parts, onChange }: { parts: PictureParts; onChange(parts: PictureParts): void }) {
  return (
    <fieldset className="export__parts">
      <legend>Draw into the picture</legend>
      {LABELS.map(([key, label]) => (
        <label key={key}>
          <input type="checkbox" checked={parts[key]} onChange={(e) => onChange({ ...parts, [key]: e.target.checked })} /> {label}
        </label>
      ))}
    </fieldset>
  );
}
