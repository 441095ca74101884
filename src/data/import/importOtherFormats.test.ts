import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fixture, textFile, TODAY } from '../../../tests/fixtures/importFixtures';
import { formatProblem } from '../problems';
import { importGraph } from './importGraph';
import type { ImportResult } from './importTypes';

function ok(result: ImportResult) {
  if (result.status !== 'ok') throw new Error(`expected ok, got ${JSON.stringify(result, null, 1).slice(0, 800)}`);
  return result;
}
const problems = (r: ImportResult) => (r.status === 'failed' ? r.problems.map(formatProblem) : [`(${r.status})`]);

describe('Tieline JSON import', () => {
  it('opens the shipped graph unchanged', () => {
    const bytes = new Uint8Array(readFileSync(join(import.meta.dirname, '../../../data/graph.json')));
    const r = ok(importGraph([{ name: 'graph.json', bytes }], { today: TODAY }));
    expect(r.format).toBe('tieline');
    expect(r.file).toEqual(JSON.parse(new TextDecoder().decode(bytes)));
  });

  it('reports validation problems with their paths, and JSON syntax errors with line and column', () => {
    const file = {
      schemaVersion: 1, title: 't', description: 'd', defaultRange: { start: '2022', end: '2023' },
      sources: [{ id: 's', title: 't', publisher: 'p', published: '2022', file: 'f' }],
      nodes: [{ id: 'a', label: 'A', kind: 'country' }],
      edges: [{ id: 'e', source: 'a', target: 'x', kind: 'call', date: '2022', summary: 's', sources: ['s'] }],
    };
    expect(problems(importGraph([textFile('g.json', JSON.stringify(file))], { today: TODAY }))).toEqual(['edges[0].target: "x" is not a node id']);
    expect(problems(importGraph([textFile('g.json', '{\n  "a": 1,\n}')], { today: TODAY }))).toEqual([
      'not valid JSON at line 3, column 1: unexpected "}"',
    ]);
  });
});

describe('Cytoscape.js JSON import', () => {
  it('reads what cy.json() writes: positions, labels, kinds, dates from "start", ends, unknown kinds as other', () => {
    const r = ok(importGraph([fixture('cytoscape-cy-json.json')], { today: TODAY }));
    expect(r.format).toBe('cytoscape');
    expect(r.file.nodes.map((n) => [n.id, n.label, n.kind, n.x, n.y])).toEqual([
      ['vn', 'Vietnam', 'country', 0, 0],
      ['ua', 'Ukraine', 'country', 300, -40],
      ['son', 'Bùi Thanh Sơn', 'person', 60, 120],
      ['kuleba', 'Dmytro Kuleba', 'person', 260, 110],
      ['un', 'UN General Assembly', 'institution', 150, -160],
    ]);
    expect(r.file.nodes[2]!.country).toBe('vn');
    expect(r.file.edges.map((e) => [e.id, e.kind, e.date, e.end ?? null])).toEqual([
      ['c1', 'call', '2022-03-16', null],
      ['v1', 'vote', '2022-03-02', null],
      ['m1', 'other', '2023-09', null],
      ['r1', 'role', '2020-03-04', '2024-09-05'],
    ]);
    expect(r.file.edges[2]!.note).toBe('Kind in the file: handshake');
    expect(r.notes).toContain('dates read from the edge field "start", ends from "end"');
  });

  it('reads the plain elements array, dates from "timestamp", and skips an edge to a missing node with its place', () => {
    const r = ok(importGraph([fixture('cytoscape-elements-array.json')], { today: TODAY }));
    expect(r.file.nodes.map((n) => n.label)).toEqual(['Hanoi', 'Kyiv', 'Moscow']);
    expect(r.file.edges.map((e) => [e.date, e.kind])).toEqual([
      ['2022-03-16', 'call'],
      ['2022-04', 'meeting'],
    ]);
    expect(r.skipped.map(formatProblem)).toEqual(['[5] (id "bx"): target "x" is not a node id']);
  });

  it('asks which field holds the dates when none is recognisable, then uses the choice', () => {
    const elements = { elements: { nodes: [{ data: { id: 'a' } }, { data: { id: 'b' } }], edges: [{ data: { source: 'a', target: 'b', when_it_was: 'spring' , on: '2021-05-01' } }] } };
    const text = JSON.stringify(elements).replace('"on"', '"held"');
    const first = importGraph([textFile('c.cyjs', text)], { today: TODAY });
    // "held" reads as a date for every edge, so it is found without asking.
    expect(first.status).toBe('ok');
    const noDates = JSON.stringify({ elements: { nodes: [{ data: { id: 'a' } }, { data: { id: 'b' } }], edges: [{ data: { source: 'a', target: 'b', season: 'spring' } }] } });
    const ask = importGraph([textFile('c.json', noDates)], { today: TODAY });
    expect(ask.status === 'needs-mapping' && ask.request.columns).toEqual(['season']);
    expect(problems(importGraph([textFile('c.json', noDates)], { today: TODAY, mapping: { date: 'season' } }))).toEqual([
      'no interaction in the file could be used',
      'elements.edges[0].data.season: "spring" is not a date',
    ]);
  });
});

describe('GEXF import', () => {
  it('reads a static GEXF 1.2 file with dates in an edge attribute and entities in labels', () => {
    const r = ok(importGraph([fixture('gexf-static-1.2.gexf')], { today: TODAY }));
    expect(r.format).toBe('gexf');
    expect(r.file.description).toBe('Ties between foreign ministries');
    expect(r.file.nodes.map((n) => [n.label, n.kind, n.x])).toEqual([
      ['Viet Nam', 'country', undefined],
      ['Ukraine & allies', 'country', undefined],
      ['Ministry of Foreign Affairs', 'institution', undefined],
    ]);
    expect(r.file.edges.map((e) => [e.date, e.kind, e.summary, e.note])).toEqual([
      ['2022-03-16', 'call', 'Phone call', undefined],
      ['2023', 'other', 'Other: Ukraine & allies – Ministry of Foreign Affairs', 'Kind in the file: exchange of notes'],
    ]);
  });

  it('reads a dynamic GEXF 1.3 file: start/end, one interaction per spell, open ends, viz:position with y up', () => {
    const r = ok(importGraph([fixture('gexf-dynamic-1.3.gexf')], { today: TODAY }));
    expect(r.file.title).toBe('Hanoi and Kyiv');
    expect(r.file.nodes.map((n) => [n.id, n.kind, n.x, n.y, n.country])).toEqual([
      ['vn', 'country', -100, -50, undefined],
      ['ua', 'country', 100, -50, undefined],
      ['son', 'person', -80.5, 20.25, 'vn'],
    ]);
    expect(r.file.edges.map((e) => [e.id, e.kind, e.date, e.end ?? null])).toEqual([
      ['e0', 'call', '2022-03-16', '2022-03-16'],
      ['e1-1', 'visit', '2023-04-01', '2023-04-03'],
      ['e1-2', 'visit', '2024-06', null],
      ['e2', 'role', '2021-04-08', '2025-03-01'],
    ]);
  });

  it('gives broken XML a line, refuses declared entities, and names non-GEXF XML', () => {
    expect(problems(importGraph([textFile('a.gexf', '<gexf>\n<graph>\n<nodes>\n</graph></gexf>')], { today: TODAY }))).toEqual([
      'line 4: not valid XML: </graph> closes <nodes> opened on line 3',
    ]);
    const bomb = '<?xml version="1.0"?><!DOCTYPE gexf [<!ENTITY a "aaaa">]><gexf><graph/></gexf>';
    expect(problems(importGraph([textFile('a.gexf', bomb)], { today: TODAY }))[0]).toMatch(/declares its own XML entities/);
    expect(problems(importGraph([textFile('a.xml', '<graphml><graph/></graphml>')], { today: TODAY }))[0]).toMatch(/GraphML/);
  });

  it('a GEXF file without any time says it has no dates', () => {
    const text = '<gexf version="1.3"><graph><nodes><node id="a"/><node id="b"/></nodes><edges><edge source="a" target="b"/></edges></graph></gexf>';
    expect(problems(importGraph([textFile('a.gexf', text)], { today: TODAY }))[0]).toMatch(/^the file has no dates/);
  });
});
