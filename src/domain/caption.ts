/**
 * The caption every shared picture carries: title, the time view in words
 * with its mode, the active filters, and the credit. Pure, so the PNG, the
 * SVG, the clean view and "Copy caption" all say exactly the same thing.
 */
import type { FilterState } from './filters';
import { EDGE_KIND_INFO, NODE_KIND_INFO } from './vocabulary';
import type { TielineGraph } from './model';
import { describeMode, describeView, type TimeView } from './timeView';

/** A filter or display option in words, e.g. "Inactive actors hidden". */
export type FilterDescription = string[];

export interface Caption {
  title: string;
  /** "1 Mar – 31 May 2022" or "17 Feb 2025". */
  when: string;
  /** "3-month window", "Everything up to". */
  mode: string;
  /** The time line as one phrase: "Everything up to 17 Feb 2025", "3-month window: Mar 2022 – May 2022". */
  whenWithMode: string;
  filters: FilterDescription;
  /** Publishers of the sources credited, in order of first appearance. */
  publishers: string[];
  /** The sources credited (indices into `graph.sources`): those backing a tie in view, when known. */
  sources: number[];
  /** "Sources: The Hanoi Times, Fulcrum · Made with Tieline". */
  credit: string;
}

/** Display options that change what is drawn, in words (issue 4 adds real filters through the same list). */
export function describeDisplayOptions(
  options: { hideIdle: boolean; ghostOut: boolean; filter?: FilterState },
  graph?: TielineGraph,
): FilterDescription {
  const out: string[] = options.filter && graph ? describeFilter(graph, options.filter) : [];
  if (options.hideIdle) out.push('Actors with no interaction in view hidden');
  if (options.ghostOut) out.push('Ties outside the dates shown faintly');
  return out;
}

/** The active filters in words: "Not shown: Offices held, UN votes", "Only: Vietnam, Ukraine". */
export function describeFilter(graph: TielineGraph, f: FilterState): string[] {
  const out: string[] = [];
  const hidden = [...f.hiddenNodeKinds.map((k) => NODE_KIND_INFO[k].plural), ...f.hiddenEdgeKinds.map((k) => EDGE_KIND_INFO[k].plural)];
  if (hidden.length) out.push(`Not shown: ${hidden.join(', ')}`);
  const countries = f.countries.flatMap((i) => (graph.nodes[i] ? [graph.nodes[i]!.label] : []));
  if (countries.length) out.push(`Only ties of: ${countries.join(', ')} (with their officials and institutions)`);
  return out;
}

/** The publishers named by the graph's sources (or by the sources given, as indices), each once. */
export function publishersOf(graph: TielineGraph, sources?: readonly number[]): string[] {
  const list = sources ? sources.map((i) => graph.sources[i]!) : graph.sources;
  return [...new Set(list.map((s) => s.publisher.trim()).filter((p) => p.length > 0))];
}

/** The credit line: "Sources: The Hanoi Times, Fulcrum · Made with Tieline". */
export function creditOf(publishers: readonly string[]): string {
  return `${publishers.length ? `Sources: ${publishers.join(', ')} · ` : ''}Made with Tieline`;
}

/**
 * Builds the caption for a view. `title` overrides the data's title (an
 * export may edit it); `sources` (indices) limits the credit to the sources
 * backing a tie in view (the view engine's `sourcesInView`), else all are credited.
 */
export function buildCaption(graph: TielineGraph, view: TimeView, filters: FilterDescription, title?: string, sources?: readonly number[]): Caption {
  const when = describeView(view);
  const mode = describeMode(view);
  const credited = sources ? [...sources] : graph.sources.map((_, i) => i);
  const publishers = publishersOf(graph, credited);
  const credit = creditOf(publishers);
  return {
    title: title ?? graph.title,
    when,
    mode,
    whenWithMode: view.mode === 'cumulative' ? `${mode} ${when}` : `${mode}: ${when}`,
    filters,
    publishers,
    sources: credited,
    credit,
  };
}

/** The caption as plain text for the clipboard: title, dates, filters, sources with publishers, link. */
export function captionText(caption: Caption, graph: TielineGraph, link: string): string {
  const lines = [caption.title, caption.whenWithMode];
  if (caption.filters.length) lines.push(caption.filters.join('; '));
  const sources = caption.sources.map((i) => graph.sources[i]!).map((s) => `${s.title} (${s.publisher}${s.url ? `, ${s.url}` : ''})`);
  if (sources.length) lines.push(`Sources: ${sources.join('; ')}`);
  lines.push(`Made with Tieline: ${link}`);
  return lines.join('\n');
}
