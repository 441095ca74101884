import { describe, expect, it } from 'vitest';
import { fixture, textFile, TODAY } from '../../../tests/fixtures/importFixtures';
import { formatProblem } from '../problems';
import { importGraph } from './importGraph';
import type { ImportResult } from './importTypes';

function ok(result: ImportResult) {
  if (result.status !== 'ok') throw new Error(`expected ok, got ${JSON.stringify(result, null, 1).slice(0, 800)}`);
  return result;
}

describe('CSV import', () => {
  it('reads an edges table with every column, making actors from the names and sources from the links', () => {
    const r = ok(importGraph([fixture('edges-basic.csv')], { today: TODAY }));
    expect(r.format).toBe('csv');
    expect(r.file.title).toBe('edges-basic');
    expect(r.file.nodes.map((n) => n.id)).toEqual(['Vietnam', 'Ukraine', 'Russia', 'UN General Assembly']);
    expect(r.file.edges).toHaveLength(5);
    expect(r.file.edges[0]).toEqual({
      id: 'e1', source: 'Vietnam', target: 'Ukraine', kind: 'call', date: '2022-03-16',
      summary: 'Foreign ministers spoke by phone.', sources: ['link-1'],
    });
    expect(r.file.sources.map((s) => [s.id, s.url])).toEqual([
      ['imported-file', undefined],
      ['link-1', 'https://example.org/a'],
      ['link-2', 'https://example.org/b'],
    ]);
    // The javascript: link is not a source: that edge cites the file itself.
    expect(r.file.edges[4]!.sources).toEqual(['imported-file']);
    expect(r.notes).toContain('1 source link is not a web address (http or https); left out');
    expect(r.file.defaultRange).toEqual({ start: '2012-01-01', end: '2022-03-31' });
    expect(r.skipped).toEqual([]);
  });

  it('reads Excel-style exports: BOM, CRLF, semicolons, quoted separators, quotes and line breaks, diacritics', () => {
    const r = ok(importGraph([fixture('edges-excel-semicolon.csv')], { today: TODAY }));
    expect(r.file.nodes[0]!.id).toBe('Bùi Thanh Sơn');
    expect(r.file.edges.map((e) => e.summary)).toEqual([
      'Call; evacuation of citizens, "urgent"',
      'Met in New York,\r\non the sidelines',
      'State visit',
    ]);
    expect(r.file.edges[1]!.date).toBe('2023-09-21');
  });

  it('needs only source, target and date; the summary is written from the kind and parties', () => {
    const r = ok(importGraph([fixture('edges-minimal.csv')], { today: TODAY }));
    expect(r.file.edges.map((e) => [e.kind, e.date, e.summary])).toEqual([
      ['other', '2021', 'Other: A – B'],
      ['other', '2021-06', 'Other: B – C'],
      ['other', '2021-06-30', 'Other: C – A'],
    ]);
    expect(r.file.nodes.every((n) => n.kind === 'institution')).toBe(true);
  });

  it('understands common header names and kind words, and says how it read them', () => {
    const r = ok(importGraph([fixture('edges-synonyms.csv')], { today: TODAY }));
    expect(r.file.edges.map((e) => e.kind)).toEqual(['call', 'restriction']);
    expect(r.notes).toContain('columns read as: "From" → source, "To" → target, "When" → date, "Type" → kind, "Notes" → summary');
  });

  it('asks for a column mapping when the headers say nothing, then uses it', () => {
    const first = importGraph([fixture('edges-unmapped.csv')], { today: TODAY });
    expect(first.status).toBe('needs-mapping');
    if (first.status !== 'needs-mapping') return;
    expect(first.request.columns).toEqual(['Party 1', 'Party 2', 'Held on']);
    expect(first.request.examples['Held on']).toEqual(['2022-03-16', '2022-04-01']);
    const r = ok(importGraph([fixture('edges-unmapped.csv')], { today: TODAY, mapping: { source: 'Party 1', target: 'Party 2', date: 'Held on' } }));
    expect(r.file.edges.map((e) => `${e.source}>${e.target}@${e.date}`)).toEqual(['Hanoi>Kyiv@2022-03-16', 'Hanoi>Moscow@2022-04-01']);
  });

  it('skips bad rows with their place and loads the rest', () => {
    const r = ok(importGraph([fixture('edges-bad-rows.csv')], { today: TODAY }));
    expect(r.file.edges).toHaveLength(12);
    expect(r.skipped.map(formatProblem)).toEqual([
      'row 14, column "date": "2023-13-01" is not a date',
      'row 15, column "date": "03/04/2023" is ambiguous (day first or month first?); write dates as YYYY-MM-DD',
      'row 16: source and target are both "X"; an interaction needs two parties',
      'row 17: has no target',
    ]);
  });

  it('joins a nodes table opened with the edges table, in either order', () => {
    for (const files of [[fixture('edges-basic.csv'), fixture('nodes.csv')], [fixture('nodes.csv'), fixture('edges-basic.csv')]]) {
      const r = ok(importGraph(files, { today: TODAY }));
      expect(r.file.nodes.map((n) => [n.id, n.label, n.kind])).toEqual([
        ['Vietnam', 'Việt Nam', 'country'],
        ['Ukraine', 'Ukraine', 'country'],
        ['Russia', 'Russia', 'country'],
        ['UN General Assembly', 'UN General Assembly', 'institution'],
      ]);
    }
  });

  it('reports a row with too many fields instead of shifting its values', () => {
    const r = ok(importGraph([textFile('t.csv', 'source,target,date\nA,B,2020\nA,C,2020,oops\n')], { today: TODAY }));
    expect(r.skipped.map(formatProblem)).toEqual(['row 3: has 4 fields but the header has 3 (a separator inside a field that is not in quotes?)']);
  });

  it('keeps hostile text as plain text and never makes a javascript: link a source', () => {
    const r = ok(importGraph([fixture('edges-hostile.csv')], { today: TODAY }));
    expect(r.file.nodes[0]!.label).toBe('<img src=x onerror=alert(1)>');
    expect(r.file.edges[0]!.summary).toBe('<b onmouseover=alert(3)>bold</b>');
    expect(r.file.sources.every((s) => s.url === undefined || s.url.startsWith('https:'))).toBe(true);
  });
});

describe('files that cannot be opened each say why', () => {
  const fail = (files: Parameters<typeof importGraph>[0]) => {
    const r = importGraph(files, { today: TODAY });
    if (r.status !== 'failed') throw new Error(`expected failure, got ${r.status}`);
    return r.problems.map(formatProblem);
  };

  it('empty, blank, binary and workbook files', () => {
    expect(fail([{ name: 'a.csv', bytes: new Uint8Array() }])).toEqual(['the file is empty']);
    expect(fail([textFile('a.csv', ' \n\r\n ')])).toEqual(['the file is empty (it holds only blank space)']);
    expect(fail([{ name: 'a.bin', bytes: new Uint8Array([1, 2, 0, 4, 5]) }])).toEqual([
      'the file is binary, not text; Tieline reads JSON, CSV and GEXF text files',
    ]);
    expect(fail([{ name: 'a.xlsx', bytes: new Uint8Array([0x50, 0x4b, 3, 4, 0, 0]) }])[0]).toMatch(/Excel.*save the sheet as CSV/);
  });

  it('a file with no dates', () => {
    expect(fail([fixture('edges-no-dates.csv')])).toEqual([
      'the file has no dates: none of its 2 interactions has a date in the column "date". Tieline places every interaction in time, so each needs one (YYYY-MM-DD, YYYY-MM or YYYY)',
    ]);
  });

  it('a file over the size limit, before reading it', () => {
    const big = { name: 'big.csv', bytes: { length: 70 * 1024 * 1024 } as Uint8Array };
    expect(fail([big])).toEqual(['the file is 70 MB; Tieline opens files up to 64 MB']);
  });

  it('a graph over the size limit', () => {
    const rows = Array.from({ length: 100_001 }, (_, i) => `a${i},b,2020`).join('\n');
    expect(fail([textFile('many.csv', `source,target,date\n${rows}`)])).toEqual([
      'the file has 100,001 interactions; Tieline shows up to 100,000',
    ]);
  });

  it('a quote that never closes, a nodes table alone, HTML and unknown text', () => {
    expect(fail([textFile('q.csv', 'source,target,date\nA,"B,2020\nC,D,2021\n')])).toEqual(['row 2: a quoted field opens here and is never closed (a missing ")']);
    expect(fail([fixture('nodes.csv')])[0]).toMatch(/looks like a nodes table/);
    expect(fail([textFile('p.html', '<!DOCTYPE html><html><body>hi</body></html>')])[0]).toMatch(/web page \(HTML\)/);
    expect(fail([textFile('x.txt', 'just some words')])[0]).toMatch(/could not tell what this file is/);
  });

  it('Windows-1252 text is read, and the notes say so', () => {
    const bytes = new Uint8Array([...new TextEncoder().encode('source,target,date\nS'), 0xe3, ...new TextEncoder().encode('o Paulo,Lisboa,2020\n')]);
    const r = importGraph([{ name: 'w.csv', bytes }], { today: TODAY });
    expect(r.status === 'ok' && r.file.nodes[0]!.label).toBe('São Paulo');
    expect(r.status === 'ok' && r.notes[0]).toMatch(/Windows-1252/);
  });
});
