/** Link parameters for the side panel: which one is open, how the event log is sorted and filtered, and what the chart counts. */
import { DEFAULT_LOG_SORT, LOG_SORT_KEYS, type LogSort } from '../domain/eventLog';
import { PANEL_NAMES } from '../store/slices/panelSlice';
import { show, wordField } from './readValues';
import type { FieldCodec } from './viewStateTypes';

const DIRS = { asc: 'ascending', desc: 'descending' } as const;

/** `date-desc` style: the column, then the direction. */
function sortText(sort: LogSort): string {
  return `${sort.key}-${sort.dir === 'ascending' ? 'asc' : 'desc'}`;
}

export const PANEL_FIELDS: FieldCodec[] = [
  wordField('panel', 'panel', PANEL_NAMES, 'panel', (s) => s.panel ?? undefined, (w) => w as (typeof PANEL_NAMES)[number]),
  {
    key: 'sort',
    encode: (s) => (sortText(s.logSort) === sortText(DEFAULT_LOG_SORT) ? undefined : sortText(s.logSort)),
    decode(raw, into) {
      const m = /^([a-z]+)-(asc|desc)$/.exec(raw);
      const key = m?.[1] as LogSort['key'] | undefined;
      if (!m || !key || !LOG_SORT_KEYS.includes(key)) return `sort ${show(raw)} is not like date-desc or kind-asc (${LOG_SORT_KEYS.join(', ')})`;
      into.logSort = { key, dir: DIRS[m[2] as 'asc' | 'desc'] };
      return null;
    },
  },
  {
    key: 'logText',
    encode: (s) => (s.logText.trim() ? s.logText : undefined),
    decode(raw, into) {
      // Any text is a fair filter; only its length is bounded, so a link cannot carry a novel.
      if (raw.length > 200) return `logText is longer than 200 characters`;
      into.logText = raw;
      return null;
    },
  },
  {
    key: 'with',
    encode: (s) => s.logWith ?? undefined,
    decode(raw, into, ctx) {
      if (!ctx.nodeIds.has(raw)) return `with: actor ${show(raw)} is not in the data`;
      into.logWith = raw;
      return null;
    },
  },
  wordField('scope', 'scope', ['contacts'], 'balanceScope', (s) => (s.balanceScope === 'contacts' ? 'contacts' : undefined), () => 'contacts' as const),
];
