/** Cumulative or window mode, the window's size, and the slider's range. */
import type { WindowUnit } from '../../domain/timeView';
import { useTieline, useTielineStore } from '../../store/StoreContext';
import { rangeOf, type RangeChoice } from '../../store/createTielineStore';
import { partsFromDay } from '../../domain/dates';
import './TimeModeControls.css';

export function TimeModeControls() {
  const store = useTielineStore();
  const mode = useTieline((s) => s.mode);
  const windowSize = useTieline((s) => s.window);
  const rangeChoice = useTieline((s) => s.rangeChoice);
  const graph = useTieline((s) => s.graph);
  const yearsOf = (choice: RangeChoice) => {
    const r = rangeOf(graph, choice);
    return `${partsFromDay(r.first).year}–${partsFromDay(r.last).year}`;
  };
  const allDiffers = graph !== null && yearsOf('all') !== yearsOf('default');

  return (
    <div className="time-mode" role="group" aria-label="Time view">
      <fieldset className="time-mode__modes">
        <legend className="visually-hidden">Show</legend>
        <label>
          <input type="radio" name="time-mode" checked={mode === 'cumulative'} onChange={() => store.getState().setMode('cumulative')} />
          Everything up to the date
        </label>
        <label>
          <input type="radio" name="time-mode" checked={mode === 'window'} onChange={() => store.getState().setMode('window')} />
          Only the last
        </label>
      </fieldset>
      <input
        className="time-mode__amount"
        type="number"
        min={1}
        max={999}
        aria-label="Window length"
        value={windowSize.amount}
        disabled={mode !== 'window'}
        onChange={(e) => {
          const amount = Number(e.target.value);
          if (Number.isFinite(amount) && amount >= 1) store.getState().setWindow({ ...windowSize, amount });
        }}
      />
      <select
        aria-label="Window unit"
        value={windowSize.unit}
        disabled={mode !== 'window'}
        onChange={(e) => store.getState().setWindow({ ...windowSize, unit: e.target.value as WindowUnit })}
      >
        <option value="day">days</option>
        <option value="month">months</option>
      </select>
      {allDiffers && (
        <label className="time-mode__range">
          <span>Years</span>
          <select value={rangeChoice} onChange={(e) => store.getState().setRangeChoice(e.target.value as RangeChoice)}>
            <option value="default">{yearsOf('default')}</option>
            <option value="all">{yearsOf('all')} (all)</option>
          </select>
        </label>
      )}
    </div>
  );
}
