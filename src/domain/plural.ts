/** One formatter for every count: `toLocaleString` builds a new one per call (a replay frame formats several). */
const COUNT = new Intl.NumberFormat('en');

/** A count as people read it: "1,204". */
export function formatCount(n: number): string {
  // Whole numbers below 1,000 need no grouping: skip the formatter (the status line formats on every replay frame).
  return Number.isInteger(n) && n > -1000 && n < 1000 ? String(n) : COUNT.format(n);
}

/** "1 interaction", "1,204 interactions": a count with its noun. */
export function plural(n: number, one: string, many = `${one}s`): string {
  return `${formatCount(n)} ${n === 1 ? one : many}`;
}
