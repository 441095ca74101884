// Where the main thread's time goes until the first drawn graph, for
// bench/floor.mjs --profile: a CPU profile of a page's load (readable builds,
// so function names are the libraries' own), its samples put in one
// category each, first matching rule wins. Categories are chosen so the
// plain-cytoscape floor and the app can be read side by side.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { VIEWPORT, benchDir, binOf, distDir, repoRoot } from './harness.mjs';

/** Builds the app (unminified) into bench/dist/app-readable and the bench pages into bench/dist/pages-readable. */
export function buildReadable() {
  const vite = binOf('vite', 'bin/vite.js');
  const opts = { cwd: repoRoot, stdio: ['ignore', 'inherit', 'inherit'] };
  const app = spawnSync(process.execPath, [vite, 'build', '--logLevel', 'warn', '--minify', 'false', '--outDir', join(distDir, 'app-readable'), '--emptyOutDir'], opts);
  const pages = spawnSync(process.execPath, [vite, 'build', '--config', join(benchDir, 'vite.config.ts')], { ...opts, env: { ...process.env, BENCH_READABLE: '1' } });
  if (app.status !== 0 || pages.status !== 0) throw new Error('readable build failed');
}

/** A CPU profile from navigation until the page sets `mark` (fresh context: nothing cached). */
export async function profileLoad(browser, url, mark) {
  const context = await browser.newContext({ viewport: VIEWPORT });
  try {
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
    await cdp.send('Profiler.start');
    await page.goto(url);
    await page.waitForFunction((m) => performance.getEntriesByName(m).length > 0, mark, { polling: 20, timeout: 60_000 });
    const { profile } = await cdp.send('Profiler.stop');
    return profile;
  } finally {
    await context.close();
  }
}

const has = (names, re) => names.some((n) => re.test(n));
/** [category, test(names, urls)], names and urls from the sampled frame to the root. */
const RULES = [
  ['cytoscape: first frames (drawing, element geometry)', (n) => n.includes('renderFn')],
  ['cytoscape: create, add elements, style, opening fit', (n, u) => u.some((x) => x.includes('cytoscape'))],
  ['validating the file (zod schema, checks)', (n) => n.includes('parseGraphText')],
  ['the model, the store and the view engine', (n) => has(n, /^(toModel|setGraph|createTielineStore)$/)],
  ['React render and commit (components, their effects, DOM)', (n) => has(n, /^(performWorkOnRoot|performSyncWorkOnRoot|flushPassiveEffects|flushPendingEffects|performWorkUntilDeadline)$/)],
  ['garbage collection', (n) => n[0] === '(garbage collector)'],
  ['idle (waiting for the network or a frame)', (n) => n[0] === '(idle)'],
  ['native: compiling, style, layout, paint', (n) => n[0] === '(program)'],
  ['other script (modules running, timers, events)', () => true],
];
export const CATEGORIES = RULES.map(([name]) => name);

/** Milliseconds per category in one profile. */
export function categorize(profile) {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const out = Object.fromEntries(CATEGORIES.map((c) => [c, 0]));
  profile.samples.forEach((id, i) => {
    const names = [];
    const urls = [];
    for (let k = id; k !== undefined; k = parent.get(k)) {
      const f = byId.get(k).callFrame;
      names.push(f.functionName || '(anonymous)');
      urls.push(f.url);
    }
    const [name] = RULES.find(([, test]) => test(names, urls));
    out[name] += (profile.timeDeltas[i] ?? 0) / 1000;
  });
  return out;
}
