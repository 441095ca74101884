/** One formatter for every count: `toLocaleString` builds a new one per call (a replay frame formats several). */
const COUNT = new Intl.NumberFormat('en');

/** "1 interaction", "1,204 interactions": a count with its noun. */
export function plural(n: number, one: string, many = `${one}s`): string {
  return `${COUNT.format(n)} ${n === 1 ? one : many}`;
}
