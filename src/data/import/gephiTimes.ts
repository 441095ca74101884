/**
 * Gephi's own time cells, as its Data Laboratory writes them in an edge
 * table's `timeset` column: interval lists `<[2016-02-03, 2016-02-05]; [2016-03-01, 2016-03-04]>`
 * (Gephi 0.8 also writes open bounds: `<[2016-02-03, 2016-02-05)>`) and
 * timestamp lists `<[2016-02-03, 2016-03-01, 2016-04-10]>`. Each interval
 * becomes one interaction spanning it; each timestamp one interaction on that
 * day. `Infinity` as an end leaves the interval open (ongoing).
 */

export interface GephiPeriod {
  date: string;
  end?: string;
}

const SET = /^<\s*(.*?)\s*>$/s;
const GROUP = /^[[(]\s*(.*?)\s*[\])]$/s;

/**
 * The periods a Gephi time cell lists, or null when the cell is not one.
 * `timestamps` says the column holds timestamps, so `<[a, b]>` is two
 * timestamps rather than one interval.
 */
export function readGephiTimes(raw: unknown, timestamps = false): GephiPeriod[] | null {
  if (typeof raw !== 'string') return null;
  const set = SET.exec(raw.trim());
  if (!set) return null;
  const groups = set[1]!.split(/\s*;\s*/).filter((g) => g !== '');
  if (groups.length === 0) return null;
  const lists: string[][] = [];
  for (const g of groups) {
    const m = GROUP.exec(g);
    if (!m) return null;
    lists.push(m[1]!.split(/\s*,\s*/).map((v) => v.replace(/^["']|["']$/g, '')));
  }
  const intervals = lists.length > 1 || (!timestamps && lists[0]!.length === 2);
  if (intervals) {
    if (lists.some((l) => l.length !== 2)) return null;
    return lists.map(([date, end]) => (/^\+?infinity$/i.test(end!) ? { date: date! } : { date: date!, end: end! }));
  }
  return lists.flat().map((date) => ({ date }));
}
