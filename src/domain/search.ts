/**
 * Search over actors (names, aliases, roles) and interactions (summaries),
 * with or without diacritics, ranked so the likeliest match comes first.
 */
import type { TielineGraph } from './model';

// eslint-disable-next-line no-control-regex
const NON_ASCII = /[^\x00-\x7f]/;

/** Lower case without diacritics: "Bùi Thanh Sơn" → "bui thanh son", "Đặng" → "dang". */
export function normalizeText(text: string): string {
  // Plain ASCII needs no decomposition: the common case, and the cheap one.
  if (!NON_ASCII.test(text)) return text.toLowerCase().replace(/\s+/g, ' ').trim();
  return text
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

export type SearchHit =
  | { kind: 'node'; index: number; score: number; matched: string }
  | { kind: 'edge'; index: number; score: number; matched: string };

interface Entry {
  kind: 'node' | 'edge';
  index: number;
  /** Normalised text and the rank of a match in it (lower is better). */
  fields: { text: string; original: string; rank: 'label' | 'alias' | 'role' | 'summary' }[];
}

export interface SearchIndex {
  entries: Entry[];
}

/** Builds the search index once per graph. */
export function buildSearchIndex(graph: TielineGraph): SearchIndex {
  const entries: Entry[] = [];
  for (const n of graph.nodes) {
    const fields: Entry['fields'] = [{ text: normalizeText(n.label), original: n.label, rank: 'label' }];
    for (const a of n.aliases) fields.push({ text: normalizeText(a), original: a, rank: 'alias' });
    if (n.role) fields.push({ text: normalizeText(n.role), original: n.role, rank: 'role' });
    entries.push({ kind: 'node', index: n.index, fields });
  }
  for (const e of graph.edges) {
    entries.push({ kind: 'edge', index: e.index, fields: [{ text: normalizeText(e.summary), original: e.summary, rank: 'summary' }] });
  }
  return { entries };
}

/**
 * Score of one field (higher is better; 0 = no match). Order: exact label,
 * label prefix, exact alias, alias prefix, a word of a label or alias starting
 * with the query, role, summary.
 */
function scoreField(field: Entry['fields'][number], q: string): number {
  const { text, rank } = field;
  const at = text.indexOf(q);
  if (at < 0) return 0;
  const wordStart = at === 0 || text[at - 1] === ' ';
  if (rank === 'label') return text === q ? 100 : at === 0 ? 90 : wordStart ? 70 : 40;
  if (rank === 'alias') return text === q ? 85 : at === 0 ? 80 : wordStart ? 65 : 35;
  if (rank === 'role') return wordStart ? 50 : 30;
  return wordStart ? 20 : 10;
}

/** Ranked hits for a query, best first; ties go to actors, then to the shorter text. */
export function searchGraph(index: SearchIndex, query: string, limit = 12): SearchHit[] {
  const q = normalizeText(query);
  if (!q) return [];
  const hits: (SearchHit & { len: number })[] = [];
  for (const entry of index.entries) {
    let best = 0;
    let matched = '';
    let len = 0;
    for (const f of entry.fields) {
      const s = scoreField(f, q);
      if (s > best) {
        best = s;
        matched = f.original;
        len = f.text.length;
      }
    }
    if (best > 0) hits.push({ kind: entry.kind, index: entry.index, score: best, matched, len });
  }
  hits.sort((a, b) => b.score - a.score || (a.kind === b.kind ? 0 : a.kind === 'node' ? -1 : 1) || a.len - b.len || a.index - b.index);
  return hits.slice(0, limit).map(({ len: _len, ...hit }) => hit);
}
