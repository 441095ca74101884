/** One formatter for every count: `toLocaleString` builds a new one per call (a replay frame formats several). */
const COUNT = new Intl.NumberFormat('en');

/** "1 interaction", "1,204 interactions": a count with its noun. */
export function plural(n: number, one: string, many = `${one}s`): string {
  // Whole numbers below 1,000 need no grouping: skip the formatter (the status line formats on every replay frame).
  const count = Number.isInteger(n) && n > -1000 && n < 1000 ? String(n) : COUNT.format(n);
  return `${count} ${n === 1 ? one : many}`;
}
