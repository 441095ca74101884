import { describe, expect, it } from 'vitest';
import { detectDelimiter, parseCsv } from './csv/parseCsv';

describe('parseCsv', () => {
  it('reads quoted fields holding separators, doubled quotes and line breaks', () => {
    const t = parseCsv('a;b\r\n"x; y";"say ""hi"""\r\n"two\r\nlines";z\r\n');
    expect(t.delimiter).toBe(';');
    expect(t.header).toEqual(['a', 'b']);
    expect(t.rows).toEqual([
      ['x; y', 'say "hi"'],
      ['two\r\nlines', 'z'],
    ]);
  });

  it('detects comma, semicolon and tab from the header line, ignoring quoted ones', () => {
    expect(detectDelimiter('a,b,c\n')).toBe(',');
    expect(detectDelimiter('"a,b";c;d\n')).toBe(';');
    expect(detectDelimiter('a\tb\n')).toBe('\t');
    expect(detectDelimiter('single')).toBe(',');
  });

  it('drops blank lines, keeps a last line without a line end, and handles a lone CR', () => {
    expect(parseCsv('a,b\n\n1,2\r3,4').rows).toEqual([
      ['1', '2'],
      ['3', '4'],
    ]);
  });

  it('says where a quote opens and never closes', () => {
    expect(parseCsv('a,b\n1,2\n"open,3\n').unclosedQuoteRow).toBe(3);
  });
});
