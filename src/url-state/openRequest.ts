/**
 * What a link asks for at open rather than describes: `embed=1`, and a replay
 * (`autoplay=1` or `#autoplay`, optionally over `from`..`to`).
 */
import { isoFromDay } from '../domain/dates';
import { readDay, readSwitch } from './readValues';
import type { OpenRequest } from './viewStateTypes';

export const OPEN_KEYS = ['embed', 'autoplay', 'from', 'to'] as const;

export function readOpenRequest(params: URLSearchParams, hash: string, ignored: string[]): OpenRequest {
  const embedRaw = params.get('embed');
  let embed = false;
  if (embedRaw !== null) {
    const r = readSwitch(embedRaw, 'embed');
    if (r.ok) embed = r.value;
    else ignored.push(r.reason);
  }
  const autoplayRaw = params.get('autoplay');
  let wanted = /^#?autoplay$/i.test(hash);
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
