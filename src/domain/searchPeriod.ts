/**
 * Dates and periods typed into search: "2024", "March 2022", "Mar 2022",
 * "16 March 2022", "March 16, 2022", "2022-03", "2022-03-16", "Q3 2024".
 */
import { dayFromParts, daysInMonth, formatFuzzy, parseFuzzyDate } from './dates';
import { normalizeText } from './searchText';

/** A period of days with its label as a person would write it. */
export interface Period {
  first: number;
  last: number;
  /** "2024", "Mar 2022", "16 Mar 2022", "Q3 2024". */
  label: string;
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const MONTH = '(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)';
const YEAR = '((?:1[5-9]|2[0-9])\\d\\d)';

const monthOf = (name: string) => MONTHS.indexOf(name.slice(0, 3)) + 1;

function dayPeriod(year: number, month: number, day: number): Period | null {
  if (day < 1 || day > daysInMonth(year, month)) return null;
  const d = dayFromParts(year, month, day);
  const iso = `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  return { first: d, last: d, label: formatFuzzy(parseFuzzyDate(iso)!) };
}

function monthPeriod(year: number, month: number): Period {
  const date = parseFuzzyDate(`${year}-${String(month).padStart(2, '0')}`)!;
  return { first: date.first, last: date.last, label: formatFuzzy(date) };
}

type Rule = [RegExp, (m: RegExpExecArray) => Period | null];

// Most specific first: "16 March 2022" must not be read as "March 2022" plus a stray 16.
const RULES: Rule[] = [
  [new RegExp(`\\b${YEAR}-(\\d{2})-(\\d{2})\\b`), (m) => (Number(m[2]) >= 1 && Number(m[2]) <= 12 ? dayPeriod(Number(m[1]), Number(m[2]), Number(m[3])) : null)],
  [new RegExp(`\\b${YEAR}-(\\d{2})\\b`), (m) => (Number(m[2]) >= 1 && Number(m[2]) <= 12 ? monthPeriod(Number(m[1]), Number(m[2])) : null)],
  [new RegExp(`\\b(\\d{1,2}) ${MONTH},? ${YEAR}\\b`), (m) => dayPeriod(Number(m[3]), monthOf(m[2]!), Number(m[1]))],
  [new RegExp(`\\b${MONTH} (\\d{1,2}),? ${YEAR}\\b`), (m) => dayPeriod(Number(m[3]), monthOf(m[1]!), Number(m[2]))],
  [new RegExp(`\\b${MONTH},? ${YEAR}\\b`), (m) => monthPeriod(Number(m[2]), monthOf(m[1]!))],
  [
    new RegExp(`\\bq([1-4]) ${YEAR}\\b`),
    (m) => {
      const q = Number(m[1]);
      const year = Number(m[2]);
      return { first: dayFromParts(year, q * 3 - 2, 1), last: dayFromParts(year, q * 3, daysInMonth(year, q * 3)), label: `Q${q} ${year}` };
    },
  ],
  [new RegExp(`\\b${YEAR}\\b`), (m) => ({ first: dayFromParts(Number(m[1]), 1, 1), last: dayFromParts(Number(m[1]), 12, 31), label: m[1]! })],
];

/**
 * The first date or period in a query, and the query without it. A query
 * with no date gives `period: null` and the normalised query back.
 */
export function parsePeriod(query: string): { period: Period | null; rest: string } {
  const q = normalizeText(query).replace(/(\d)(st|nd|rd|th)\b/g, '$1');
  for (const [re, make] of RULES) {
    const m = re.exec(q);
    if (!m) continue;
    const period = make(m);
    if (!period) continue;
    return { period, rest: (q.slice(0, m.index) + ' ' + q.slice(m.index + m[0].length)).replace(/\s+/g, ' ').trim() };
  }
  return { period: null, rest: q };
}

/** Whether a date's whole period lies inside `p` (a fact known only to 2024 is not "in March 2024"). */
export function within(date: { first: number; last: number }, p: { first: number; last: number }): boolean {
  return date.first >= p.first && date.last <= p.last;
}
