/**
 * Which format a file is, from its content: the file name is only a hint
 * (spreadsheet exports are often misnamed, and URLs have no extension).
 */
import { detectDelimiter } from './csv/parseCsv';

export type Detected =
  | { kind: 'json' }
  | { kind: 'gexf' }
  | { kind: 'csv' }
  | { kind: 'unknown'; message: string };

/** Looks at the start of the text to tell JSON, GEXF and CSV apart. */
export function detectFormat(text: string): Detected {
  const start = text.trimStart();
  const first = start.charAt(0);
  if (first === '{' || first === '[') return { kind: 'json' };
  if (first === '<') {
    const head = start.slice(0, 4096);
    if (/<(?:[\w-]+:)?gexf[\s>]/.test(head)) return { kind: 'gexf' };
    if (/<(!doctype\s+html|html[\s>])/i.test(head)) {
      return { kind: 'unknown', message: 'the file is a web page (HTML), not data; if a link led here, the address may point to a page about the file rather than the file itself' };
    }
    if (/<(?:[\w-]+:)?graphml[\s>]/.test(head)) {
      return { kind: 'unknown', message: 'the file is GraphML, which Tieline does not read; export GEXF (from Gephi) or CSV instead' };
    }
    return { kind: 'unknown', message: 'the file is XML but not GEXF; Tieline reads GEXF, Tieline or Cytoscape.js JSON, and CSV' };
  }
  const firstLine = start.split(/\r\n|\r|\n/, 1)[0] ?? '';
  if (firstLine.includes(detectDelimiter(firstLine))) return { kind: 'csv' };
  return {
    kind: 'unknown',
    message: 'Tieline could not tell what this file is: it reads Tieline JSON, Cytoscape.js JSON, CSV tables (with a header row) and GEXF',
  };
}
