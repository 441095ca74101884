// Pathological files for the "never stuck" figures: legal files (within the
// limits) that are hard on the page. Each is opened in the production app
// with `?data=`, as a person's link would, and measured: the longest
// main-thread task after the progress panel shows (PerformanceObserver
// "longtask"), and navigation to the first drawn graph.
//
//   node bench/pathological.mjs [--file=pair50000|wide100000] [--app=bench/dist/app] [--limit=600]
//
// Used by bench/run.mjs (`--sizes=pair50000`) and on its own to compare two builds.
import { mkdirSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { tsImport } from 'tsx/esm/api';

// The dense file's generator is shared with tests/browser/largeGraph.spec.ts (TypeScript, loaded as harness.mjs loads the app's).
const { denseCsv } = await tsImport('../tests/fixtures/denseCsv.ts', import.meta.url);

const benchDir = dirname(fileURLToPath(import.meta.url));

/** 50,000 rows all between the same two actors (one a day from 1900 on). */
function pairCsv(rows) {
  const lines = ['source,target,date,kind'];
  const first = Date.UTC(1900, 0, 1);
  for (let i = 0; i < rows; i++) lines.push(`Alpha,Beta,${new Date(first + i * 86_400_000).toISOString().slice(0, 10)},meeting`);
  return lines.join('\n') + '\n';
}

export const PATHOLOGICAL = {
  pair50000: { name: 'pair-50000.csv', text: () => pairCsv(50_000), what: '50,000 CSV rows between the same two actors' },
  wide100000: { name: 'wide-100000.csv', text: () => denseCsv(100_000, 2_000), what: '100,000 CSV rows among 2,000 actors (the interaction limit)' },
};

/** Writes a pathological file into `dir`; returns its file name. */
export function writePathological(key, dir) {
  const spec = PATHOLOGICAL[key];
  if (!spec) throw new Error(`Unknown pathological file ${key}`);
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, spec.name), spec.text());
  return spec.name;
}

/**
 * Opens `graphPath` (relative to the served root) in the app at `appPath` and
 * returns { navMs, progressMs, longestTaskMs, longestAfterProgressMs, tasksOver1s, errors }.
 */
export async function measureLongTasks(browser, baseUrl, appPath, graphPath, limitMs) {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(`page error: ${e.message}`));
  await page.addInitScript(() => {
    const seen = (window.__patho = { tasks: [], progressMs: null });
    new PerformanceObserver((list) => {
      for (const t of list.getEntries()) seen.tasks.push({ start: t.startTime, duration: t.duration });
    }).observe({ type: 'longtask', buffered: true });
    new MutationObserver(() => {
      if (seen.progressMs === null && document.querySelector('.import-panel[role="status"]')) seen.progressMs = performance.now();
    }).observe(document, { subtree: true, childList: true });
  });
  try {
    const url = `${baseUrl}${appPath}/index.html?data=${encodeURIComponent(relative(appPath, graphPath))}`;
    await page.goto(url, { waitUntil: 'load' });
    const painted = await page
      .waitForFunction(() => performance.getEntriesByName('tieline:graph-painted').length > 0 || document.querySelector('[role="alert"]'), null, {
        polling: 500,
        timeout: limitMs,
      })
      .then(() => true, () => false);
    // Let the last task end and be reported.
    await page.evaluate(() => new Promise((r) => setTimeout(r, 500))).catch(() => undefined);
    const out = await page.evaluate(() => {
      const p = window.__patho;
      const mark = performance.getEntriesByName('tieline:graph-painted')[0];
      const after = p.tasks.filter((t) => p.progressMs !== null && t.start + t.duration > p.progressMs);
      return {
        navMs: mark ? mark.startTime : null,
        progressMs: p.progressMs,
        longestTaskMs: Math.max(0, ...p.tasks.map((t) => t.duration)),
        longestAfterProgressMs: Math.max(0, ...after.map((t) => t.duration)),
        tasksOver1s: after.filter((t) => t.duration > 1000).length,
        alert: document.querySelector('[role="alert"]')?.textContent ?? null,
        panel: document.querySelector('.import-panel')?.textContent ?? null,
      };
    });
    if (!painted) errors.push(`no graph drawn within ${limitMs / 1000}s${out.panel ? ` (the panel says: ${out.panel})` : ''}`);
    return { ...out, painted, errors };
  } finally {
    await context.close();
  }
}

async function main() {
  const args = Object.fromEntries(process.argv.slice(2).map((a) => a.replace(/^--/, '').split('=')));
  const key = args.file ?? 'pair50000';
  const appDir = resolve(args.app ?? join(benchDir, 'dist', 'app'));
  const root = dirname(appDir);
  const limitMs = Number(args.limit ?? 600) * 1000;
  const { chromium } = await import('playwright-core');
  const { CHROMIUM_ARGS, ensureChromium } = await import('../tests/browser/chromium.mjs');
  const { startStaticServer } = await import('../tests/browser/static-server.mjs');
  const name = writePathological(key, join(root, 'graphs'));
  const server = await startStaticServer(root);
  const browser = await chromium.launch({ executablePath: ensureChromium(), args: CHROMIUM_ARGS, headless: true });
  try {
    const t0 = Date.now();
    const r = await measureLongTasks(browser, server.url, basename(appDir), `graphs/${name}`, limitMs);
    console.log(JSON.stringify({ file: key, app: relative(process.cwd(), appDir), wallS: (Date.now() - t0) / 1000, ...r }, null, 2));
  } finally {
    await browser.close();
    await server.close();
  }
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main().catch((err) => {
    console.error(err);
    process.exitCode = 1;
  });
}
