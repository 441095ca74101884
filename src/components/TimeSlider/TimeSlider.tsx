/**
 * The time slider: a real slider for assistive technology (role, value text
 * in words, keyboard), with year and month ticks and a strip showing how many
 * interactions begin in each month.
 */
import { useMemo, useRef, type KeyboardEvent, type PointerEvent } from 'react';
import { describeView, windowStart } from '../../domain/timeView';
import { rangeOf } from '../../store/createTielineStore';
import { useTieline, useTielineStore } from '../../store/StoreContext';
import { useStateToDom, writeText } from '../../store/useStateToDom';
import { dayAfterKey } from './sliderKeys';
import { sliderTicks } from './sliderTicks';
import { ActivityStrip, SliderTicks, pct } from './SliderStrip';
import './TimeSlider.css';

export function TimeSlider() {
  const store = useTielineStore();
  const graph = useTieline((s) => s.graph);
  const rangeChoice = useTieline((s) => s.rangeChoice);
  const mode = useTieline((s) => s.mode);
  const track = useRef<HTMLDivElement>(null);
  const words = useRef<HTMLSpanElement>(null);
  const windowBox = useRef<HTMLDivElement>(null);
  const fill = useRef<HTMLDivElement>(null);
  const thumb = useRef<HTMLDivElement>(null);
  const { first, last } = useMemo(() => rangeOf(graph, rangeChoice), [graph, rangeChoice]);

  // Per graph and range, not per store change (a selector would build its cache key on every replay frame).
  const engine = useTieline((s) => s.engine);
  const activity = useMemo(() => (graph ? engine.monthlyActivity(first, last) : []), [engine, graph, first, last]);
  const ticks = useMemo(() => sliderTicks(first, last), [first, last]);
  // What moves with the date (every replay frame) is written outside React renders: value, words, thumb, fill, window.
  useStateToDom(
    (s) => s.day + '|' + s.mode + '|' + s.window.amount + s.window.unit + '|' + first + '|' + last,
    () => {
      const s = store.getState();
      const text = describeView({ mode: s.mode, day: s.day, window: s.window });
      const at = `${pct(s.day, first, last)}%`;
      track.current?.setAttribute('aria-valuenow', String(s.day));
      track.current?.setAttribute('aria-valuetext', s.mode === 'cumulative' ? `Up to ${text}` : text);
      writeText(words.current, text);
      if (fill.current) fill.current.style.width = at;
      if (thumb.current) thumb.current.style.left = at;
      if (windowBox.current) {
        const from = pct(Math.max(first, windowStart(s.day, s.window)), first, last);
        windowBox.current.style.left = `${from}%`;
        windowBox.current.style.width = `${pct(s.day, first, last) - from}%`;
      }
    },
  );

  const dayAtPointer = (clientX: number) => {
    const rect = track.current?.getBoundingClientRect();
    if (!rect || rect.width === 0) return store.getState().day;
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
    const next = dayAfterKey(ev.key, ev.shiftKey, store.getState().day, first, last);
    if (next === null) return;
    ev.preventDefault();
    store.getState().setDay(next);
  };

  return (
    <div className="time-slider">
      <div className="time-slider__readout" aria-hidden="true">
        <span className="time-slider__mode">{mode === 'cumulative' ? 'Up to' : 'Window'}</span> <span ref={words} />
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
        aria-describedby="time-slider-keys"
        onKeyDown={onKeyDown}
        onPointerDown={onPointerDown}
        onPointerMove={onPointerMove}
      >
        <ActivityStrip activity={activity} />
        {mode === 'window' && <div ref={windowBox} className="time-slider__window" aria-hidden="true" />}
        <div className="time-slider__rail" aria-hidden="true">
          <div ref={fill} className="time-slider__fill" />
        </div>
        <div ref={thumb} className="time-slider__thumb" aria-hidden="true" />
        <SliderTicks ticks={ticks} first={first} last={last} />
      </div>
      <p id="time-slider-keys" className="visually-hidden">
        Left and right arrows move a day, up and down a month, Page Up and Page Down a quarter, with Shift a year; Home and End go to
        the ends.
      </p>
    </div>
  );
}
