/**
 * The time slider: a real slider for assistive technology (role, value text
 * in words, keyboard), with year and month ticks and a strip showing how many
 * interactions begin in each month.
 */
import { useMemo, useRef, type KeyboardEvent, type PointerEvent } from 'react';
import { formatMonth } from '../../domain/dates';
import { describeView, windowStart } from '../../domain/timeView';
import { rangeOf } from '../../store/createTielineStore';
import { useTieline, useTielineStore } from '../../store/StoreContext';
import { useView } from '../../store/viewSelectors';
import { dayAfterKey } from './sliderKeys';
import { sliderTicks } from './sliderTicks';
import './TimeSlider.css';

const pct = (day: number, first: number, last: number) => (last > first ? ((day - first) / (last - first)) * 100 : 0);

export function TimeSlider() {
  const store = useTielineStore();
  const graph = useTieline((s) => s.graph);
  const rangeChoice = useTieline((s) => s.rangeChoice);
  const day = useTieline((s) => s.day);
  const mode = useTieline((s) => s.mode);
  const windowSize = useTieline((s) => s.window);
  const track = useRef<HTMLDivElement>(null);
  const { first, last } = useMemo(() => rangeOf(graph, rangeChoice), [graph, rangeChoice]);

  const activity = useView((e) => e.monthlyActivity(first, last));
  const maxCount = useMemo(() => Math.max(1, ...activity.map((m) => m.count)), [activity]);
  const ticks = useMemo(() => sliderTicks(first, last), [first, last]);
  const view = { mode, day, window: windowSize };
  const words = describeView(view);
  const valueText = mode === 'cumulative' ? `Up to ${words}` : words;

  const dayAtPointer = (clientX: number) => {
    const rect = track.current?.getBoundingClientRect();
    if (!rect || rect.width === 0) return day;
    const t = Math.min(1, Math.max(0, (clientX - rect.left) / rect.width));
    return Math.round(first + t * (last - first));
  };
  const onPointerDown = (ev: PointerEvent<HTMLDivElement>) => {
    ev.currentTarget.focus();
    ev.currentTarget.setPointerCapture?.(ev.pointerId);
    store.getState().setDay(dayAtPointer(ev.clientX));
  };
  const onPointerMove = (ev: PointerEvent<HTMLDivElement>) => {
    if (ev.currentTarget.hasPointerCapture?.(ev.pointerId)) store.getState().setDay(dayAtPointer(ev.clientX));
  };
  const onKeyDown = (ev: KeyboardEvent<HTMLDivElement>) => {
    const next = dayAfterKey(ev.key, ev.shiftKey, day, first, last);
    if (next === null) return;
    ev.preventDefault();
    store.getState().setDay(next);
  };

  const monthWidth = activity.length ? 100 / activity.length : 0;
  return (
    <div className="time-slider">
      <div className="time-slider__readout" aria-hidden="true">
        <span className="time-slider__mode">{mode === 'cumulative' ? 'Up to' : 'Window'}</span> {words}
      </div>
      <div
        ref={track}
        id="time-slider" // the skip link's target (SkipLinks.tsx)
        className="time-slider__track"
        role="slider"
        tabIndex={0}
        aria-label="Date"
        aria-valuemin={first}
        aria-valuemax={last}
        aria-valuenow={day}
        aria-valuetext={valueText}
        aria-describedby="time-slider-keys"
        onKeyDown={onKeyDown}
        onPointerDown={onPointerDown}
        onPointerMove={onPointerMove}
      >
        <div className="time-slider__activity" aria-hidden="true">
          {activity.map((m, k) =>
            m.count > 0 ? (
              <span
                key={m.first}
                className="time-slider__bar"
                title={`${formatMonth(m.first)}: ${m.count} interaction${m.count === 1 ? '' : 's'}`}
                style={{ left: `${k * monthWidth}%`, width: `${monthWidth}%`, height: `${(m.count / maxCount) * 100}%` }}
              />
            ) : null,
          )}
        </div>
        {mode === 'window' && (
          <div
            className="time-slider__window"
            aria-hidden="true"
            style={{
              left: `${pct(Math.max(first, windowStart(day, windowSize)), first, last)}%`,
              width: `${pct(day, first, last) - pct(Math.max(first, windowStart(day, windowSize)), first, last)}%`,
            }}
          />
        )}
        <div className="time-slider__rail" aria-hidden="true">
          <div className="time-slider__fill" style={{ width: `${pct(day, first, last)}%` }} />
        </div>
        <div className="time-slider__thumb" aria-hidden="true" style={{ left: `${pct(day, first, last)}%` }} />
        <div className="time-slider__ticks" aria-hidden="true">
          {ticks.map((t) => (
            <span key={t.day} className={t.major ? 'tick tick--major' : 'tick'} style={{ left: `${pct(t.day, first, last)}%` }}>
              {t.label && <span className="tick__label">{t.label}</span>}
            </span>
          ))}
        </div>
      </div>
      <p id="time-slider-keys" className="visually-hidden">
        Left and right arrows move a day, up and down a month, Page Up and Page Down a quarter, with Shift a year; Home and End go to
        the ends.
      </p>
    </div>
  );
}
