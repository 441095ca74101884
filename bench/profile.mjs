// Profiles one contender on one graph with the DevTools protocol's CPU
// profiler, to find what limits a figure. Builds readable (unminified) bench
// pages, so function names are cytoscape's own.
//
//   node bench/profile.mjs [--contender=tieline] [--size=5000] [--phase=replay|jumps|months|days|load] [--emphasis=selection|path] [--repeat=N] [--top=30]
//   node bench/profile.mjs --contender=tieline --size=shipped --phase=replay --pace=app [--frames=240]
//     the canvas-only page replaying the days the app's Play button shows (the like-for-like reference)
//   node bench/profile.mjs --contender=app [--phase=replay|load] [--frames=120]
//     the production app (unminified build into bench/dist/app-readable) on the
//     shipped data: replay started with its Play button, or the load to the
//     first drawn graph (`tieline:graph-painted`); --phase=idle: the same frames without playing.
//
// Prints the functions with the most self time and writes the profile to
// bench/dist/profiles/<contender>-<size>-<phase>.cpuprofile (open it in
// Chromium's DevTools, Performance panel).
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, ensureChromium } from '../tests/browser/chromium.mjs';
import { startStaticServer } from '../tests/browser/static-server.mjs';
import { MODES, REPLAY_STEPS, VIEWPORT, appPaceDays, benchDir, binOf, crossOriginIsolate, daySequences, distDir, metrics, repoRoot, stepPlan, writeGraphs } from './harness.mjs';

const arg = (name, fallback) => process.argv.find((a) => a.startsWith(`--${name}=`))?.split('=')[1] ?? fallback;
const contender = arg('contender', 'tieline');
const size = arg('size', '5000');
const phase = arg('phase', 'replay');
const mode = arg('mode', MODES[0]);
const top = Number(arg('top', 30));
/** Only samples with this function on the stack (e.g. --within=apply: the timed date change, without drawing). */
const within = arg('within', '');
/** --no-playing: replay without Tieline's emphasis of the newest interactions. */
const playing = !process.argv.includes('--no-playing');

const frames = Number(arg('frames', 120));
/** --pace=app: a bench page's replay at the app's Play pace (the days the app's row shows), not the bench's stride. */
const pace = arg('pace', 'bench');
/** --emphasis=selection|path: Tieline's steps with the busiest actor selected (focus 1 step), or a path shown. */
const emphasis = arg('emphasis', 'none');
/** --repeat=N: the phase's steps N times over (enough samples on a small graph). */
const repeat = Number(arg('repeat', 1));
const app = contender === 'app';
const built = app
  ? spawnSync(process.execPath, [binOf('vite', 'bin/vite.js'), 'build', '--logLevel', 'warn', '--minify', 'false', '--outDir', join(distDir, 'app-readable'), '--emptyOutDir'], {
      cwd: repoRoot,
      stdio: ['ignore', 'inherit', 'inherit'],
    })
  : spawnSync(process.execPath, [binOf('vite', 'bin/vite.js'), 'build', '--config', join(benchDir, 'vite.config.ts')], {
      cwd: repoRoot,
      stdio: ['ignore', 'inherit', 'inherit'],
      env: { ...process.env, BENCH_READABLE: '1' },
    });
if (built.status !== 0) process.exit(1);
const { files } = app ? { files: { shipped: 'shipped.json' } } : await writeGraphs([size === 'shipped' ? 'shipped' : Number(size)]);
const file = files[size === 'shipped' ? 'shipped' : Number(size)];
if (!file && !app) throw new Error(`no graph for ${size}`);

crossOriginIsolate();
const server = await startStaticServer(distDir);
const browser = await chromium.launch({ executablePath: ensureChromium(), args: CHROMIUM_ARGS, headless: true });
try {
  const context = await browser.newContext({ viewport: VIEWPORT });
  const page = await context.newPage();
  page.on('pageerror', (e) => console.error('page error:', e.message));
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable');
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
  let applyMs = [];
  let before;
  let extra = '';
  if (app) {
    if (phase === 'load') await cdp.send('Profiler.start');
    before = await metrics(cdp);
    await page.goto(`${server.url}app-readable/index.html`);
    await page.waitForFunction(() => performance.getEntriesByName('tieline:graph-painted').length > 0, null, { polling: 50, timeout: 60_000 });
    extra = `; first drawn graph at ${(await page.evaluate(() => performance.getEntriesByName('tieline:graph-painted')[0].startTime)).toFixed(0)} ms`;
    if (phase !== 'load') {
      await page.evaluate(() => new Promise((r) => setTimeout(r, 300)));
      before = await metrics(cdp);
      await cdp.send('Profiler.start');
      // As the bench's app row: click Play, count `frames` animation frames.
      await page.evaluate(
        ([n, p]) =>
          new Promise((done) => {
            let i = 0;
            const tick = () => (i++ === n ? done() : requestAnimationFrame(tick));
            if (p === 'replay') document.querySelector('button.playback__play').click();
            requestAnimationFrame(tick);
          }),
        [frames, phase],
      );
      extra += `; ${frames} frames, ScriptDuration per frame PER_FRAME ms`;
    }
  } else {
    const url = `${server.url}pages-readable/${contender}.html?graph=${encodeURIComponent(`../graphs/${file}`)}`;
    if (phase === 'load') await cdp.send('Profiler.start');
    await page.goto(url);
    await page.evaluate(() => window.bench.ready);
    const info = await page.evaluate(() => window.bench.info());
    const { seq, replay } = daySequences(info.range, stepPlan(info.edges, false));
    before = await metrics(cdp);
    if (phase !== 'load') {
      await page.evaluate((m) => window.bench.setMode(m), mode);
      if (emphasis !== 'none') await page.evaluate((e) => window.bench.setEmphasis(e), emphasis);
      const paced = pace === 'app' && info.playSpeed ? appPaceDays(info.range, info.playSpeed, frames || REPLAY_STEPS, size === 'shipped') : null;
      if (paced) replay.days = paced;
      const start = paced ? (size === 'shipped' ? info.range.last : info.range.first) : phase === 'replay' ? replay.start : phase === 'jumps' ? seq.jump.start : seq.day.start;
      await page.evaluate(async (d) => {
        window.bench.setDay(d);
        await window.bench.frames(3);
      }, start);
      await cdp.send('Profiler.start');
      if (phase === 'replay') applyMs = (await page.evaluate(([days, p]) => window.bench.replay(days, p), [replay.days, playing])).applyMs;
      else {
        const days = phase === 'jumps' ? seq.jump.days : phase === 'months' ? seq.month.days : seq.day.days;
        for (let k = 0; k < repeat; k++) applyMs.push(...(await page.evaluate((d) => window.bench.steps(d), k % 2 ? [...days].reverse() : days)));
      }
    }
  }
  const { profile } = await cdp.send('Profiler.stop');
  const after = await metrics(cdp);
  extra = extra.replace('PER_FRAME', (((after.ScriptDuration - before.ScriptDuration) * 1000) / frames).toFixed(2));

  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const inside = (id) => {
    for (let k = id; k !== undefined; k = parent.get(k)) if (byId.get(k).callFrame.functionName === within) return true;
    return false;
  };
  const self = new Map();
  const inclusive = new Map();
  let total = 0;
  profile.samples.forEach((id, i) => {
    if (within && !inside(id)) return;
    const n = byId.get(id);
    const seen = new Set();
    for (let k = id; k !== undefined; k = parent.get(k)) {
      const f = byId.get(k).callFrame;
      const key = `${f.functionName || '(anonymous)'}  ${f.url.split('/').pop()}:${f.lineNumber + 1}`;
      if (seen.has(key)) continue;
      seen.add(key);
      inclusive.set(key, (inclusive.get(key) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000);
    }
    const ms = (profile.timeDeltas[i] ?? 0) / 1000;
    total += ms;
    const f = n.callFrame;
    const key = `${f.functionName || '(anonymous)'}  ${f.url.split('/').pop()}:${f.lineNumber + 1}`;
    self.set(key, (self.get(key) ?? 0) + ms);
  });
  const outDir = join(distDir, 'profiles');
  mkdirSync(outDir, { recursive: true });
  const out = join(outDir, `${contender}-${size}-${phase}${emphasis !== 'none' ? `-${emphasis}` : ''}.cpuprofile`);
  writeFileSync(out, JSON.stringify(profile));
  const sorted = [...applyMs].sort((a, b) => a - b);
  console.log(`${contender}, ${size}, ${phase} (${mode}${emphasis !== 'none' ? `, ${emphasis}` : ''}): ${applyMs.length} steps, apply median ${sorted[sorted.length >> 1]?.toFixed(3)} ms, max ${sorted.at(-1)?.toFixed(3)} ms; ScriptDuration ${((after.ScriptDuration - before.ScriptDuration) * 1000).toFixed(0)} ms; profile ${total.toFixed(0)} ms${extra}`);
  console.log(`self time${within ? ` within ${within}()` : ''}:`);
  for (const [k, v] of [...self].sort((a, b) => b[1] - a[1]).slice(0, top)) console.log(`${v.toFixed(1).padStart(9)} ms  ${((100 * v) / total).toFixed(1).padStart(5)}%  ${k}`);
  console.log(`total (inclusive) time${within ? ` within ${within}()` : ''}:`);
  for (const [k, v] of [...inclusive].sort((a, b) => b[1] - a[1]).slice(0, top)) console.log(`${v.toFixed(1).padStart(9)} ms  ${((100 * v) / total).toFixed(1).padStart(5)}%  ${k}`);
  console.log(`profile written to ${out}`);
} finally {
  await browser.close();
  await server.close();
}
