/**
 * GEXF 1.2 and 1.3 (Gephi's format) to a Draft. Time comes from, in order:
 * an edge's `<spells>` (one interaction per spell), its `start`/`end`
 * (or 1.3's `timestamp` and `<timestamps>`), or an edge attribute titled
 * like a date. Positions come from `viz:position` (y flipped: Gephi draws
 * y upwards, screens downwards).
 */
import { quote, type Problem } from '../../problems';
import type { Draft, DraftEdge, DraftNode } from '../draft';
import { parseFuzzyDate } from '../../../domain/dates';
import { readImportDate } from '../importDates';
import { graphSizeProblem } from '../limits';
import { childNamed, childrenNamed, parseXml, type XmlElement } from './parseXml';

export type GexfDraft = { status: 'draft'; draft: Draft; skipped: Problem[] } | { status: 'failed'; problems: Problem[] };

const DATE_TITLES = ['date', 'start', 'startdate', 'time', 'timestamp', 'when', 'year'];
const END_TITLES = ['end', 'enddate', 'until'];

/**
 * Quick count of `<node`, `<edge`, `<spell` and `<timestamp` tags, to refuse
 * huge graphs before building a tree: every spell or timestamp becomes an
 * interaction of its own, so they count too.
 */
function roughCounts(text: string): { nodes: number; edges: number } {
  const count = (re: RegExp) => (text.match(re) ?? []).length;
  const edges = count(/<(?:\w+:)?edge[\s/>]/g);
  const periods = count(/<(?:\w+:)?(?:spell|timestamp)[\s/>]/g);
  return { nodes: count(/<(?:\w+:)?node[\s/>]/g), edges: Math.max(edges, periods) };
}

const SPELL_WORDS = 'each spell or timestamp of an edge is an interaction of its own';

/** Attribute titles by id, for one class (node or edge). */
function attributeTitles(graph: XmlElement, cls: 'node' | 'edge'): Map<string, string> {
  const out = new Map<string, string>();
  for (const block of childrenNamed(graph, 'attributes')) {
    if ((block.attrs.get('class') ?? 'node') !== cls) continue;
    for (const a of childrenNamed(block, 'attribute')) {
      const id = a.attrs.get('id');
      if (id !== undefined) out.set(id, (a.attrs.get('title') ?? id).trim());
    }
  }
  return out;
}

/** Attribute values of an element, keyed by lower-case title without spaces. */
function attValues(el: XmlElement, titles: Map<string, string>): Map<string, { title: string; value: string }> {
  const out = new Map<string, { title: string; value: string }>();
  const block = childNamed(el, 'attvalues');
  if (!block) return out;
  for (const v of childrenNamed(block, 'attvalue')) {
    const key = v.attrs.get('for') ?? v.attrs.get('id');
    const value = v.attrs.get('value');
    if (key === undefined || value === undefined) continue;
    const title = titles.get(key) ?? key;
    out.set(title.toLowerCase().replace(/[\s_-]+/g, ''), { title, value });
  }
  return out;
}

function firstOf(values: Map<string, { title: string; value: string }>, keys: string[]) {
  for (const k of keys) {
    const v = values.get(k);
    if (v) return v;
  }
  return undefined;
}

interface Period {
  date: string | undefined;
  end: string | undefined;
  /** Only an end was given: the period runs from the graph's start. */
  fromGraphStart?: boolean;
  datePlace: string;
  endPlace: string;
}

/** The periods an edge existed in: one per spell or timestamp, else its own start/end, else a date attribute. */
function periodsOf(edge: XmlElement, where: string, values: Map<string, { title: string; value: string }>): Period[] {
  const spells = childNamed(edge, 'spells');
  if (spells) {
    return childrenNamed(spells, 'spell').map((s, k) => ({
      date: s.attrs.get('start') ?? s.attrs.get('startopen') ?? s.attrs.get('timestamp'),
      end: s.attrs.get('end') ?? s.attrs.get('endopen'),
      fromGraphStart: !['start', 'startopen', 'timestamp'].some((n) => s.attrs.has(n)) && (s.attrs.has('end') || s.attrs.has('endopen')),
      datePlace: `${where}, spell ${k + 1} (line ${s.line}) "start"`,
      endPlace: `${where}, spell ${k + 1} (line ${s.line}) "end"`,
    }));
  }
  const stamps = childNamed(edge, 'timestamps');
  if (stamps) {
    return childrenNamed(stamps, 'timestamp').map((s, k) => ({
      date: s.attrs.get('value'),
      end: undefined,
      datePlace: `${where}, timestamp ${k + 1} (line ${s.line})`,
      endPlace: where,
    }));
  }
  const a = edge.attrs;
  const start = a.get('start') ?? a.get('startopen') ?? a.get('timestamp');
  if (start === undefined && (a.has('end') || a.has('endopen'))) {
    // Only an end: GEXF reads it as "from the start of the graph's time"; the caller fills that in.
    return [{ date: undefined, end: a.get('end') ?? a.get('endopen'), fromGraphStart: true, datePlace: `${where}, attribute "end"`, endPlace: `${where}, attribute "end"` }];
  }
  if (start !== undefined || a.get('end') !== undefined) {
    const startName = a.has('start') ? 'start' : a.has('startopen') ? 'startopen' : 'timestamp';
    return [{ date: start, end: a.get('end') ?? a.get('endopen'), datePlace: `${where}, attribute "${startName}"`, endPlace: `${where}, attribute "end"` }];
  }
  const date = firstOf(values, DATE_TITLES);
  const end = firstOf(values, END_TITLES);
  return [
    {
      date: date?.value,
      end: end?.value,
      datePlace: `${where}, attribute ${quote(date?.title ?? 'start')}`,
      endPlace: `${where}, attribute ${quote(end?.title ?? 'end')}`,
    },
  ];
}

/**
 * Edges with only an end run from the start of the graph's time: the
 * graph's own `start` attribute, else the earliest date in the file.
 */
function fillGraphStart(open: DraftEdge[], all: DraftEdge[], graph: XmlElement, notes: string[]): void {
  if (open.length === 0) return;
  let first = readImportDate(graph.attrs.get('start'));
  let origin = 'the graph\'s "start"';
  if (first.ok !== true) {
    origin = 'the earliest date in the file';
    let best: { iso: string; day: number } | undefined;
    for (const e of all) {
      for (const v of [e.date, e.end]) {
        const r = readImportDate(v);
        const day = r.ok === true ? parseFuzzyDate(r.iso)!.first : Infinity;
        if (r.ok === true && (best === undefined || day < best.day)) best = { iso: r.iso, day };
      }
    }
    if (best === undefined) return;
    first = { ok: true, iso: best.iso };
  }
  for (const e of open) e.date = first.iso;
  notes.push(`${open.length === 1 ? '1 edge has' : `${open.length.toLocaleString('en')} edges have`} only an end; read as running from ${origin}, ${first.iso}`);
}

/** How many interactions an edge becomes (see periodsOf), counted without building them. */
function periodCount(edge: XmlElement): number {
  const spells = childNamed(edge, 'spells');
  if (spells) return childrenNamed(spells, 'spell').length;
  const stamps = childNamed(edge, 'timestamps');
  return stamps ? childrenNamed(stamps, 'timestamp').length : 1;
}

function readNode(node: XmlElement, titles: Map<string, string>): DraftNode {
  const id = node.attrs.get('id') ?? '';
  const values = attValues(node, titles);
  const out: DraftNode = { id, where: `node ${quote(id)} (line ${node.line})` };
  const label = node.attrs.get('label');
  if (label !== undefined) out.label = label;
  const kind = firstOf(values, ['kind', 'type', 'category'])?.value;
  if (kind !== undefined) out.kind = kind;
  const country = firstOf(values, ['country', 'nation'])?.value;
  if (country !== undefined) out.country = country;
  const pos = childNamed(node, 'position');
  if (pos) {
    const x = Number(pos.attrs.get('x'));
    const y = Number(pos.attrs.get('y'));
    if (pos.attrs.has('x') && pos.attrs.has('y') && Number.isFinite(x) && Number.isFinite(y)) {
      out.x = x;
      out.y = -y;
    }
  }
  return out;
}

/** Reads GEXF text into a Draft. */
export function gexfToDraft(text: string, fileName: string): GexfDraft {
  const rough = roughCounts(text);
  const sizeProblem = graphSizeProblem(rough.nodes, rough.edges, { edges: SPELL_WORDS });
  if (sizeProblem) return { status: 'failed', problems: [{ path: '', message: sizeProblem }] };
  const xml = parseXml(text);
  if (!xml.ok) return { status: 'failed', problems: [{ path: `line ${xml.line}`, message: `not valid XML: ${xml.message}` }] };
  const root = xml.root;
  if (root.name !== 'gexf') return { status: 'failed', problems: [{ path: `line ${root.line}`, message: `the file is XML with a <${root.name}> root, not GEXF (<gexf>)` }] };
  const graph = childNamed(root, 'graph');
  if (!graph) return { status: 'failed', problems: [{ path: `line ${root.line}`, message: 'the <gexf> element holds no <graph>' }] };
  const nodeTitles = attributeTitles(graph, 'node');
  const edgeTitles = attributeTitles(graph, 'edge');
  const nodes = childrenNamed(childNamed(graph, 'nodes') ?? graph, 'node').map((n) => readNode(n, nodeTitles));
  const edges: DraftEdge[] = [];
  const openStart = new WeakSet<DraftEdge>();
  const edgeElements = childrenNamed(childNamed(graph, 'edges') ?? graph, 'edge');
  const interactions = edgeElements.reduce((n, e) => n + periodCount(e), 0);
  const expanded = graphSizeProblem(nodes.length, interactions, { edges: `${edgeElements.length.toLocaleString('en')} edges; ${SPELL_WORDS}` });
  if (expanded) return { status: 'failed', problems: [{ path: '', message: expanded }] };
  for (const e of edgeElements) {
    const id = e.attrs.get('id');
    const where = id !== undefined ? `edge ${quote(id)} (line ${e.line})` : `edge on line ${e.line}`;
    const values = attValues(e, edgeTitles);
    const periods = periodsOf(e, where, values);
    periods.forEach((p, k) => {
      const edge: DraftEdge = {
        source: e.attrs.get('source') ?? '',
        target: e.attrs.get('target') ?? '',
        date: p.date,
        end: p.end,
        where,
        datePlace: p.datePlace,
        endPlace: p.endPlace,
      };
      if (p.fromGraphStart) openStart.add(edge);
      if (id !== undefined) edge.id = periods.length > 1 ? `${id}-${k + 1}` : id;
      const kind = e.attrs.get('kind') ?? firstOf(values, ['kind', 'type', 'interaction'])?.value;
      if (kind !== undefined) edge.kind = kind;
      const summary = e.attrs.get('label') ?? firstOf(values, ['summary', 'description', 'label'])?.value;
      if (summary !== undefined) edge.summary = summary;
      const url = firstOf(values, ['sourceurl', 'url', 'link'])?.value;
      if (url !== undefined) edge.url = url;
      edges.push(edge);
    });
  }
  const notes: string[] = [];
  fillGraphStart(edges.filter((e) => openStart.has(e)), edges, graph, notes);
  const meta = childNamed(root, 'meta');
  const timeformat = graph.attrs.get('timeformat');
  if (timeformat === 'double' || timeformat === 'integer') notes.push(`the file's times are numbers (timeformat "${timeformat}"); only four-digit years among them read as dates`);
  const draft: Draft = { fileName, nodes, edges, addMissingNodes: false, dateOrigin: 'its spells, start attributes or a date attribute', notes };
  const title = meta ? (childNamed(meta, 'title')?.text ?? undefined) : undefined;
  const description = meta ? childNamed(meta, 'description')?.text : undefined;
  if (title) draft.title = title;
  if (description) draft.description = description;
  return { status: 'draft', draft, skipped: [] };
}
