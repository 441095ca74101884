import { describe, expect, it } from 'vitest';
import { fixture, textFile, TODAY } from '../../../tests/fixtures/importFixtures';
import { formatProblem } from '../problems';
import { readGephiTimes } from './gephiTimes';
import { importGraph } from './importGraph';
import type { ImportResult } from './importTypes';

function ok(result: ImportResult) {
  if (result.status !== 'ok') throw new Error(`expected ok, got ${JSON.stringify(result).slice(0, 600)}`);
  return result;
}
const failure = (r: ImportResult) => (r.status === 'failed' ? r.problems.map(formatProblem) : [r.status]);
const gexf = (graphAttrs: string, edges: string) =>
  `<gexf version="1.3"><graph mode="dynamic" ${graphAttrs}><nodes><node id="a"/><node id="b"/></nodes><edges>${edges}</edges></graph></gexf>`;

describe("Gephi's own formats", () => {
  it('reads time sets as Gephi writes them: intervals, timestamps, open bounds, Infinity', () => {
    expect(readGephiTimes('<[2016-02-03, 2016-02-05]>')).toEqual([{ date: '2016-02-03', end: '2016-02-05' }]);
    expect(readGephiTimes('<[2016-02-03, 2016-02-05); (2016-03-01, 2016-03-04]>')).toEqual([
      { date: '2016-02-03', end: '2016-02-05' },
      { date: '2016-03-01', end: '2016-03-04' },
    ]);
    expect(readGephiTimes('<[2016-02-03, 2016-03-01, 2016-04-10]>')).toEqual([{ date: '2016-02-03' }, { date: '2016-03-01' }, { date: '2016-04-10' }]);
    expect(readGephiTimes('<[2016-02-03, 2016-03-01]>', true)).toEqual([{ date: '2016-02-03' }, { date: '2016-03-01' }]);
    expect(readGephiTimes('<[2017-01-02, Infinity]>')).toEqual([{ date: '2017-01-02' }]);
    expect(readGephiTimes('2016-02-03')).toBeNull();
  });

  it('opens a Gephi edge table with a timeset column: each interval an interaction spanning it', () => {
    const r = ok(importGraph([fixture('gephi-edges-timeset.csv')], { today: TODAY }));
    expect(r.file.edges.map((e) => [e.source, e.target, e.date, e.end ?? null, e.kind])).toEqual([
      ['vn', 'ua', '2016-02-03', '2016-02-05', 'other'],
      ['vn', 'ua', '2016-03-01', null, 'other'],
      ['vn', 'ru', '2016-04-10', '2016-04-12', 'other'],
      ['ru', 'ua', '2017-01-02', null, 'other'],
    ]);
    expect(r.skipped).toEqual([]);
    expect(r.notes).toContain('"timeset" read as Gephi time sets: each interval or timestamp listed is an interaction of its own (4 from 3 rows)');
    expect(r.notes).toContain('column "Type" holds edge directions (Directed, Undirected), not kinds of interaction; not used');
  });

  it('a timestamp-list column gives one interaction per timestamp', () => {
    const r = ok(importGraph([textFile('e.csv', 'Source,Target,Timestamps\na,b,"<[2016-02-03, 2016-03-01]>"\n')], { today: TODAY }));
    expect(r.file.edges.map((e) => [e.date, e.end ?? null])).toEqual([
      ['2016-02-03', null],
      ['2016-03-01', null],
    ]);
  });

  it('a GEXF edge with only an end runs from the start of the graph\'s time', () => {
    const withStart = ok(importGraph([textFile('g.gexf', gexf('start="2015-01-01"', '<edge id="x" source="a" target="b" end="2016-05-01"/>'))], { today: TODAY }));
    expect(withStart.file.edges.map((e) => [e.date, e.end])).toEqual([['2015-01-01', '2016-05-01']]);
    expect(withStart.notes).toContain('1 edge has only an end; read as running from the graph\'s "start", 2015-01-01');
    const earliest = ok(
      importGraph([textFile('g.gexf', gexf('', '<edge id="x" source="a" target="b" end="2016-05-01"/><edge id="y" source="b" target="a" start="2014-03"/>'))], { today: TODAY }),
    );
    expect(earliest.file.edges.map((e) => [e.id, e.date, e.end ?? null])).toEqual([
      ['x', '2014-03', '2016-05-01'],
      ['y', '2014-03', null],
    ]);
  });

  it('plain-number times get one clear message, not one per interaction', () => {
    const edges = Array.from({ length: 300 }, (_, i) => `<edge source="a" target="b" start="${i % 10}" end="${(i % 10) + 0.5}"/>`).join('');
    const problems = failure(importGraph([textFile('g.gexf', gexf('timeformat="double"', edges))], { today: TODAY }));
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/^the file's times are plain numbers \("0", "1", "2", in its spells, start attributes or a date attribute\), such as steps or doubles, not dates/);
    expect(failure(importGraph([textFile('e.csv', 'source,target,timeset\na,b,"<[1.0, 2.0]>"\nb,a,"<[3.0, 4.5]>"\n')], { today: TODAY }))[0]).toMatch(/plain numbers \("1.0", "3.0", in the column "timeset"\)/);
  });

  it('spreadsheet day numbers get one message saying so', () => {
    const problems = failure(importGraph([textFile('e.csv', 'source,target,date\na,b,45000\nb,a,45001\na,b,45002\n')], { today: TODAY }));
    expect(problems).toEqual(['the file\'s dates are spreadsheet day numbers ("45000", "45001", "45002", in the column "date"), not dates; format the column as dates (YYYY-MM-DD) before saving']);
  });

  it('a duplicated GEXF edge id is renamed with a note', () => {
    const r = ok(importGraph([textFile('g.gexf', gexf('', '<edge id="e1" source="a" target="b" start="2020"/><edge id="e1" source="b" target="a" start="2021"/>'))], { today: TODAY }));
    expect(r.file.edges.map((e) => e.id)).toEqual(['e1', 'e1-2']);
    expect(r.notes).toContain('1 edge id was used more than once; renamed: "e1" → "e1-2"');
  });
});
