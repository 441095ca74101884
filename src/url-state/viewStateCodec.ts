/**
 * Links to a moment: the view state as URL query parameters, and back.
 *
 * Pure: no DOM, no store. Each parameter is one entry in a field list, so a
 * new piece of state (filters, issue 4) is one more entry in FILTER_FIELDS.
 * Decoding never throws: anything malformed, unknown or out of range is left
 * out of the result and named in `ignored`, so the app opens at its default
 * for that part and can say so. Parameters we do not own (e.g. `data=`) are
 * never touched by `writeViewState`.
 */
import { isoFromDay, parseFuzzyDate } from '../domain/dates';
import type { TimeMode, WindowSize } from '../domain/timeView';
import { EDGE_KINDS, NODE_KINDS, type EdgeKind, type NodeKind } from '../domain/vocabulary';

export type RangeChoiceValue = 'default' | 'all';

import type { Camera } from '../domain/camera';
export type { Camera } from '../domain/camera';

export interface LinkFilter {
  hiddenNodeKinds: readonly NodeKind[];
  hiddenEdgeKinds: readonly EdgeKind[];
  countryIds: readonly string[];
}

export interface ViewState {
  day: number;
  mode: TimeMode;
  window: WindowSize;
  speed: number;
  loop: boolean;
  hideIdle: boolean;
  ghostOut: boolean;
  selection: { kind: 'node' | 'edge' | 'pair'; id: string } | null;
  camera: Camera | null;
  /** Filters, by id rather than index so a link survives a re-ordered file. */
  filter: LinkFilter;
  rangeChoice: RangeChoiceValue;
}

/** What a link asks for at open, beyond the view itself. */
export interface OpenRequest {
  embed: boolean;
  /** Start a replay over [from, to] on open. */
  autoplay: { from: number | null; to: number | null } | null;
}

/** What decoding needs to know about the loaded graph to reject stale links. */
export interface DecodeContext {
  nodeIds: ReadonlySet<string>;
  /** Ids of country nodes, which the country filter accepts. */
  countryIds?: ReadonlySet<string>;
  edgeIds: ReadonlySet<string>;
  /** Range of each range choice: a date must fall in the chosen one. */
  rangeOf(choice: RangeChoiceValue): { first: number; last: number };
  speeds: readonly number[];
}

export interface DecodedViewState {
  state: Partial<ViewState>;
  open: OpenRequest;
  /** Short human descriptions of the parts that were ignored, e.g. `node "kuleba2" is not in the data`. */
  ignored: string[];
}

type Decoded<T> = { ok: true; value: T } | { ok: false; reason: string };

/** One URL parameter: how to write it from the state, and how to read it back. */
export interface FieldCodec {
  key: string;
  /** The value to write, or undefined to leave the parameter out (the default). */
  encode(state: ViewState): string | undefined;
  /** Reads the raw value into `into`; returns a reason when it cannot. Never throws. */
  decode(raw: string, into: Partial<ViewState>, ctx: DecodeContext): string | null;
}

const ok = <T>(value: T): Decoded<T> => ({ ok: true, value });
const bad = (reason: string): Decoded<never> => ({ ok: false, reason });
/** Keeps messages short and inert whatever the URL held. */
const show = (raw: string) => JSON.stringify(raw.length > 40 ? `${raw.slice(0, 40)}…` : raw);

function readDay(raw: string): Decoded<number> {
  const d = parseFuzzyDate(raw);
  if (!d || d.precision !== 'day') return bad(`date ${show(raw)} is not a date like 2022-03-31`);
  return ok(d.first);
}

function readSwitch(raw: string, name: string): Decoded<boolean> {
  if (raw === '1' || raw === 'true') return ok(true);
  if (raw === '0' || raw === 'false') return ok(false);
  return bad(`${name} ${show(raw)} is not 1 or 0`);
}

function readWindow(raw: string): Decoded<WindowSize> {
  const m = /^(\d{1,3})([dm])$/.exec(raw);
  const amount = m ? Number(m[1]) : 0;
  if (!m || amount < 1) return bad(`window ${show(raw)} is not like 3m or 90d`);
  return ok({ amount, unit: m[2] === 'd' ? 'day' : 'month' });
}

function readCamera(raw: string): Decoded<Camera> {
  const parts = raw.split(',');
  const nums = parts.map((p) => (/^-?\d+(\.\d+)?$/.test(p) ? Number(p) : NaN));
  const [x, y, zoom] = nums;
  if (nums.length !== 3 || x === undefined || y === undefined || zoom === undefined || nums.some((n) => !Number.isFinite(n))) {
    return bad(`camera ${show(raw)} is not x,y,zoom`);
  }
  if (Math.abs(x) > 1e6 || Math.abs(y) > 1e6 || zoom < 0.05 || zoom > 4) return bad(`camera ${show(raw)} is out of range`);
  return ok({ x, y, zoom });
}

const switchField = (key: string, name: string, prop: 'loop' | 'hideIdle' | 'ghostOut'): FieldCodec => ({
  key,
  encode: (s) => (s[prop] ? '1' : undefined),
  decode(raw, into) {
    const r = readSwitch(raw, name);
    if (!r.ok) return r.reason;
    into[prop] = r.value;
    return null;
  },
});

/** The time view and replay. Order matters: `range` is read before `date`, which must fall in it. */
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
    encode: (s) => `${s.window.amount}${s.window.unit === 'day' ? 'd' : 'm'}`,
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
  switchField('hide', 'hide inactive', 'hideIdle'),
  switchField('ghost', 'faint ties', 'ghostOut'),
];

/**
 * Filters (issue 4) go here: one FieldCodec per filter parameter, writing into
 * ViewState fields that issue 4 adds. Empty until filters exist.
 */
export const FILTER_FIELDS: FieldCodec[] = [
  listField('hideActors', 'actor kind', NODE_KINDS, (f) => f.hiddenNodeKinds, (f, v) => ({ ...f, hiddenNodeKinds: v as NodeKind[] })),
  listField('hideKinds', 'interaction kind', EDGE_KINDS, (f) => f.hiddenEdgeKinds, (f, v) => ({ ...f, hiddenEdgeKinds: v as EdgeKind[] })),
  {
    key: 'countries',
    encode: (s) => (s.filter.countryIds.length ? s.filter.countryIds.join(',') : undefined),
    decode(raw, into, ctx) {
      const ids = raw.split(',').filter(Boolean);
      const known = ids.filter((id) => (ctx.countryIds ?? ctx.nodeIds).has(id));
      into.filter = { ...(into.filter ?? EMPTY_FILTER), countryIds: known };
      const unknown = ids.filter((id) => !known.includes(id));
      return unknown.length ? `countries ${unknown.map(show).join(', ')} are not in the data` : null;
    },
  },
];

const EMPTY_FILTER: LinkFilter = { hiddenNodeKinds: [], hiddenEdgeKinds: [], countryIds: [] };

/** A comma-separated list of vocabulary words; unknown words are dropped and named. */
function listField(
  key: string,
  name: string,
  vocabulary: readonly string[],
  read: (f: LinkFilter) => readonly string[],
  write: (f: LinkFilter, values: string[]) => LinkFilter,
): FieldCodec {
  return {
    key,
    encode: (s) => (read(s.filter).length ? read(s.filter).join(',') : undefined),
    decode(raw, into) {
      const words = raw.split(',').filter(Boolean);
      const known = words.filter((w) => vocabulary.includes(w));
      into.filter = write(into.filter ?? EMPTY_FILTER, known);
      const unknown = words.filter((w) => !vocabulary.includes(w));
      return unknown.length ? `${name} ${unknown.map(show).join(', ')} unknown` : null;
    },
  };
}

/** Selection and camera: written last so a link reads time → filters → what is looked at. */
export const FOCUS_FIELDS: FieldCodec[] = [
  {
    key: 'node',
    encode: (s) => (s.selection?.kind === 'node' ? s.selection.id : undefined),
    decode(raw, into, ctx) {
      if (!ctx.nodeIds.has(raw)) return `actor ${show(raw)} is not in the data`;
      into.selection = { kind: 'node', id: raw };
      return null;
    },
  },
  {
    key: 'edge',
    encode: (s) => (s.selection?.kind === 'edge' ? s.selection.id : undefined),
    decode(raw, into, ctx) {
      if (!ctx.edgeIds.has(raw)) return `interaction ${show(raw)} is not in the data`;
      if (into.selection) return `interaction ${show(raw)} ignored: an actor is already selected`;
      into.selection = { kind: 'edge', id: raw };
      return null;
    },
  },
  {
    key: 'pair',
    encode: (s) => (s.selection?.kind === 'pair' ? s.selection.id : undefined),
    decode(raw, into, ctx) {
      const ids = raw.split(' ');
      if (ids.length !== 2 || !ids.every((id) => ctx.nodeIds.has(id))) return `pair ${show(raw)} is not two actors in the data`;
      if (into.selection) return `pair ${show(raw)} ignored: something is already selected`;
      into.selection = { kind: 'pair', id: raw };
      return null;
    },
  },
  {
    key: 'cam',
    encode: (s) => (s.camera ? `${Math.round(s.camera.x)},${Math.round(s.camera.y)},${roundZoom(s.camera.zoom)}` : undefined),
    decode(raw, into) {
      const r = readCamera(raw);
      if (!r.ok) return r.reason;
      into.camera = r.value;
      return null;
    },
  },
];

/** Parameters that ask for something at open rather than describe the view. */
const OPEN_KEYS = ['embed', 'autoplay', 'from', 'to'] as const;

/** Every field, in the order they are written and read. */
export const VIEW_FIELDS: readonly FieldCodec[] = [...TIME_FIELDS, ...FILTER_FIELDS, ...FOCUS_FIELDS];

/** Every parameter this codec owns; anything else in a URL is left as it was. */
export const OWNED_KEYS: readonly string[] = [...VIEW_FIELDS.map((f) => f.key), ...OPEN_KEYS];

/** Zoom to 3 significant decimals: enough to restore a picture, short in a link. */
export function roundZoom(zoom: number): number {
  return Math.round(zoom * 1000) / 1000;
}

/** The view state as query parameters, in field order (defaults left out, except the date). */
export function encodeViewState(state: ViewState): URLSearchParams {
  const params = new URLSearchParams();
  for (const field of VIEW_FIELDS) {
    const value = field.encode(state);
    if (value !== undefined) params.set(field.key, value);
  }
  if (state.mode !== 'window') params.delete('window');
  return params;
}

/**
 * Writes the view state into an existing query string: parameters we own are
 * replaced, every other parameter (e.g. `data=`) is kept as it was.
 */
export function writeViewState(search: string, state: ViewState, open: Partial<OpenRequest> = {}): string {
  const kept = new URLSearchParams(search);
  for (const key of OWNED_KEYS) kept.delete(key);
  const ours = encodeViewState(state);
  const out = new URLSearchParams();
  for (const [k, v] of kept) out.append(k, v);
  if (open.embed) out.set('embed', '1');
  for (const [k, v] of ours) out.set(k, v);
  const text = out.toString();
  return text ? `?${text}` : '';
}

function readOpenRequest(params: URLSearchParams, hash: string, ignored: string[]): OpenRequest {
  const embedRaw = params.get('embed');
  let embed = false;
  if (embedRaw !== null) {
    const r = readSwitch(embedRaw, 'embed');
    if (r.ok) embed = r.value;
    else ignored.push(r.reason);
  }
  const hashAutoplay = /^#?autoplay$/i.test(hash);
  const autoplayRaw = params.get('autoplay');
  let wanted = hashAutoplay;
  if (autoplayRaw !== null) {
    const r = readSwitch(autoplayRaw, 'autoplay');
    if (r.ok) wanted = wanted || r.value;
    else ignored.push(r.reason);
  }
  const end = (key: 'from' | 'to'): number | null => {
    const raw = params.get(key);
    if (raw === null) return null;
    const r = readDay(raw);
    if (r.ok) return r.value;
    ignored.push(`${key}: ${r.reason}`);
    return null;
  };
  const from = end('from');
  const to = end('to');
  if (!wanted) {
    if (from !== null || to !== null) ignored.push('from/to ignored without autoplay');
    return { embed, autoplay: null };
  }
  if (from !== null && to !== null && from >= to) {
    ignored.push(`autoplay range ${isoFromDay(from)} to ${isoFromDay(to)} ends before it starts`);
    return { embed, autoplay: { from: null, to: null } };
  }
  return { embed, autoplay: { from, to } };
}

/**
 * Reads the view state from a query string (and hash, for `#autoplay`).
 * Never throws; whatever cannot be used is named in `ignored`.
 */
export function decodeViewState(search: string, hash: string, ctx: DecodeContext): DecodedViewState {
  const ignored: string[] = [];
  let params: URLSearchParams;
  try {
    params = new URLSearchParams(search);
  } catch {
    return { state: {}, open: { embed: false, autoplay: null }, ignored: ['the link could not be read'] };
  }
  const state: Partial<ViewState> = {};
  for (const field of VIEW_FIELDS) {
    const raw = params.get(field.key);
    if (raw === null) continue;
    let reason: string | null;
    try {
      reason = field.decode(raw, state, ctx);
    } catch {
      reason = `${field.key} could not be read`;
    }
    if (reason) ignored.push(reason);
  }
  const open = readOpenRequest(params, hash, ignored);
  return { state, open, ignored };
}
