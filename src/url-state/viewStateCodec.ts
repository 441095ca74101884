/**
 * Links to a view: the view state as URL query parameters, and back.
 *
 * Pure: no DOM, no store. Each parameter is one entry in a field table
 * (timeFields, filterFields, lookFields, panelFields, selectionFields), read
 * and written in VIEW_FIELDS order; a new piece of state is one more entry.
 * Decoding never throws: anything malformed, unknown or out of range is left
 * out of the result and named in `ignored`, so the app opens at its default
 * for that part and can say so. Parameters we do not own (e.g. `data=`) are
 * never touched by `writeViewState`.
 */
import { FILTER_FIELDS } from './filterFields';
import { completeLook, LOOK_FIELDS } from './lookFields';
import { OPEN_KEYS, readOpenRequest } from './openRequest';
import { PANEL_FIELDS } from './panelFields';
import { SELECTION_FIELDS } from './selectionFields';
import { TIME_FIELDS } from './timeFields';
import type { DecodeContext, DecodedViewState, FieldCodec, OpenRequest, ViewState } from './viewStateTypes';

export type { DecodeContext, DecodedViewState, FieldCodec, LinkFilter, OpenRequest, ViewState } from './viewStateTypes';
export { roundZoom } from './selectionFields';

/** Every field, in the order they are written and read: time → filters → look → panel → what is looked at. */
export const VIEW_FIELDS: readonly FieldCodec[] = [...TIME_FIELDS, ...FILTER_FIELDS, ...LOOK_FIELDS, ...PANEL_FIELDS, ...SELECTION_FIELDS];

/** Every parameter this codec owns; anything else in a URL is left as it was. */
export const OWNED_KEYS: readonly string[] = [...VIEW_FIELDS.map((f) => f.key), ...OPEN_KEYS];

/** The view state as query parameters, in field order (defaults left out, except the date and speed). */
export function encodeViewState(state: ViewState): URLSearchParams {
  const params = new URLSearchParams();
  for (const field of VIEW_FIELDS) {
    const value = field.encode(state);
    if (value !== undefined) params.set(field.key, value);
  }
  return params;
}

/**
 * Writes the view state into an existing query string: parameters we own are
 * replaced, every other parameter (e.g. `data=`) is kept as it was.
 */
export function writeViewState(search: string, state: ViewState, open: Partial<OpenRequest> = {}): string {
  const kept = new URLSearchParams(search);
  for (const key of OWNED_KEYS) kept.delete(key);
  const out = new URLSearchParams();
  for (const [k, v] of kept) out.append(k, v);
  if (open.embed) out.set('embed', '1');
  for (const [k, v] of encodeViewState(state)) out.set(k, v);
  const text = out.toString();
  return text ? `?${text}` : '';
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
  completeLook(state, ignored);
  const open = readOpenRequest(params, hash, ignored);
  return { state, open, ignored };
}
