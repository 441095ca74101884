/** Readers for single parameter values: each gives the value or a short reason, never throws. */
import { parseFuzzyDate } from '../domain/dates';
import type { WindowSize } from '../domain/timeView';
import type { Camera } from '../domain/camera';
import type { FieldCodec, ViewState } from './viewStateTypes';

export type Decoded<T> = { ok: true; value: T } | { ok: false; reason: string };

export const ok = <T>(value: T): Decoded<T> => ({ ok: true, value });
export const bad = (reason: string): Decoded<never> => ({ ok: false, reason });
/** Keeps messages short and inert whatever the URL held. */
export const show = (raw: string) => JSON.stringify(raw.length > 40 ? `${raw.slice(0, 40)}…` : raw);

export function readDay(raw: string): Decoded<number> {
  const d = parseFuzzyDate(raw);
  if (!d || d.precision !== 'day') return bad(`date ${show(raw)} is not a date like 2022-03-31`);
  return ok(d.first);
}

export function readSwitch(raw: string, name: string): Decoded<boolean> {
  if (raw === '1' || raw === 'true') return ok(true);
  if (raw === '0' || raw === 'false') return ok(false);
  return bad(`${name} ${show(raw)} is not 1 or 0`);
}

export function readWindow(raw: string): Decoded<WindowSize> {
  const m = /^(\d{1,3})([dm])$/.exec(raw);
  const amount = m ? Number(m[1]) : 0;
  if (!m || amount < 1) return bad(`window ${show(raw)} is not like 3m or 90d`);
  return ok({ amount, unit: m[2] === 'd' ? 'day' : 'month' });
}

/** `@actor,x,y,zoom` (layout-neutral, see Camera) or the older `x,y,zoom`; `actorIds` are the data's actors. */
export function readCamera(raw: string, actorIds?: ReadonlySet<string>): Decoded<Camera> {
  if (raw.startsWith('@')) {
    const parts = raw.slice(1).split(',');
    // The numbers are the last three parts: an id may itself hold a comma.
    const tail = parts.slice(-3);
    const anchor = parts.slice(0, -3).join(',');
    const nums = tail.map((p) => (/^-?\d+(\.\d+)?$/.test(p) ? Number(p) : NaN));
    const [x, y, zoom] = nums;
    if (parts.length < 4 || !anchor || x === undefined || y === undefined || zoom === undefined || nums.some((n) => !Number.isFinite(n))) {
      return bad(`camera ${show(raw)} is not @actor,x,y,zoom`);
    }
    if (actorIds && !actorIds.has(anchor)) return bad(`camera ${show(raw)}: actor ${show(anchor)} is not in the data`);
    if (Math.abs(x) > 10 || Math.abs(y) > 10 || zoom < 0.05 || zoom > 50) return bad(`camera ${show(raw)} is out of range`);
    return ok({ x, y, zoom, anchor });
  }
  const parts = raw.split(',');
  const nums = parts.map((p) => (/^-?\d+(\.\d+)?$/.test(p) ? Number(p) : NaN));
  const [x, y, zoom] = nums;
  if (nums.length !== 3 || x === undefined || y === undefined || zoom === undefined || nums.some((n) => !Number.isFinite(n))) {
    return bad(`camera ${show(raw)} is not x,y,zoom`);
  }
  if (Math.abs(x) > 1e6 || Math.abs(y) > 1e6 || zoom < 0.05 || zoom > 4) return bad(`camera ${show(raw)} is out of range`);
  return ok({ x, y, zoom });
}

type SwitchProp = { [K in keyof ViewState]: ViewState[K] extends boolean ? K : never }[keyof ViewState];

/** An on/off parameter: written as 1 when on, left out when off (the default). */
export const switchField = (key: string, name: string, prop: SwitchProp): FieldCodec => ({
  key,
  encode: (s) => (s[prop] ? '1' : undefined),
  decode(raw, into) {
    const r = readSwitch(raw, name);
    if (!r.ok) return r.reason;
    into[prop] = r.value;
    return null;
  },
});

/** A parameter that names one of a few words. */
export function wordField<K extends keyof ViewState>(
  key: string,
  name: string,
  words: readonly string[],
  prop: K,
  read: (s: ViewState) => string | undefined,
  write: (word: string) => ViewState[K],
): FieldCodec {
  return {
    key,
    encode: read,
    decode(raw, into) {
      if (!words.includes(raw)) return `${name} ${show(raw)} is not one of ${words.join(', ')}`;
      into[prop] = write(raw);
      return null;
    },
  };
}
