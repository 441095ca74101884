// Shared by bench/run.mjs and bench/profile.mjs: building, graph files, the
// cross-origin-isolating server shim, and measuring one fresh page of a
// contender. Nothing here decides what to run or how to report it.
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { ServerResponse } from 'node:http';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { tsImport } from 'tsx/esm/api';

export const benchDir = dirname(fileURLToPath(import.meta.url));
export const repoRoot = resolve(benchDir, '..');
export const distDir = join(benchDir, 'dist');
const require = createRequire(import.meta.url);
// The app's own generator and calendar (TypeScript, loaded as generate.ts is), so the bench never keeps a copy.
const { seededRandom } = await tsImport('../src/domain/seededRandom.ts', import.meta.url);
/** `addMonths(day, k)`: days since 1970-01-01 in and out, the day clamped to the month's end (31 Jan + 1 → 28/29 Feb). */
export const { addMonths } = await tsImport('../src/domain/dates.ts', import.meta.url);

export const VIEWPORT = { width: 1440, height: 900 };
export const STEP_KINDS = ['day', 'month', 'jump'];
export const MODES = ['cumulative', 'window'];
/** Steps measured again (cumulative mode) with something emphasised, for contenders that can (Tieline). */
export const EMPHASES = ['selection', 'path'];
export const REPLAY_STEPS = 120;

/**
 * Steps per measured sequence, by graph size, so a full run stays within about
 * 15 minutes on 2 cores. On small graphs every step waits for a painted frame
 * (as a person scrubbing sees it); cytoscape's canvas needs a fifth of a second
 * per frame at 5,000 edges and seconds at 50,000, so there steps follow each
 * other without painting (apply time is measured before paint either way), and
 * the 50,000-edge graph gets a capped replay and at most 3 rounds. The table
 * says so.
 */
export function stepPlan(edges, smoke) {
  if (smoke) return { day: 6, month: 4, jump: 6, replay: 20, paint: true, capped: true, maxRounds: Infinity };
  if (edges <= 2000) return { day: 20, month: 12, jump: 20, replay: REPLAY_STEPS, paint: true, capped: false, maxRounds: Infinity };
  if (edges <= 10000) return { day: 20, month: 12, jump: 20, replay: REPLAY_STEPS, paint: false, capped: false, maxRounds: Infinity };
  // 50,000 edges: a page takes about a minute to load and draw, and seconds per frame.
  return { day: 6, month: 4, jump: 6, replay: 3, paint: false, capped: true, maxRounds: 3 };
}

/** The same day sequences for every contender: { start, days } per step kind, and the replay. */
export function daySequences(range, plan) {
  const { first, last } = range;
  const span = last - first;
  const clamp = (d) => Math.min(last, Math.max(first, d));
  const dayStart = clamp(first + Math.floor(span * 0.6));
  const monthStart = clamp(addMonths(first, 6));
  const rand = seededRandom(20240601);
  const seq = {
    day: { start: dayStart, days: Array.from({ length: plan.day }, (_, k) => clamp(dayStart + k + 1)) },
    month: { start: monthStart, days: Array.from({ length: plan.month }, (_, k) => clamp(addMonths(monthStart, k + 1))) },
    jump: { start: first, days: Array.from({ length: plan.jump }, () => first + Math.floor(rand() * (span + 1))) },
  };
  // Replay: whole range in REPLAY_STEPS equal steps; a capped replay takes the last (densest) steps.
  const stride = Math.max(1, Math.ceil(span / REPLAY_STEPS));
  const full = Array.from({ length: REPLAY_STEPS }, (_, k) => clamp(first + (k + 1) * stride));
  const replayDays = full.slice(full.length - plan.replay);
  return { seq, replay: { start: clamp(replayDays[0] - stride), days: replayDays, stride } };
}

// ---------------------------------------------------------------- build & data

export function binOf(pkg, script) {
  return join(dirname(require.resolve(`${pkg}/package.json`)), script);
}

export function run(label, args) {
  const started = Date.now();
  const result = spawnSync(process.execPath, args, { cwd: repoRoot, stdio: ['ignore', 'inherit', 'inherit'] });
  if (result.error) throw result.error;
  if (result.status !== 0) throw new Error(`${label} failed (exit ${result.status ?? result.signal})`);
  log(`${label} in ${((Date.now() - started) / 1000).toFixed(1)}s`);
}

export function build() {
  const vite = binOf('vite', 'bin/vite.js');
  // The app exactly as `npm run build` makes it, but into bench/dist/app so a
  // browser-test run's dist/ is never swapped under it.
  run('vite build (app → bench/dist/app)', [vite, 'build', '--logLevel', 'warn', '--outDir', join(distDir, 'app'), '--emptyOutDir']);
  run('vite build (bench pages → bench/dist/pages)', [vite, 'build', '--config', join(benchDir, 'vite.config.ts')]);
}

export async function writeGraphs(sizes) {
  const dir = join(distDir, 'graphs');
  mkdirSync(dir, { recursive: true });
  const { generateGraphText, DEFAULT_SEED } = await tsImport('./generate.ts', import.meta.url);
  const files = {};
  for (const size of sizes) {
    if (size === 'shipped') {
      const shipped = join(repoRoot, 'data', 'graph.json');
      if (!existsSync(shipped)) {
        log('data/graph.json not found: the shipped-data rows are skipped');
        continue;
      }
      copyFileSync(shipped, join(dir, 'shipped.json'));
      files[size] = 'shipped.json';
    } else {
      const name = `graph-${size}.json`;
      writeFileSync(join(dir, name), generateGraphText({ edges: size, seed: DEFAULT_SEED }));
      files[size] = name;
    }
  }
  return { files, seed: DEFAULT_SEED };
}

/**
 * Serves every response cross-origin isolated (COOP + COEP), so the pages'
 * performance.now() has 5 µs resolution instead of 100 µs: apply times are
 * fractions of a millisecond. The shared static server
 * (tests/browser/static-server.mjs) sets its headers with writeHead, which
 * merges headers set before it; this shim sets two more, in this process only.
 */
export function crossOriginIsolate() {
  const writeHead = ServerResponse.prototype.writeHead;
  if (writeHead.isolating) return;
  const patched = function (...args) {
    if (!this.headersSent) {
      this.setHeader('Cross-Origin-Opener-Policy', 'same-origin');
      this.setHeader('Cross-Origin-Embedder-Policy', 'require-corp');
    }
    return writeHead.apply(this, args);
  };
  patched.isolating = true;
  ServerResponse.prototype.writeHead = patched;
}

// ---------------------------------------------------------------- measuring one page

export const started = Date.now();
export function log(msg) {
  const s = ((Date.now() - started) / 1000).toFixed(0).padStart(4);
  console.log(`[bench ${s}s] ${msg}`);
}

export function withTimeout(promise, ms, what) {
  let timer;
  return Promise.race([
    promise.finally(() => clearTimeout(timer)),
    new Promise((_, reject) => {
      timer = setTimeout(() => reject(new Error(`${what}: no answer after ${ms / 1000}s`)), ms);
    }),
  ]);
}

/** A fresh context and page, errors collected; `beforeGoto(page)` runs before navigating (init scripts). */
export async function openPage(browser, url, beforeGoto) {
  const context = await browser.newContext({ viewport: VIEWPORT });
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(`page error: ${e.message}`));
  page.on('console', (m) => {
    if (m.type() === 'error' && !m.location().url.endsWith('/favicon.ico')) errors.push(`console: ${m.text()}`);
  });
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable');
  await beforeGoto?.(page);
  await page.goto(url, { waitUntil: 'load' });
  return { context, page, cdp, errors };
}

export async function metrics(cdp) {
  const { metrics: list } = await cdp.send('Performance.getMetrics');
  return Object.fromEntries(list.map((m) => [m.name, m.value]));
}

export async function heapAfterGc(cdp) {
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
  return (await metrics(cdp)).JSHeapUsedSize;
}

export const timeoutFor = (edges) => (edges > 10000 ? 600_000 : 120_000);

/** One fresh page of a bench contender: load, apply steps, replay, heap. */
export async function measureBenchPage(browser, baseUrl, contender, graphFile, edgesHint, smoke) {
  const url = `${baseUrl}pages/${contender}.html?graph=${encodeURIComponent(`../graphs/${graphFile}`)}`;
  const { context, page, cdp, errors } = await openPage(browser, url);
  try {
    const limit = timeoutFor(edgesHint);
    await withTimeout(
      page.evaluate(() => window.bench.ready.then(() => true)),
      limit,
      `${contender} ready`,
    ).catch(async (err) => {
      const pageError = await page.evaluate(() => window.bench?.error).catch(() => undefined);
      throw new Error(pageError ?? err.message);
    });
    const info = await page.evaluate(() => window.bench.info());
    if (!(await page.evaluate(() => crossOriginIsolated))) errors.push('page not cross-origin isolated: timer resolution is 100 µs');
    const navMs = await page.evaluate((name) => performance.getEntriesByName(name)[0].startTime, info.paintedMark);
    await page.evaluate(() => window.bench.frames(3));
    const heap = await heapAfterGc(cdp);

    const plan = stepPlan(info.edges, smoke);
    const { seq, replay } = daySequences(info.range, plan);
    /** From `start` (drawn), one day of `days` per animation frame: script per frame, fps (replayFigures). */
    const timedReplay = async (start, days, playing, what) => {
      await page.evaluate(async (d) => {
        window.bench.setDay(d);
        await window.bench.frames(3);
      }, start);
      const m0 = await metrics(cdp);
      const r = await withTimeout(page.evaluate(([d, p]) => window.bench.replay(d, p), [days, playing]), limit, `${contender} ${what}`);
      return replayFigures(r, m0, await metrics(cdp));
    };
    // The app's replay, like for like: the page replayed at the pace of the app's Play button, and at
    // the same point of the page's life as the app's (right after the load, before any other step:
    // cytoscape's style and texture caches and the JIT as cold as in the app).
    let appPace = null;
    if (info.playSpeed && plan.paint && !smoke) {
      // The shipped data opens at the range's end (Play starts over); a generated file is replayed from Home.
      const fromEnd = graphFile === 'shipped.json';
      const paced = appPaceDays(info.range, info.playSpeed, REPLAY_STEPS, fromEnd);
      const figures = await timedReplay(fromEnd ? info.range.last : info.range.first, paced, true, "replay at the app's pace");
      appPace = { ...figures, daysPerSecond: info.playSpeed };
    }
    const apply = {};
    const visible = {};
    /** Goes to the sequence's start (painted), then times its steps in the page. */
    const timeSteps = async (kind, what) => {
      await page.evaluate(
        async ([d, paint]) => {
          window.bench.setDay(d);
          if (paint) await window.bench.frames(2);
        },
        [seq[kind].start, plan.paint],
      );
      return withTimeout(page.evaluate(([days, paint]) => window.bench.steps(days, paint), [seq[kind].days, plan.paint]), limit, what);
    };
    for (const mode of MODES) {
      await page.evaluate((m) => window.bench.setMode(m), mode);
      for (const kind of STEP_KINDS) {
        apply[`${mode}.${kind}`] = await timeSteps(kind, `${contender} steps`);
        visible[`${mode}.${kind}`] = await page.evaluate(() => window.bench.visibleEdges());
      }
    }

    if (await page.evaluate(() => window.bench.hasEmphasis())) {
      await page.evaluate(() => window.bench.setMode('cumulative'));
      for (const emphasis of EMPHASES) {
        await page.evaluate((e) => window.bench.setEmphasis(e), emphasis);
        for (const kind of STEP_KINDS) apply[`${emphasis}.${kind}`] = await timeSteps(kind, `${contender} steps with ${emphasis}`);
      }
      await page.evaluate(() => window.bench.setEmphasis('none'));
    }

    await page.evaluate(() => window.bench.setMode('cumulative'));
    const replayed = await timedReplay(replay.start, replay.days, true, 'replay');
    visible.replay = await page.evaluate(() => window.bench.visibleEdges());
    // Tieline only: the same replay without its emphasis of the newest lines (the baseline has none),
    // so the table can tell what the emphasis costs from what the renderer does.
    const replayPlain = (await page.evaluate(() => window.bench.hasEmphasis())) ? await timedReplay(replay.start, replay.days, false, 'replay without emphasis') : null;
    return {
      info,
      plan,
      navMs,
      heap,
      apply,
      visible,
      replay: { ...replayed, stride: replay.stride },
      replayPlain,
      appPace,
      errors,
    };
  } finally {
    await context.close();
  }
}

/** Plain cytoscape drawing the shipped data (bench/pages/cytoscape-floor.ts): the floor under the first drawn graph. */
export async function measureFloor(browser, baseUrl, graphFile) {
  const { context, page, errors } = await openPage(browser, `${baseUrl}pages/cytoscape-floor.html?graph=${encodeURIComponent(`../graphs/${graphFile}`)}`);
  try {
    await withTimeout(
      page.waitForFunction(() => performance.getEntriesByName('floor:painted').length > 0, null, { polling: 50, timeout: 0 }),
      60_000,
      'floor: floor:painted',
    );
    return { navMs: await page.evaluate(() => performance.getEntriesByName('floor:painted')[0].startTime), heap: NaN, errors };
  } finally {
    await context.close();
  }
}

/**
 * The days the app's Play button shows, frame by frame at 60 fps: it
 * advances `daysPerSecond` / 60 days per frame from the range's first day,
 * showing whole days (src/store/playbackLoop.ts). `fromEnd`: Play pressed at
 * the range's end (where the app opens) starts over, so the first frame jumps
 * back to the first day.
 */
export function appPaceDays(range, daysPerSecond, frames, fromEnd) {
  const k0 = fromEnd ? 0 : 1;
  return Array.from({ length: frames }, (_, k) => Math.min(range.last, range.first + Math.floor(((k + k0) * daysPerSecond) / 60)));
}

/**
 * The production app on the shipped data (bench/dist/app/index.html loads
 * ./data/graph.json): navigation to the first drawn graph, heap, and a replay
 * started with the Play button, as a person would, at the default speed.
 */
export async function measureApp(browser, baseUrl, frameCount) {
  const { context, page, cdp, errors } = await openPage(browser, `${baseUrl}app/index.html`);
  try {
    await withTimeout(
      page.waitForFunction(() => performance.getEntriesByName('tieline:graph-painted').length > 0, null, { polling: 50, timeout: 0 }),
      60_000,
      'app: tieline:graph-painted',
    );
    const navMs = await page.evaluate(() => performance.getEntriesByName('tieline:graph-painted')[0].startTime);
    await page.evaluate(() => new Promise((r) => setTimeout(r, 300)));
    const heap = await heapAfterGc(cdp);
    return { navMs, heap, replay: await playFrames(page, cdp, frameCount), errors };
  } finally {
    await context.close();
  }
}

/** Starts the app's replay with its Play button and records `frameCount` frames: script per frame, fps. */
async function playFrames(page, cdp, frameCount) {
  const play = page.locator('button.playback__play');
  const before = await metrics(cdp);
  const result = await page.evaluate(
    (n) =>
      new Promise((resolveFrames) => {
        const frames = [];
        let prev = 0;
        let start = 0;
        let i = 0;
        const tick = (t) => {
          if (i === 0) start = t;
          else frames.push(t - prev);
          prev = t;
          if (i++ === n) {
            resolveFrames({ frames, totalMs: t - start });
            return;
          }
          requestAnimationFrame(tick);
        };
        document.querySelector('button.playback__play').click();
        requestAnimationFrame(tick);
      }),
    frameCount,
  );
  const after = await metrics(cdp);
  const playing = (await play.getAttribute('aria-label')) === 'Pause';
  if (playing) await play.click();
  return { ...replayFigures(result, before, after), stillPlaying: playing };
}

/**
 * The production app opening a generated graph through its own import path
 * (`app/index.html?data=…`, as a person's link would): when the first
 * progress message shows, when "Drawing…" shows, navigation to the first
 * drawn graph, and heap; with `replayFrames`, then a replay started with
 * its Play button (whole-app script per frame; only up to 1,000 edges: at
 * 5,000 and more a whole-app frame takes long enough to make the run slow).
 */
export async function measureAppImport(browser, baseUrl, graphFile, limit, replayFrames = 0) {
  // Records when the import panel first shows progress, and when it first says "Drawing".
  const watchProgress = (page) =>
    page.addInitScript(() => {
      const seen = (window.__benchProgress = {});
      new MutationObserver(() => {
        const panel = document.querySelector('.import-panel[role="status"]');
        if (!panel) return;
        seen.progressMs ??= performance.now();
        if (panel.textContent?.includes('Drawing')) seen.drawingMs ??= performance.now();
      }).observe(document, { subtree: true, childList: true, characterData: true });
    });
  const url = `${baseUrl}app/index.html?data=${encodeURIComponent(`../graphs/${graphFile}`)}`;
  const { context, page, cdp, errors } = await openPage(browser, url, watchProgress);
  try {
    await withTimeout(
      page.waitForFunction(() => performance.getEntriesByName('tieline:graph-painted').length > 0, null, { polling: 200, timeout: 0 }),
      limit,
      'app import: tieline:graph-painted',
    );
    const navMs = await page.evaluate(() => performance.getEntriesByName('tieline:graph-painted')[0].startTime);
    const progress = await page.evaluate(() => window.__benchProgress);
    const heap = await heapAfterGc(cdp);
    // The slider starts at the range's end: go to its start so the replay has a range to play.
    if (replayFrames) await page.getByRole('slider').focus().then(() => page.keyboard.press('Home'));
    const replay = replayFrames ? await playFrames(page, cdp, replayFrames) : null;
    return { navMs, heap, progressMs: progress.progressMs ?? null, drawingMs: progress.drawingMs ?? null, replay, errors };
  } finally {
    await context.close();
  }
}

/** Replay figures from the frame times and the DevTools script-time metrics taken before and after. */
function replayFigures(result, before, after) {
  return {
    frames: result.frames.length,
    scriptPerFrameMs: ((after.ScriptDuration - before.ScriptDuration) * 1000) / result.frames.length,
    fps: result.frames.length / (result.totalMs / 1000),
    over50: result.frames.filter((f) => f > 50).length,
    frameMs: result.frames,
  };
}
