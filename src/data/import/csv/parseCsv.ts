/**
 * CSV as spreadsheet tools write it (RFC 4180 and its common variants):
 * comma, semicolon or tab separators, detected from the header line; fields
 * in double quotes may hold separators, doubled quotes and line breaks;
 * CRLF, LF or CR line ends. Never throws; a quote left open is a problem
 * with its row.
 */

export interface CsvTable {
  delimiter: string;
  header: string[];
  /** Data rows, blank lines left out. */
  rows: string[][];
  /** The file line each data row starts on (1-based, blank lines counted): `rows[i]` is on line `lines[i]`. */
  lines: number[];
  /** The file line of the header. */
  headerLine: number;
  /** Set when the text ends inside a quoted field: the line where it opened. */
  unclosedQuoteRow?: number;
}

const CANDIDATES = [',', ';', '\t', '|'];

/** The separator used most in the first line outside quotes (comma when tied or none). */
export function detectDelimiter(text: string): string {
  const counts = new Map(CANDIDATES.map((c) => [c, 0]));
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charAt(i);
    if (c === '"') quoted = !quoted;
    else if (!quoted && (c === '\n' || c === '\r')) break;
    else if (!quoted && counts.has(c)) counts.set(c, counts.get(c)! + 1);
  }
  let best = ',';
  for (const c of CANDIDATES) if (counts.get(c)! > counts.get(best)!) best = c;
  return best;
}

/** Splits CSV text into rows of fields. Blank lines are dropped. */
export function parseCsv(text: string, delimiter = detectDelimiter(text)): CsvTable {
  const records: string[][] = [];
  const starts: number[] = [];
  let line = 1;
  let rowLine = 1;
  let row: string[] = [];
  let field = '';
  let quoted = false;
  let quoteRow = 0;
  let i = 0;
  const endRow = () => {
    row.push(field);
    field = '';
    if (!(row.length === 1 && row[0]!.trim() === '')) {
      records.push(row);
      starts.push(rowLine);
    }
    row = [];
  };
  while (i < text.length) {
    const c = text.charAt(i);
    if (quoted) {
      if (c === '"') {
        if (text.charAt(i + 1) === '"') {
          field += '"';
          i += 2;
          continue;
        }
        quoted = false;
        i++;
        continue;
      }
      // A line break inside quotes is part of the field, but still a line of the file.
      if (c === '\n' || (c === '\r' && text.charAt(i + 1) !== '\n')) line++;
      field += c;
      i++;
      continue;
    }
    if (c === '"' && field.trim() === '') {
      quoted = true;
      quoteRow = line;
      field = '';
      i++;
    } else if (c === delimiter) {
      row.push(field);
      field = '';
      i++;
    } else if (c === '\r' || c === '\n') {
      endRow();
      i += c === '\r' && text.charAt(i + 1) === '\n' ? 2 : 1;
      line++;
      rowLine = line;
    } else {
      field += c;
      i++;
    }
  }
  if (field !== '' || row.length > 0 || quoted) endRow();
  const [header = [], ...rows] = records;
  const table: CsvTable = { delimiter, header: header.map((h) => h.trim()), rows, lines: starts.slice(1), headerLine: starts[0] ?? 1 };
  if (quoted) table.unclosedQuoteRow = quoteRow;
  return table;
}
