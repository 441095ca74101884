import { describe, expect, it } from 'vitest';
import { textFile, TODAY } from '../../../tests/fixtures/importFixtures';
import { formatProblem } from '../problems';
import { parseCsv } from './csv/parseCsv';
import { importGraph } from './importGraph';
import { fileSizeProblem } from './limits';

const run = (text: string) => importGraph([textFile('e.csv', text)], { today: TODAY });

describe('import messages point to the right place', () => {
  it('CSV row numbers are file line numbers: blank lines and line breaks inside quotes count', () => {
    const text = 'source,target,date\n\nA,B,2021\n\n\nB,C,"not\na date"\nC,A,never\n';
    const r = run(text);
    if (r.status !== 'ok') throw new Error(JSON.stringify(r));
    expect(r.skipped.map(formatProblem)).toEqual(['row 6, column "date": "not\\na date" is not a date', 'row 8, column "date": "never" is not a date']);
    expect(parseCsv('\n\na,b\n1,2\n').headerLine).toBe(3);
  });

  it('a quote never closed is reported on the line it opens', () => {
    const r = run('source,target,date\n\nA,B,2021\nB,"C,2022\nC,A,2023\n');
    expect(r.status === 'failed' && r.problems.map(formatProblem)).toEqual(['row 4: a quoted field opens here and is never closed (a missing ")']);
  });

  it('the mapping question names the columns it found, not "are not named source, target, date"', () => {
    const r = run('source,target,when_it_happened\nA,B,2021\n');
    expect(r.status === 'needs-mapping' && r.request.reason).toBe(
      'no column is named like the date ("date" or a usual synonym); found "source" as the source and "target" as the target: say which column holds the date',
    );
    const none = run('x,y,z\nA,B,2021\n');
    expect(none.status === 'needs-mapping' && none.request.reason).toBe(
      'no column is named like the source, target and date ("source", "target", "date" or a usual synonym): say which column is which',
    );
  });

  it('a file just over 64 MB says its real size, not "64 MB; up to 64 MB"', () => {
    expect(fileSizeProblem(64 * 1024 * 1024 + 20_000)).toBe('the file is 67,128,864 bytes; Tieline opens files up to 64 MB (67,108,864 bytes)');
    expect(fileSizeProblem(64.2 * 1024 * 1024)).toBe('the file is 64.2 MB; Tieline opens files up to 64 MB');
  });

  it('plurals are right: "its only interaction"', () => {
    const one = run('source,target,date\nA,B,\n');
    expect(one.status === 'failed' && one.problems[0]!.message).toMatch(/^the file has no dates: its only interaction has no date in the column "date"/);
  });
});
