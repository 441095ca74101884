/** Link parameters for the time view and replay. */
import { isoFromDay } from '../domain/dates';
import { readDay, readWindow, show, switchField } from './readValues';
import type { FieldCodec } from './viewStateTypes';

/** Order matters: `range` is read before `date`, which must fall in it. */
export const TIME_FIELDS: FieldCodec[] = [
  {
    key: 'range',
    encode: (s) => (s.rangeChoice === 'all' ? 'all' : undefined),
    decode(raw, into) {
      if (raw !== 'all' && raw !== 'default') return `range ${show(raw)} is not "all"`;
      into.rangeChoice = raw;
      return null;
    },
  },
  {
    key: 'date',
    encode: (s) => isoFromDay(s.day),
    decode(raw, into, ctx) {
      const r = readDay(raw);
      if (!r.ok) return r.reason;
      const range = ctx.rangeOf(into.rangeChoice ?? 'default');
      const wide = ctx.rangeOf('all');
      if (r.value < wide.first || r.value > wide.last) return `date ${raw} is outside the data (${isoFromDay(wide.first)} to ${isoFromDay(wide.last)})`;
      if (r.value < range.first || r.value > range.last) {
        if (into.rangeChoice !== undefined) return `date ${raw} is outside the chosen years`;
        // A date outside the default years but inside the data widens the slider rather than being lost.
        into.rangeChoice = 'all';
      }
      into.day = r.value;
      return null;
    },
  },
  {
    key: 'mode',
    encode: (s) => (s.mode === 'window' ? 'window' : undefined),
    decode(raw, into) {
      if (raw !== 'window' && raw !== 'cumulative') return `mode ${show(raw)} is not "window" or "cumulative"`;
      into.mode = raw;
      return null;
    },
  },
  {
    key: 'window',
    // Only a window view has a window size worth writing.
    encode: (s) => (s.mode === 'window' ? `${s.window.amount}${s.window.unit === 'day' ? 'd' : 'm'}` : undefined),
    decode(raw, into) {
      const r = readWindow(raw);
      if (!r.ok) return r.reason;
      into.window = r.value;
      return null;
    },
  },
  {
    key: 'speed',
    encode: (s) => String(s.speed),
    decode(raw, into, ctx) {
      const n = /^\d{1,4}$/.test(raw) ? Number(raw) : NaN;
      if (!ctx.speeds.includes(n)) return `speed ${show(raw)} is not one of ${ctx.speeds.join(', ')} days per second`;
      into.speed = n;
      return null;
    },
  },
  switchField('loop', 'loop', 'loop'),
];
