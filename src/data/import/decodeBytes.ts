/**
 * Bytes to text, with a message of its own for each file that is not text:
 * empty, too large, a spreadsheet workbook or other binary. UTF-8 with or
 * without a byte-order mark; UTF-16 when it has one (Excel's "Unicode text");
 * text that is not valid UTF-8 is read as Windows-1252, the other encoding
 * spreadsheet tools write, and says so.
 */
import { fileSizeProblem } from './limits';

export type Decoded = { ok: true; text: string; notes: string[] } | { ok: false; message: string };

const startsWith = (bytes: Uint8Array, ...sig: number[]) => sig.every((b, i) => bytes[i] === b);

/** Names a known binary format from its first bytes, or null. */
function binaryKind(bytes: Uint8Array): string | null {
  if (startsWith(bytes, 0x50, 0x4b, 0x03, 0x04)) {
    return 'a ZIP archive or an Excel/LibreOffice workbook (.xlsx, .ods); save the sheet as CSV (UTF-8) and open that';
  }
  if (startsWith(bytes, 0xd0, 0xcf, 0x11, 0xe0)) return 'an old Excel workbook (.xls); save the sheet as CSV (UTF-8) and open that';
  if (startsWith(bytes, 0x25, 0x50, 0x44, 0x46)) return 'a PDF document';
  if (startsWith(bytes, 0x1f, 0x8b)) return 'a gzip archive; unpack it first';
  if (startsWith(bytes, 0x89, 0x50, 0x4e, 0x47) || startsWith(bytes, 0xff, 0xd8, 0xff) || startsWith(bytes, 0x47, 0x49, 0x46)) {
    return 'an image';
  }
  return null;
}

/** True when the first few kilobytes hold NUL or many control bytes: not a text file. */
function looksBinary(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, 8192);
  let control = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i]!;
    if (b === 0) return true;
    if (b < 0x09 || (b > 0x0d && b < 0x20)) control++;
  }
  return control > n / 20;
}

/** Decodes a file's bytes to text, or says why it cannot be read as text. */
export function decodeBytes(bytes: Uint8Array): Decoded {
  const tooBig = fileSizeProblem(bytes.length);
  if (tooBig) return { ok: false, message: tooBig };
  if (bytes.length === 0) return { ok: false, message: 'the file is empty' };
  if (startsWith(bytes, 0xff, 0xfe) || startsWith(bytes, 0xfe, 0xff)) {
    const text = new TextDecoder(bytes[0] === 0xff ? 'utf-16le' : 'utf-16be').decode(bytes.subarray(2));
    return finish(text, ['the file is UTF-16 text']);
  }
  const kind = binaryKind(bytes);
  if (kind) return { ok: false, message: `the file is ${kind}, not a text file Tieline reads` };
  if (looksBinary(bytes)) return { ok: false, message: 'the file is binary, not text; Tieline reads JSON, CSV and GEXF text files' };
  const body = startsWith(bytes, 0xef, 0xbb, 0xbf) ? bytes.subarray(3) : bytes;
  try {
    return finish(new TextDecoder('utf-8', { fatal: true }).decode(body), []);
  } catch {
    const text = new TextDecoder('windows-1252').decode(body);
    return finish(text, ['the file is not UTF-8; it was read as Windows-1252 (Western European), check accented names']);
  }
}

function finish(text: string, notes: string[]): Decoded {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  if (body.trim() === '') return { ok: false, message: 'the file is empty (it holds only blank space)' };
  return { ok: true, text: body, notes };
}
