// Profiles opening a pathological file (bench/pathological.mjs) in the
// production app, unminified, to find what is inside each long main-thread
// task: the CPU profile is cut into tasks at idle gaps, and the longest
// tasks are printed with the functions that took most of their time.
//
//   node bench/profileImport.mjs [--file=wide100000] [--skip-build] [--tasks=6] [--top=14]
//
// Writes bench/dist/profiles/import-<file>.cpuprofile (DevTools, Performance panel).
import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, ensureChromium } from '../tests/browser/chromium.mjs';
import { startStaticServer } from '../tests/browser/static-server.mjs';
import { VIEWPORT, binOf, distDir, repoRoot } from './harness.mjs';
import { writePathological } from './pathological.mjs';

const arg = (name, fallback) => process.argv.find((a) => a.startsWith(`--${name}=`))?.split('=')[1] ?? fallback;
const file = arg('file', 'wide100000');
const shown = Number(arg('tasks', 6));
const top = Number(arg('top', 14));
if (!process.argv.includes('--skip-build')) {
  const built = spawnSync(process.execPath, [binOf('vite', 'bin/vite.js'), 'build', '--logLevel', 'warn', '--minify', 'false', '--outDir', join(distDir, 'app-readable'), '--emptyOutDir'], {
    cwd: repoRoot,
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  if (built.status !== 0) process.exit(1);
}
const name = writePathological(file, join(distDir, 'graphs'));
const server = await startStaticServer(distDir);
const browser = await chromium.launch({ executablePath: ensureChromium(), args: CHROMIUM_ARGS, headless: true });
try {
  const context = await browser.newContext({ viewport: VIEWPORT });
  const page = await context.newPage();
  page.on('pageerror', (e) => console.error('page error:', e.message));
  const cdp = await context.newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
  await cdp.send('Profiler.start');
  await page.goto(`${server.url}app-readable/index.html?data=${encodeURIComponent(`../graphs/${name}`)}`);
  await page.waitForFunction(() => performance.getEntriesByName('tieline:graph-painted').length > 0, null, { polling: 200, timeout: 300_000 });
  const painted = await page.evaluate(() => performance.getEntriesByName('tieline:graph-painted')[0].startTime);
  await page.evaluate(() => new Promise((r) => setTimeout(r, 300)));
  const { profile } = await cdp.send('Profiler.stop');
  mkdirSync(join(distDir, 'profiles'), { recursive: true });
  writeFileSync(join(distDir, 'profiles', `import-${file}.cpuprofile`), JSON.stringify(profile));

  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const label = (n) => `${n.callFrame.functionName || '(anonymous)'} ${n.callFrame.url.split('/').pop()}:${n.callFrame.lineNumber + 1}`;
  // Tasks: runs of samples that are not idle, split where idle lasts over 0.5 ms.
  const tasks = [];
  let cur = null;
  let t = profile.startTime;
  profile.samples.forEach((id, i) => {
    const dt = profile.timeDeltas[i] ?? 0;
    t += dt;
    const idle = byId.get(id).callFrame.functionName === '(idle)';
    if (idle) {
      if (cur && t - cur.lastBusy > 500) cur = null;
      return;
    }
    if (!cur) tasks.push((cur = { start: t, end: t, lastBusy: t, samples: [] }));
    cur.end = t;
    cur.lastBusy = t;
    cur.samples.push([id, dt]);
  });
  tasks.sort((a, b) => b.end - b.start - (a.end - a.start));
  console.log(`first drawn graph at ${painted.toFixed(0)} ms; ${tasks.filter((k) => k.end - k.start > 50).length} tasks over 50 ms`);
  for (const task of tasks.slice(0, shown)) {
    const incl = new Map();
    const self = new Map();
    for (const [id, dt] of task.samples) {
      const seen = new Set();
      self.set(label(byId.get(id)), (self.get(label(byId.get(id))) ?? 0) + dt / 1000);
      for (let k = id; k !== undefined; k = parent.get(k)) {
        const l = label(byId.get(k));
        if (seen.has(l)) continue;
        seen.add(l);
        incl.set(l, (incl.get(l) ?? 0) + dt / 1000);
      }
    }
    console.log(`\ntask at ${((task.start - profile.startTime) / 1000).toFixed(0)} ms: ${((task.end - task.start) / 1000).toFixed(0)} ms`);
    for (const [k, v] of [...incl].sort((a, b) => b[1] - a[1]).slice(0, top)) console.log(`  ${v.toFixed(0).padStart(6)} ms incl  ${k}`);
    for (const [k, v] of [...self].sort((a, b) => b[1] - a[1]).slice(0, 6)) console.log(`  ${v.toFixed(0).padStart(6)} ms self  ${k}`);
  }
} finally {
  await browser.close();
  await server.close();
}
