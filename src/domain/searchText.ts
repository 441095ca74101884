/**
 * Words for search: normalising, splitting, a light stemmer, a few related
 * words, and edit distance for "nearest matches". Pure and language-light:
 * the data is English with Vietnamese, Russian and Ukrainian names.
 */

// eslint-disable-next-line no-control-regex
const NON_ASCII = /[^\x00-\x7f]/;

/** Lower case without diacritics: "Bùi Thanh Sơn" → "bui thanh son", "Đặng" → "dang". */
export function normalizeText(text: string): string {
  // Plain ASCII needs no decomposition: the common case, and the cheap one.
  if (!NON_ASCII.test(text)) return text.toLowerCase().replace(/\s+/g, ' ').trim();
  return text
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

/** The words of a text, normalised: letters and digits, apostrophes dropped ("zelenskyy's" → "zelenskyys"). */
export function tokenize(text: string): string[] {
  return normalizeText(text)
    .replace(/['’]/g, '')
    .split(/[^\p{L}\p{N}]+/u)
    .filter((t) => t.length > 0);
}

// Longest first, so "ations" wins over "s". Kept short on purpose: names must survive it.
const SUFFIXES = ['ations', 'ation', 'ating', 'ated', 'ates', 'ate', 'ions', 'ion', 'ees', 'ee', 'ing', 'ers', 'er', 'ed', 'es', 'at', 's'];

/**
 * A crude stem, so related forms meet: evacuation, evacuated, evacuees and the
 * typed prefix "evacuat" all give "evacu". Words under five letters, and
 * stems that would fall under four, are kept whole.
 */
export function stem(word: string): string {
  if (word.length < 5 || /\d/.test(word)) return word;
  for (const s of SUFFIXES) {
    if (word.endsWith(s) && word.length - s.length >= 4) return word.slice(0, -s.length);
  }
  return word;
}

/** Words that ask for the same thing in these articles (a question's word → words the data uses). */
export const RELATED_WORDS: Readonly<Record<string, readonly string[]>> = {
  left: ['fled', 'evacuation', 'repatriation'],
  leave: ['fled', 'evacuation', 'repatriation'],
  fled: ['evacuation', 'repatriation'],
  flee: ['fled', 'evacuation'],
  flight: ['repatriation'],
  flights: ['repatriation'],
  phone: ['call'],
  called: ['call'],
  talks: ['call', 'meeting'],
  met: ['meeting'],
  meet: ['meeting'],
  travelled: ['visit'],
  trip: ['visit'],
  abstention: ['abstained'],
  abstain: ['abstained'],
  voted: ['vote'],
  ban: ['restriction', 'barred'],
  banned: ['restriction', 'barred'],
  un: ['united', 'nations', 'unga'],
  russian: ['russia'],
  ukrainian: ['ukraine'],
  vietnamese: ['vietnam'],
  soviet: ['soviet', 'ussr'],
  wef: ['world', 'economic', 'forum'],
};

/** Words that only join a question ("what did ... in ..."): they may match, but a miss on them does not sink a result. */
export const STOP_WORDS: ReadonlySet<string> = new Set([
  'a', 'an', 'the', 'of', 'in', 'on', 'at', 'and', 'or', 'with', 'for', 'did', 'do', 'does', 'what', 'when', 'where', 'who',
  'whom', 'how', 'by', 'from', 'is', 'was', 'were', 'between', 'about', 'any',
]);

/** Levenshtein distance, giving up (returning max + 1) once it must exceed `max`. */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let prev = Array.from({ length: b.length + 1 }, (_, k) => k);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const v = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
      cur.push(v);
      if (v < rowMin) rowMin = v;
    }
    if (rowMin > max) return max + 1;
    prev = cur;
  }
  return prev[b.length]!;
}

/** Typos forgiven for a word of this length: none under 5 letters, one up to 7, two from 8. */
export function typoBudget(length: number): number {
  return length < 5 ? 0 : length < 8 ? 1 : 2;
}

/**
 * How well a typed word matches a word of the data (0 = not at all):
 * 1 the same word, 0.8 a prefix, 0.7 the same stem, 0.4 a typo away.
 */
export function wordMatch(typed: string, word: string, typos = true): number {
  if (typed === word) return 1;
  if (word.startsWith(typed) && (typed.length >= 2 || /\d/.test(typed))) return 0.8;
  const st = stem(typed);
  if (st.length >= 4 && stem(word) === st) return 0.7;
  if (st.length >= 5 && word.startsWith(st)) return 0.7;
  const budget = typoBudget(typed.length);
  if (typos && budget > 0 && !/\d/.test(typed) && editDistance(typed, word, budget) <= budget) return 0.4;
  return 0;
}
