/**
 * The parts of the slider that do not move with the date: the strip of
 * interactions beginning per month, and the year and month ticks. Memoised,
 * so a replay frame (a new day) re-renders only the thumb, fill and value.
 */
import { memo } from 'react';
import { formatMonth } from '../../domain/dates';
import type { MonthCount } from '../../domain/activity';
import type { Tick } from './sliderTicks';

export const pct = (day: number, first: number, last: number) => (last > first ? ((day - first) / (last - first)) * 100 : 0);

export const ActivityStrip = memo(function ActivityStrip({ activity }: { activity: readonly MonthCount[] }) {
  const maxCount = Math.max(1, ...activity.map((m) => m.count));
  const monthWidth = activity.length ? 100 / activity.length : 0;
  return (
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
  );
});

export const SliderTicks = memo(function SliderTicks({ ticks, first, last }: { ticks: readonly Tick[]; first: number; last: number }) {
  return (
    <div className="time-slider__ticks" aria-hidden="true">
      {ticks.map((t) => (
        <span key={t.day} className={t.major ? 'tick tick--major' : 'tick'} style={{ left: `${pct(t.day, first, last)}%` }}>
          {t.label && <span className="tick__label">{t.label}</span>}
        </span>
      ))}
    </div>
  );
});
