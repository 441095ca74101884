/**
 * Seeded generator of benchmark graphs in the Tieline file format (schema
 * version 1). Same options → byte-identical JSON.
 *
 * The graphs look like the real thing at scale: countries with their people
 * and institutions around them, most interactions inside a country's circle
 * and some across, dates over 2022–2025 at day, month and year precision,
 * spans (offices held, memberships, cooperation) with an end or ongoing,
 * parallel interactions between the same pair. Every node carries x/y, so no
 * layout ever runs and every contender draws the same picture.
 *
 *   npx tsx bench/generate.ts --edges=5000 [--seed=7] [--out=file.json]
 */
import { writeFileSync } from 'node:fs';
import { EDGE_KINDS, EDGE_KIND_INFO, VOTE_POSITIONS, type EdgeKind } from '../src/domain/vocabulary';
import type { EdgeRecord, GraphFile, NodeRecord, SourceRecord } from '../src/data/schema';
import { seededRandom } from '../src/domain/seededRandom';

export interface GenerateOptions {
  /** Number of interactions (edges); nodes are about half as many. */
  edges: number;
  seed?: number;
}

export const DEFAULT_SEED = 7;

/**
 * Relative frequency of each kind, kept as a fixed table (not derived from the
 * vocabulary's order) so adding a kind to the vocabulary does not reshuffle
 * the graphs; kinds missing from the vocabulary are skipped.
 */
const KIND_WEIGHTS: [string, number][] = [
  ['meeting', 18],
  ['call', 14],
  ['statement', 14],
  ['visit', 8],
  ['vote', 8],
  ['role', 8],
  ['appeal', 5],
  ['agreement', 4],
  ['cooperation', 4],
  ['membership', 4],
  ['relations', 2],
  ['restriction', 3],
  ['evacuation', 1],
  ['commemoration', 2],
  ['conflict', 0.5],
  ['other', 4],
];

const SYLLABLES = ['ka', 'lo', 'ran', 'vi', 'mor', 'te', 'sa', 'del', 'ni', 'qu', 'bar', 'est', 'ul', 'zan', 'ro', 'mi', 'tar', 'go', 'len', 'fa'];
const PUBLISHERS = ['Daily Ledger', 'Northern Wire', 'Courier International', 'The Observer Desk', 'Agency Press'];

const DAY0 = Date.UTC(2022, 0, 1) / 86_400_000;
const DAYS = Date.UTC(2026, 0, 1) / 86_400_000 - DAY0; // 2022-01-01 … 2025-12-31

function iso(day: number, precision: 'year' | 'month' | 'day'): string {
  const d = new Date(day * 86_400_000);
  const y = String(d.getUTCFullYear());
  const m = String(d.getUTCMonth() + 1).padStart(2, '0');
  const dd = String(d.getUTCDate()).padStart(2, '0');
  return precision === 'year' ? y : precision === 'month' ? `${y}-${m}` : `${y}-${m}-${dd}`;
}

/** Last day (day number) of the period `iso(day, precision)` names. */
function periodEnd(day: number, precision: 'year' | 'month' | 'day'): number {
  const d = new Date(day * 86_400_000);
  if (precision === 'day') return day;
  if (precision === 'month') return Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 0) / 86_400_000;
  return Date.UTC(d.getUTCFullYear(), 11, 31) / 86_400_000;
}

export function generateGraph({ edges: edgeCount, seed = DEFAULT_SEED }: GenerateOptions): GraphFile {
  const rand = seededRandom(seed * 1_000_003 + edgeCount);
  const int = (n: number) => Math.floor(rand() * n);
  const pick = <T>(xs: readonly T[]): T => xs[int(xs.length)]!;
  const word = (parts: number) => {
    let s = '';
    for (let i = 0; i < parts; i++) s += pick(SYLLABLES);
    return s.charAt(0).toUpperCase() + s.slice(1);
  };
  /** Day precision mostly, some month, a few year: the mix real sources give. */
  const precision = (): 'year' | 'month' | 'day' => {
    const r = rand();
    return r < 0.75 ? 'day' : r < 0.93 ? 'month' : 'year';
  };
  // Activity grows over the years, as news coverage does.
  const randomDay = () => DAY0 + Math.floor(DAYS * Math.sqrt(rand()));

  // Sources: one per ~40 interactions.
  const sourceCount = Math.max(10, Math.round(edgeCount / 40));
  const sources: SourceRecord[] = [];
  for (let i = 0; i < sourceCount; i++) {
    sources.push({
      id: `s${i + 1}`,
      title: `${word(2)} ${word(3)} report ${i + 1}`,
      publisher: pick(PUBLISHERS),
      published: iso(DAY0 + int(DAYS), 'day'),
      file: 'bench/generated',
    });
  }
  const cite = () => (rand() < 0.15 ? [`s${int(sourceCount) + 1}`, `s${int(sourceCount) + 1}`].filter((s, i, a) => a.indexOf(s) === i) : [`s${int(sourceCount) + 1}`]);

  // Nodes: countries (~4%) each with a circle of people and institutions.
  const nodeCount = Math.max(10, Math.round(edgeCount / 2));
  const countryCount = Math.max(4, Math.round(nodeCount * 0.04));
  const spacing = 70; // world units per node, about a node and its label
  const nodes: NodeRecord[] = [];
  const kindOf: ('country' | 'person' | 'institution')[] = [];
  const countryOf: number[] = [];
  const members: number[][] = [];
  const institutionsOf: number[][] = [];
  const peopleOf: number[][] = [];
  const centres: { x: number; y: number; r: number }[] = [];
  // Sizes of the circles: a few big countries, many small ones (Zipf-like).
  const weights = Array.from({ length: countryCount }, (_, c) => 1 / Math.pow(c + 1, 0.7));
  const total = weights.reduce((a, b) => a + b, 0);
  const perCountry = weights.map((w) => Math.max(1, Math.floor(((nodeCount - countryCount) * w) / total)));
  let assigned = perCountry.reduce((a, b) => a + b, 0);
  for (let c = 0; assigned < nodeCount - countryCount; c = (c + 1) % countryCount, assigned++) perCountry[c]!++;

  // Country centres on a sunflower spiral: each circle's area is proportional to
  // its size, biggest in the middle, with room to spare between circles.
  let areaSoFar = 0;
  const golden = Math.PI * (3 - Math.sqrt(5));
  for (let c = 0; c < countryCount; c++) {
    const area = spacing * spacing * (perCountry[c]! + 1);
    const r = Math.sqrt(area / Math.PI);
    const ring = Math.sqrt((1.6 * (areaSoFar + area / 2)) / Math.PI);
    centres.push({ x: Math.cos(c * golden) * ring, y: Math.sin(c * golden) * ring, r });
    areaSoFar += area;
  }
  for (let c = 0; c < countryCount; c++) {
    const i = nodes.length;
    const name = word(2 + (c % 2));
    nodes.push({ id: `n${i + 1}`, label: name, kind: 'country', x: Math.round(centres[c]!.x), y: Math.round(centres[c]!.y), sources: cite() });
    kindOf.push('country');
    countryOf.push(c);
    members.push([i]);
    institutionsOf.push([]);
    peopleOf.push([]);
  }
  for (let c = 0; c < countryCount; c++) {
    const centre = centres[c]!;
    const cname = nodes[c]!.label;
    for (let k = 0; k < perCountry[c]!; k++) {
      const i = nodes.length;
      const a = rand() * Math.PI * 2;
      const d = centre.r * (0.3 + 0.7 * Math.sqrt(rand()));
      const x = Math.round(centre.x + Math.cos(a) * d);
      const y = Math.round(centre.y + Math.sin(a) * d);
      const isInstitution = rand() < 0.3;
      const node: NodeRecord = isInstitution
        ? { id: `n${i + 1}`, label: `${cname} ${pick(['Ministry', 'Assembly', 'Council', 'Agency', 'Forum', 'Bank'])} ${word(1)}`, kind: 'institution', x, y }
        : { id: `n${i + 1}`, label: `${word(2)} ${word(2)}`, kind: 'person', country: `n${c + 1}`, x, y };
      if (isInstitution && rand() < 0.7) node.country = `n${c + 1}`;
      if (rand() < 0.3) node.sources = cite();
      nodes.push(node);
      kindOf.push(isInstitution ? 'institution' : 'person');
      countryOf.push(c);
      members[c]!.push(i);
      (isInstitution ? institutionsOf : peopleOf)[c]!.push(i);
    }
  }
  // A few international institutions (assemblies, alliances) that votes and memberships point at.
  const hubs = nodes.map((_, i) => i).filter((i) => kindOf[i] === 'institution').slice(0, Math.max(2, Math.round(countryCount / 4)));

  const kinds = KIND_WEIGHTS.filter(([k]) => (EDGE_KINDS as readonly string[]).includes(k)) as [EdgeKind, number][];
  const kindTotal = kinds.reduce((a, [, w]) => a + w, 0);
  const pickKind = (): EdgeKind => {
    let r = rand() * kindTotal;
    for (const [k, w] of kinds) if ((r -= w) < 0) return k;
    return kinds[kinds.length - 1]![0];
  };
  // Country choice biased to the big ones; people and institutions from its circle.
  const pickCountry = () => Math.min(countryCount - 1, Math.floor(countryCount * Math.pow(rand(), 1.6)));
  const pickMember = (c: number) => pick(members[c]!);

  const edges: EdgeRecord[] = [];
  for (let e = 0; e < edgeCount; e++) {
    let kind = pickKind();
    let source: number;
    let target: number;
    const c = pickCountry();
    if (kind === 'vote' || kind === 'membership') {
      source = c;
      target = pick(hubs);
    } else if (kind === 'role') {
      if (peopleOf[c]!.length === 0 || institutionsOf[c]!.length === 0) kind = 'meeting';
      source = peopleOf[c]!.length ? pick(peopleOf[c]!) : c;
      target = institutionsOf[c]!.length ? pick(institutionsOf[c]!) : pick(hubs);
    } else if (kind === 'visit' || kind === 'conflict' || kind === 'evacuation') {
      source = rand() < 0.5 ? c : pickMember(c);
      target = pickCountry();
    } else {
      source = pickMember(c);
      // Mostly inside the circle, some across borders.
      target = rand() < 0.65 ? pickMember(c) : pickMember(pickCountry());
    }
    if (source === target) target = source === c ? pick(hubs) : c;
    if (source === target) target = (source + 1) % nodes.length;

    const start = randomDay();
    const p = precision();
    const edge: EdgeRecord = {
      id: `e${e + 1}`,
      source: nodes[source]!.id,
      target: nodes[target]!.id,
      kind,
      date: iso(start, p),
      summary: `${nodes[source]!.label} and ${nodes[target]!.label}: ${EDGE_KIND_INFO[kind].label.toLowerCase()} (generated).`,
      sources: cite(),
    };
    if (EDGE_KIND_INFO[kind].span) {
      // About half the spans have ended: an end strictly after the start's period.
      if (rand() < 0.55) {
        const after = periodEnd(start, p) + 1 + int(400);
        if (after < DAY0 + DAYS) edge.end = iso(after, rand() < 0.8 ? 'day' : 'month');
      }
    }
    if (kind === 'vote') edge.position = pick(VOTE_POSITIONS);
    const r = rand();
    if (r < 0.04) edge.status = 'planned';
    else if (r < 0.06) edge.status = 'disputed';
    if (!EDGE_KIND_INFO[kind].directed && rand() < 0.2) edge.directed = true;
    edges.push(edge);
  }

  return {
    schemaVersion: 1,
    title: `Generated graph: ${edgeCount} interactions (seed ${seed})`,
    description: 'A synthetic graph for the benchmark; every name and interaction is made up.',
    defaultRange: { start: '2022-01', end: '2025-12' },
    sources,
    nodes,
    edges,
  };
}

/** The JSON text, as the benchmark serves it. */
export function generateGraphText(options: GenerateOptions): string {
  return JSON.stringify(generateGraph(options));
}

// CLI: npx tsx bench/generate.ts --edges=5000 [--seed=7] [--out=file.json]
if (process.argv[1] && /generate\.ts$/.test(process.argv[1])) {
  const arg = (name: string) => process.argv.find((a) => a.startsWith(`--${name}=`))?.split('=')[1];
  const edges = Number(arg('edges') ?? 1000);
  const seed = Number(arg('seed') ?? DEFAULT_SEED);
  const text = generateGraphText({ edges, seed });
  const out = arg('out');
  if (out) writeFileSync(out, text);
  else process.stdout.write(text + '\n');
}
