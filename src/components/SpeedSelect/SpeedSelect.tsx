/** The replay speeds as a select, shared by the replay controls and the video recorder. */
import { SPEEDS } from '../../store/createTielineStore';

export function SpeedSelect({ value, onChange }: { value: number; onChange(daysPerSecond: number): void }) {
  return (
    <select value={value} onChange={(e) => onChange(Number(e.target.value))}>
      {SPEEDS.map((s) => (
        <option key={s.daysPerSecond} value={s.daysPerSecond}>
          {s.label}
        </option>
      ))}
    </select>
  );
}
