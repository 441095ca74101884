/**
 * Loading a graph: fetch, parse, validate, build the model. Every failure
 * becomes a list of plain messages naming where and what is wrong.
 */
import type { TielineGraph } from '../domain/model';
import { toModel } from './toModel';
import { formatProblem, parseGraphText } from './validateGraph';

export type LoadResult = { ok: true; graph: TielineGraph } | { ok: false; problems: string[] };

/** Validates text already in hand (a fetched body or an opened file). */
export function graphFromText(text: string): LoadResult {
  const result = parseGraphText(text);
  if (!result.ok) return { ok: false, problems: result.problems.map(formatProblem) };
  return { ok: true, graph: toModel(result.graph) };
}

/** Fetches and validates a graph file. Never throws. */
export async function loadGraphFromUrl(url: string, fetchImpl: typeof fetch = fetch): Promise<LoadResult> {
  let response: Response;
  try {
    response = await fetchImpl(url);
  } catch (err) {
    return { ok: false, problems: [`${url}: could not be fetched (${err instanceof Error ? err.message : String(err)})`] };
  }
  if (!response.ok) {
    return { ok: false, problems: [`${url}: the server answered ${response.status}${response.statusText ? ` ${response.statusText}` : ''}`] };
  }
  const text = await response.text();
  return graphFromText(text);
}
