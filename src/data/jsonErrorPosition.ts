/**
 * Finds where JSON text goes wrong. `JSON.parse` only sometimes names the
 * offset in its message, and the wording differs between engines, so this
 * scans the text itself (iteratively: deep nesting cannot overflow the stack).
 */

type Step = { ok: true; next: number } | { ok: false; at: number };

const WS = new Set([' ', '\t', '\n', '\r']);
const ESCAPES = new Set(['"', '\\', '/', 'b', 'f', 'n', 'r', 't']);
const HEX = /^[0-9a-fA-F]$/;

function isDigit(c: string | undefined): boolean {
  return c !== undefined && c >= '0' && c <= '9';
}

function scanString(text: string, start: number): Step {
  let i = start + 1;
  while (i < text.length) {
    const c = text.charAt(i);
    if (c === '"') return { ok: true, next: i + 1 };
    if (c.charCodeAt(0) < 0x20) return { ok: false, at: i };
    if (c === '\\') {
      const e = text.charAt(i + 1);
      if (e === 'u') {
        for (let k = 2; k < 6; k++) {
          if (!HEX.test(text.charAt(i + k))) return { ok: false, at: Math.min(i + k, text.length) };
        }
        i += 6;
        continue;
      }
      if (!ESCAPES.has(e)) return { ok: false, at: Math.min(i + 1, text.length) };
      i += 2;
      continue;
    }
    i++;
  }
  return { ok: false, at: text.length };
}

function scanDigits(text: string, i: number): Step {
  if (!isDigit(text[i])) return { ok: false, at: i };
  while (isDigit(text[i])) i++;
  return { ok: true, next: i };
}

function scanNumber(text: string, start: number): Step {
  let i = start;
  if (text[i] === '-') i++;
  if (text[i] === '0') i++;
  else {
    const whole = scanDigits(text, i);
    if (!whole.ok) return whole;
    i = whole.next;
  }
  if (text[i] === '.') {
    const frac = scanDigits(text, i + 1);
    if (!frac.ok) return frac;
    i = frac.next;
  }
  if (text[i] === 'e' || text[i] === 'E') {
    i++;
    if (text[i] === '+' || text[i] === '-') i++;
    const exp = scanDigits(text, i);
    if (!exp.ok) return exp;
    i = exp.next;
  }
  return { ok: true, next: i };
}

function scanWord(text: string, start: number, word: string): Step {
  for (let k = 0; k < word.length; k++) {
    if (text[start + k] !== word[k]) return { ok: false, at: Math.min(start + k, text.length) };
  }
  return { ok: true, next: start + word.length };
}

function scanScalar(text: string, i: number): Step {
  const c = text.charAt(i);
  if (c === '"') return scanString(text, i);
  if (c === '-' || isDigit(c)) return scanNumber(text, i);
  if (c === 't') return scanWord(text, i, 'true');
  if (c === 'f') return scanWord(text, i, 'false');
  if (c === 'n') return scanWord(text, i, 'null');
  return { ok: false, at: i };
}

type Expect = 'value' | 'valueOrClose' | 'key' | 'keyOrClose' | 'colon' | 'commaOrClose';

/**
 * Offset of the first character that makes `text` invalid JSON, or
 * `text.length` when the text ends too early. Returns -1 for valid JSON.
 */
export function jsonErrorOffset(text: string): number {
  const open: string[] = [];
  let expect: Expect = 'value';
  let i = 0;
  for (;;) {
    while (i < text.length && WS.has(text.charAt(i))) i++;
    if (expect === 'commaOrClose' && open.length === 0) return i < text.length ? i : -1;
    if (i >= text.length) return text.length;
    const c = text.charAt(i);
    if (expect === 'commaOrClose') {
      const top = open[open.length - 1];
      if (c === ',') expect = top === '{' ? 'key' : 'value';
      else if ((c === '}' && top === '{') || (c === ']' && top === '[')) open.pop();
      else return i;
      i++;
      continue;
    }
    if (expect === 'colon') {
      if (c !== ':') return i;
      expect = 'value';
      i++;
      continue;
    }
    if ((expect === 'keyOrClose' && c === '}') || (expect === 'valueOrClose' && c === ']')) {
      open.pop();
      expect = 'commaOrClose';
      i++;
      continue;
    }
    if (expect === 'key' || expect === 'keyOrClose') {
      if (c !== '"') return i;
      const key = scanString(text, i);
      if (!key.ok) return key.at;
      i = key.next;
      expect = 'colon';
      continue;
    }
    if (c === '{' || c === '[') {
      open.push(c);
      expect = c === '{' ? 'keyOrClose' : 'valueOrClose';
      i++;
      continue;
    }
    const scalar = scanScalar(text, i);
    if (!scalar.ok) return scalar.at;
    i = scalar.next;
    expect = 'commaOrClose';
  }
}
