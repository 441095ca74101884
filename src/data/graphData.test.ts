/**
 * The shipped data: valid, and holding the facts from the five articles that
 * matter most. A reviewer's checklist in code; data/README.md has the rest.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EDGE_KIND_INFO } from '../domain/vocabulary';
import type { EdgeRecord, GraphFile } from './schema';
import { formatProblem, parseGraphText } from './validateGraph';

const text = readFileSync(resolve(__dirname, '../../data/graph.json'), 'utf8');
const result = parseGraphText(text);
const EMPTY: GraphFile = { schemaVersion: 1, title: '-', description: '-', defaultRange: { start: '2022', end: '2025' }, sources: [], nodes: [], edges: [] };
/** The checked graph, or an empty one so the first test reports the problems and the rest fail plainly. */
const graph: GraphFile = result.ok ? result.graph : EMPTY;

const FULCRUM = 'fulcrum-2025-03-06';
const TUOI_TRE = 'tuoi-tre-news-2025-02';
const HANOI_TIMES = 'hanoi-times-2022-03';

function edge(id: string): EdgeRecord {
  const found = graph.edges.find((e) => e.id === id);
  if (!found) throw new Error(`no edge ${id}`);
  return found;
}

function plain(label: string): string {
  return label.normalize('NFD').replace(/\p{M}/gu, '').replace(/đ/g, 'd').replace(/Đ/g, 'D');
}

describe('data/graph.json', () => {
  it('is valid', () => {
    expect(result.ok ? [] : result.problems.map(formatProblem)).toEqual([]);
  });

  it('points at its JSON Schema, covers 2022–2025 by default, and stores positions for all nodes or none', () => {
    const raw = JSON.parse(text) as Record<string, unknown>;
    expect(raw.$schema).toBe('./graph.schema.json');
    expect(graph.defaultRange).toEqual({ start: '2022-01-01', end: '2025-12-31' });
    const placed = graph.nodes.filter((n) => n.x !== undefined && n.y !== undefined).length;
    expect([0, graph.nodes.length]).toContain(placed);
  });

  it('has the Son–Sybiha call of 17 Feb 2025, made at Ukraine’s request, citing both articles that report it', () => {
    const call = edge('call-sybiha-son-2025-02-17');
    expect(call).toMatchObject({ kind: 'call', date: '2025-02-17', source: 'andrii-sybiha', target: 'bui-thanh-son', directed: true });
    expect(call.sources).toEqual(expect.arrayContaining([TUOI_TRE, FULCRUM]));
  });

  it('keeps the Son–Kuleba call once, disputed between 16 and 17 March 2022, citing both', () => {
    const calls = graph.edges.filter((e) => e.kind === 'call' && e.source === 'bui-thanh-son' && e.target === 'dmytro-kuleba');
    expect(calls).toHaveLength(1);
    expect(calls[0]).toMatchObject({ status: 'disputed', sources: [HANOI_TIMES, FULCRUM] });
    expect(calls[0]?.note).toMatch(/16 March 2022.*17 March 2022/);
  });

  it('has the UN vote of 2 March 2022 with every named country’s position', () => {
    const votes = new Map(graph.edges.filter((e) => e.kind === 'vote').map((e) => [e.source, e]));
    const positions = Object.fromEntries([...votes].map(([country, e]) => [country, e.position]));
    expect(positions).toEqual({
      vietnam: 'abstain', laos: 'abstain', china: 'abstain',
      russia: 'no', belarus: 'no', 'north-korea': 'no', eritrea: 'no', syria: 'no',
    });
    for (const v of votes.values()) expect(v).toMatchObject({ target: 'un-general-assembly', date: '2022-03-02' });
  });

  it('marks scheduled events as planned', () => {
    expect(edge('meeting-lavrov-rubio-2025-02-18').status).toBe('planned');
    expect(edge('visit-to-lam-russia-2025-05').status).toBe('planned');
    expect(edge('repatriation-flight-2022-03-17').status).toBe('planned');
  });

  it('shows who was Ukraine’s foreign minister before and after September 2024', () => {
    expect(edge('role-dmytro-kuleba-foreign-minister')).toMatchObject({ target: 'ukraine-mfa', end: '2024-09' });
    expect(edge('role-andrii-sybiha-foreign-minister')).toMatchObject({ target: 'ukraine-mfa', date: '2024-09' });
    expect(edge('role-andrii-sybiha-foreign-minister').end).toBeUndefined();
    expect(edge('role-to-lam-general-secretary').date).toBe('2024-08');
  });

  it('keeps the article’s Tokyo for the G7 meeting, with a note about Hiroshima', () => {
    const g7 = edge('meeting-chinh-zelensky-2023-05');
    expect(g7.place).toMatch(/Tokyo/);
    expect(g7.note).toMatch(/Hiroshima/);
  });

  it('gives every node at least one edge', () => {
    const touched = new Set(graph.edges.flatMap((e) => [e.source, e.target]));
    expect(graph.nodes.filter((n) => !touched.has(n.id)).map((n) => n.id)).toEqual([]);
  });

  it('gives every label with diacritics its plain spelling as an alias', () => {
    const missing = graph.nodes
      .filter((n) => plain(n.label) !== n.label && !(n.aliases ?? []).includes(plain(n.label)))
      .map((n) => n.label);
    expect(missing).toEqual([]);
    expect(graph.nodes.find((n) => n.id === 'bui-thanh-son')?.label).toBe('Bùi Thanh Sơn');
  });

  it('cites every source somewhere, and each source names its seed file', () => {
    const cited = new Set(graph.edges.flatMap((e) => e.sources));
    expect(graph.sources.filter((s) => !cited.has(s.id)).map((s) => s.id)).toEqual([]);
    for (const s of graph.sources) expect(s.file).toMatch(/^00[0-4]_[0-9a-f]{16}\.txt$/);
  });

  it('keeps summaries to one plain sentence, positions on votes, initiators on undirected kinds, offices on people', () => {
    for (const e of graph.edges) {
      expect(e.summary, e.id).toMatch(/^[^\n]{10,260}[.]$/);
      expect(e.summary.split(/[.!?] /).length, e.id).toBe(1);
      if (e.position !== undefined) expect(e.kind, e.id).toBe('vote');
      if (e.directed) expect(EDGE_KIND_INFO[e.kind].directed, e.id).toBe(false);
    }
    const people = new Set(graph.nodes.filter((n) => n.kind === 'person').map((n) => n.id));
    for (const e of graph.edges.filter((x) => x.kind === 'role')) {
      expect(people.has(e.source), e.id).toBe(true);
      expect(e.note, e.id).toMatch(/public record/);
    }
  });
});
