/**
 * Checks of a graph file against the text of its source articles, for the
 * data's own tests and reviewers: summaries in our own words (no run of
 * `RUN_LENGTH` words shared with an article) and every cited source naming
 * both actors of the edge it backs. Pure: the caller reads the articles.
 */
import type { GraphFile } from './schema';

/** A run of this many words shared with an article counts as copied. */
export const RUN_LENGTH = 8;

/** Lower case, diacritics and punctuation gone, split into words: "Bùi Thanh Sơn's" → bui thanh son s. */
export function wordsOf(text: string): string[] {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
}

/** One finding: which record, which field, what is wrong. */
export interface FidelityProblem {
  path: string;
  message: string;
}

/** Every edge summary and node description that shares a run of `RUN_LENGTH` words with an article (first run only). */
export function copiedRuns(graph: GraphFile, articles: ReadonlyMap<string, string>): FidelityProblem[] {
  const runs = new Map<string, string>();
  for (const [file, text] of articles) {
    const w = wordsOf(text);
    for (let i = 0; i + RUN_LENGTH <= w.length; i++) {
      const run = w.slice(i, i + RUN_LENGTH).join(' ');
      if (!runs.has(run)) runs.set(run, file);
    }
  }
  const out: FidelityProblem[] = [];
  const scan = (path: string, text: string | undefined) => {
    if (text === undefined) return;
    const w = wordsOf(text);
    for (let i = 0; i + RUN_LENGTH <= w.length; i++) {
      const run = w.slice(i, i + RUN_LENGTH).join(' ');
      const file = runs.get(run);
      if (file) {
        out.push({ path, message: `shares "${run}" with ${file}` });
        return;
      }
    }
  };
  graph.edges.forEach((e, i) => scan(`edges[${i}].summary (${e.id})`, e.summary));
  graph.nodes.forEach((n, i) => scan(`nodes[${i}].description (${n.id})`, n.description));
  return out;
}

/**
 * Every cited source of an edge whose article does not name one of the
 * edge's actors by its label or an alias (whole words, case, diacritics and
 * punctuation ignored). `articles` is keyed by the source's `file`.
 */
export function unnamedActors(graph: GraphFile, articles: ReadonlyMap<string, string>): FidelityProblem[] {
  const texts = new Map<string, string>();
  for (const [file, text] of articles) texts.set(file, ` ${wordsOf(text).join(' ')} `);
  const fileOf = new Map(graph.sources.map((s) => [s.id, s.file]));
  const namesOf = new Map(
    graph.nodes.map((n) => [n.id, [n.label, ...(n.aliases ?? [])].map((a) => ` ${wordsOf(a).join(' ')} `)]),
  );
  const out: FidelityProblem[] = [];
  graph.edges.forEach((e, i) => {
    e.sources.forEach((sourceId, j) => {
      const file = fileOf.get(sourceId);
      const text = file === undefined ? undefined : texts.get(file);
      if (text === undefined) {
        out.push({ path: `edges[${i}].sources[${j}] (${e.id})`, message: `no article text for source "${sourceId}" (file ${file ?? 'unknown'})` });
        return;
      }
      for (const actor of [e.source, e.target]) {
        const names = namesOf.get(actor) ?? [];
        if (!names.some((name) => name.trim() !== '' && text.includes(name))) {
          out.push({ path: `edges[${i}].sources[${j}] (${e.id})`, message: `${file} does not name "${actor}" (by label or alias)` });
        }
      }
    });
  });
  return out;
}
