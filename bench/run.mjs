// `npm run bench`: Tieline against the baseline and sigma.js, in real headless
// Chromium, on the shipped data and on generated graphs of 1,000, 5,000 and
// 50,000 interactions. See bench/README.md for what each figure means.
//
//   npm run bench                                   full run → bench/results/latest.{json,md}
//   npm run bench -- --sizes=1000 --rounds=2        a partial run → bench/results/partial.*.tmp
//   npm run bench:smoke                             CI: 1,000 edges, 1 round, few steps; exit 1 on any failure
//
// Options: --sizes=shipped,1000,5000,50000  --rounds=N  --smoke  --skip-build
//          --contenders=tieline,baseline,sigma,app,floor
// Env: CHROMIUM_PATH picks the browser (tests/browser/chromium.mjs finds or installs one).
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, ensureChromium } from '../tests/browser/chromium.mjs';
import { startStaticServer } from '../tests/browser/static-server.mjs';
import { PATHOLOGICAL, measureLongTasks, writePathological } from './pathological.mjs';
import {
  EMPHASES,
  MODES,
  REPLAY_STEPS,
  STEP_KINDS,
  VIEWPORT,
  benchDir,
  build,
  crossOriginIsolate,
  distDir,
  log,
  measureApp,
  measureAppImport,
  measureBenchPage,
  measureFloor,
  timeoutFor,
  repoRoot,
  stepPlan,
  writeGraphs,
} from './harness.mjs';

const resultsDir = join(benchDir, 'results');
// wide100000 (the dense 100,000-row file, drawn by sigma) is not in the full run; `--sizes=wide100000` runs it.
const ALL_SIZES = ['shipped', 1000, 5000, 50000, 'pair50000'];
/** Legal files that are hard on the page (bench/pathological.mjs): only the app opens them, measured for long tasks. */
const isPathological = (size) => typeof size === 'string' && size in PATHOLOGICAL;
const BENCH_CONTENDERS = ['tieline', 'baseline', 'sigma'];

// ---------------------------------------------------------------- options

function parseArgs(argv) {
  const opts = { sizes: ALL_SIZES, rounds: 5, smoke: false, build: true, contenders: [...BENCH_CONTENDERS, 'app', 'floor'] };
  for (const a of argv) {
    const [key, value] = a.replace(/^--/, '').split('=');
    if (key === 'sizes') opts.sizes = value.split(',').map((s) => (s === 'shipped' || isPathological(s) ? s : Number(s)));
    else if (key === 'rounds') opts.rounds = Math.max(1, Number(value));
    else if (key === 'smoke') opts.smoke = true;
    else if (key === 'skip-build') opts.build = false;
    else if (key === 'contenders') opts.contenders = value.split(',');
    else throw new Error(`Unknown option ${a} (see the top of bench/run.mjs)`);
  }
  for (const s of opts.sizes) if (s !== 'shipped' && !isPathological(s) && !(Number.isInteger(s) && s > 0)) throw new Error(`Bad size ${s}`);
  return opts;
}

/** The 50,000-edge graph runs at most stepPlan's maxRounds (a page takes about a minute there). */
function roundsFor(size, opts) {
  if (isPathological(size)) return Math.min(opts.rounds, 3);
  const edges = size === 'shipped' ? 0 : size;
  return Math.min(opts.rounds, stepPlan(edges, opts.smoke).maxRounds);
}

// ---------------------------------------------------------------- statistics

function quantile(values, q) {
  if (values.length === 0) return NaN;
  const s = [...values].sort((a, b) => a - b);
  if (q === 0.5) {
    const m = s.length >> 1;
    return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
  }
  return s[Math.min(s.length - 1, Math.max(0, Math.ceil(q * s.length) - 1))];
}
const stat = (values) => ({ median: round(quantile(values, 0.5)), p95: round(quantile(values, 0.95)), n: values.length });

/** Rounds to 3 significant digits (at most 4 decimals), so the JSON stays readable and stable in shape. */
function round(x) {
  if (!Number.isFinite(x)) return null;
  if (x === 0) return 0;
  const digits = Math.max(0, Math.min(4, 2 - Math.floor(Math.log10(Math.abs(x)))));
  return Number(x.toFixed(digits));
}

function summarise(samples) {
  if (samples.length === 0) return null;
  const out = {
    rounds: samples.length,
    navMs: stat(samples.map((s) => s.navMs)),
    heapMB: stat(samples.map((s) => s.heap / 1048576)),
    replay: samples[0].replay && {
      steps: samples[0].replay.frames,
      scriptPerFrameMs: stat(samples.map((s) => s.replay.scriptPerFrameMs)),
      fps: stat(samples.map((s) => s.replay.fps)),
      frameMs: stat(samples.flatMap((s) => s.replay.frameMs)),
      over50PerReplay: stat(samples.map((s) => s.replay.over50)),
    },
  };
  if (samples[0].replayPlain) out.replayPlain = { scriptPerFrameMs: stat(samples.map((s) => s.replayPlain.scriptPerFrameMs)) };
  // The canvas-only page replayed at the app's Play pace (harness.mjs appPaceDays): the like-for-like reference for the app.
  if (samples[0].appPace) {
    out.appPace = {
      daysPerSecond: samples[0].appPace.daysPerSecond,
      steps: samples[0].appPace.frames,
      scriptPerFrameMs: stat(samples.map((s) => s.appPace.scriptPerFrameMs)),
      fps: stat(samples.map((s) => s.appPace.fps)),
    };
  }
  // The app opening a generated file: when progress first showed, and when "Drawing…" did.
  if ('longestAfterProgressMs' in samples[0]) {
    out.longestTaskMs = stat(samples.map((s) => s.longestAfterProgressMs));
    out.tasksOver1s = stat(samples.map((s) => s.tasksOver1s));
  }
  if ('progressMs' in samples[0]) {
    out.progressMs = stat(samples.map((s) => s.progressMs ?? NaN));
    out.drawingMs = stat(samples.map((s) => s.drawingMs ?? NaN));
  }
  if (samples[0].apply) {
    out.plan = samples[0].plan;
    out.apply = {};
    for (const mode of MODES) {
      for (const kind of STEP_KINDS) {
        const key = `${mode}.${kind}`;
        out.apply[key] = stat(samples.flatMap((s) => s.apply[key]));
      }
    }
    // "all" pools the plain steps only, so contenders compare on the same work.
    out.apply.all = stat(samples.flatMap((s) => MODES.flatMap((m) => STEP_KINDS.flatMap((k) => s.apply[`${m}.${k}`] ?? []))));
    for (const emphasis of EMPHASES) {
      if (!samples[0].apply[`${emphasis}.day`]) continue;
      for (const kind of STEP_KINDS) out.apply[`${emphasis}.${kind}`] = stat(samples.flatMap((s) => s.apply[`${emphasis}.${kind}`]));
    }
    out.visible = samples[0].visible;
    out.info = samples[0].info;
  }
  return out;
}

// ---------------------------------------------------------------- bundle

/** The app's production bundle: what index.html loads up front vs what loads later, gzip. */
function bundleSizes(appDir) {
  const html = readFileSync(join(appDir, 'index.html'), 'utf8');
  const refs = [...html.matchAll(/<(?:script|link)\b[^>]*?(?:src|href)="([^"]+)"[^>]*>/g)]
    .filter((m) => /type="module"|rel="modulepreload"|rel="stylesheet"/.test(m[0]))
    .map((m) => m[1].replace(/^\.\//, ''));
  const initial = new Set();
  const visit = (file) => {
    if (initial.has(file) || !existsSync(join(appDir, file))) return;
    initial.add(file);
    if (!file.endsWith('.js')) return;
    const code = readFileSync(join(appDir, file), 'utf8');
    // Static imports only (`import … from "./x.js"`, `import "./x.js"`), not import().
    for (const m of code.matchAll(/(?:^|[;\s}])import\s*(?:[\w$*{}\s,]+from\s*)?["']\.\/([^"']+)["']/g)) {
      visit(join(dirname(file), m[1]));
    }
  };
  refs.forEach(visit);
  const assets = readdirSync(join(appDir, 'assets')).map((f) => `assets/${f}`);
  const size = (files) => {
    let raw = 0;
    let gzip = 0;
    for (const f of files) {
      const buf = readFileSync(join(appDir, f));
      raw += buf.length;
      gzip += gzipSync(buf, { level: 9 }).length;
    }
    return { files: files.length, rawKB: round(raw / 1024), gzipKB: round(gzip / 1024) };
  };
  const initialList = [...initial].sort();
  const lazy = assets.filter((f) => /\.(js|css)$/.test(f) && !initial.has(f)).sort();
  return {
    initialJs: { ...size(initialList.filter((f) => f.endsWith('.js'))), list: initialList.filter((f) => f.endsWith('.js')) },
    initialCss: { ...size(initialList.filter((f) => f.endsWith('.css'))), list: initialList.filter((f) => f.endsWith('.css')) },
    lazy: { ...size(lazy), list: lazy },
  };
}

// ---------------------------------------------------------------- report

const LABELS = { tieline: 'Tieline', baseline: 'baseline', sigma: 'sigma.js', app: 'Tieline app', floor: 'plain cytoscape (floor)' };
const SIZE_LABEL = (size, info) =>
  isPathological(size)
    ? `Pathological file: ${PATHOLOGICAL[size].what}`
    : size === 'shipped'
    ? `Shipped data (${info ? `${info.edges} edges, ${info.nodes} nodes` : 'data/graph.json'})`
    : `${size.toLocaleString('en')} edges (${info ? info.nodes.toLocaleString('en') : size / 2} nodes)`;

const fmt = (x) => (x === null || x === undefined ? '–' : x >= 100 ? x.toFixed(0) : x >= 10 ? x.toFixed(1) : x >= 1 ? x.toFixed(2) : x.toFixed(3));
const pair = (s) => (s ? `${fmt(s.median)} / ${fmt(s.p95)}` : '–');
const ratio = (a, b) => (a === null || b === null || a === undefined || b === undefined || b === 0 ? '–' : `${(a / b).toFixed(a / b >= 10 ? 1 : 2)}×`);

function budgetRows(results) {
  const rows = [];
  const bySize = (size, c) => results.sizes[String(size)]?.[c] ?? null;
  const add = (figure, where, budget, value, ok, note = '') =>
    rows.push({ figure, where, budget, measured: value, holds: ok === null ? 'n/a' : ok ? 'yes' : 'NO', note });
  const worstApply = (s) => (s ? s.apply.all.p95 : null);
  const maxApplyP95 = (s) => (s ? Math.max(...Object.entries(s.apply).filter(([k]) => MODES.includes(k.split('.')[0])).map(([, v]) => v.p95)) : null);
  // shipped
  const app = bySize('shipped', 'app');
  const tShip = bySize('shipped', 'tieline');
  if (app || tShip) {
    add('navigation to first drawn graph, median', 'shipped (app)', '≤ 250 ms', app ? `${fmt(app.navMs.median)} ms` : '–', app ? app.navMs.median <= 250 : null);
    add('apply time per step, p95 (worst step kind)', 'shipped', '≤ 0.2 ms', tShip ? `${fmt(maxApplyP95(tShip))} ms` : '–', tShip ? maxApplyP95(tShip) <= 0.2 : null);
    add('script per replay frame, median', 'shipped (app)', '≤ 3 ms', app ? `${fmt(app.replay.scriptPerFrameMs.median)} ms` : '–', app ? app.replay.scriptPerFrameMs.median <= 3 : null);
    add(
      'replay: 60 fps, no frame over 50 ms',
      'shipped (app)',
      '60 fps, 0 frames > 50 ms',
      app ? `${fmt(app.replay.fps.median)} fps, ${fmt(app.replay.over50PerReplay.p95)} (p95 per replay)` : '–',
      app ? app.replay.fps.median >= 57 && app.replay.over50PerReplay.p95 === 0 : null,
      'fps median ≥ 57 counts as 60',
    );
  }
  // Whole app vs the canvas-only page, both replaying the same days per frame (the app's default Play pace).
  for (const size of ['shipped', 1000]) {
    const a = bySize(size, 'app');
    const t = bySize(size, 'tieline');
    if (!a?.replay || !t?.appPace) continue;
    const r = a.replay.scriptPerFrameMs.median / t.appPace.scriptPerFrameMs.median;
    add(
      'whole-app script per replay frame vs the canvas-only page, same days per frame, median',
      size === 'shipped' ? 'shipped (app)' : '1,000 (app, opened with ?data=)',
      '≤ 1.2×',
      `${fmt(a.replay.scriptPerFrameMs.median)} vs ${fmt(t.appPace.scriptPerFrameMs.median)} ms (${r.toFixed(2)}×)`,
      size === 'shipped' ? r <= 1.2 : null,
      `both at ${t.appPace.daysPerSecond} days/s, the app's default speed, ≈ ${(t.appPace.daysPerSecond / 60).toFixed(1)} days per frame`,
    );
  }
  const floor = bySize('shipped', 'floor');
  if (app && floor) {
    const r = app.navMs.median / floor.navMs.median;
    add('navigation to first drawn graph vs plain cytoscape (bench/pages/cytoscape-floor.ts), median', 'shipped (app)', '≤ 1.15×', `${fmt(app.navMs.median)} vs ${fmt(floor.navMs.median)} ms (${r.toFixed(2)}×)`, r <= 1.15);
  }
  // Ahead of the naive react-cytoscapejs baseline on every figure: the figures where Tieline is not.
  for (const size of ALL_SIZES) {
    const t = bySize(size, 'tieline');
    const b = bySize(size, 'baseline');
    if (!t || !b) continue;
    const figs = [
      ['first drawn graph', t.navMs.median, b.navMs.median],
      ['heap', t.heapMB.median, b.heapMB.median],
      ['script per replay frame', t.replay?.scriptPerFrameMs.median, b.replay?.scriptPerFrameMs.median],
      ['apply p95, all steps', t.apply?.all.p95, b.apply?.all.p95],
    ];
    const plain = t.replayPlain?.scriptPerFrameMs.median;
    const behind = figs
      .filter(([, x, y]) => x != null && y != null && x > y)
      .map(([n, x, y]) => `${n} ${(x / y).toFixed(2)}×${n === 'script per replay frame' && plain != null ? ` (${(plain / y).toFixed(2)}× without the replay emphasis)` : ''}`);
    const where = size === 'shipped' ? 'shipped' : size.toLocaleString('en');
    add('ahead of the baseline on first drawn graph, heap, script per replay frame, apply p95 (Tieline / baseline where not)', `${where} (${t.info?.renderer ?? 'cytoscape'})`, '< 1× each', behind.length ? behind.join(', ') : 'ahead on all four', behind.length === 0);
  }
  const firstJs = results.bundle?.initialJs.gzipKB;
  add('first-page JavaScript, gzip (what the first drawn graph needs, cytoscape included)', 'app bundle', '≤ 215 KB', firstJs !== undefined ? `${fmt(firstJs)} KB` : '–', firstJs !== undefined ? firstJs <= 215 : null);
  const t5 = bySize(5000, 'tieline');
  const b5 = bySize(5000, 'baseline');
  const s5 = bySize(5000, 'sigma');
  if (t5) {
    add('navigation to first drawn graph, median', '5,000', '≤ 1 s', `${fmt(t5.navMs.median)} ms`, t5.navMs.median <= 1000);
    add('apply time per step, p95 (worst step kind)', '5,000', '≤ 1 ms', `${fmt(maxApplyP95(t5))} ms`, maxApplyP95(t5) <= 1);
    const sig = s5 ? s5.replay.scriptPerFrameMs.median : null;
    add(
      'script per replay frame, median',
      '5,000',
      '≤ 15 ms and ≤ 2× sigma',
      `${fmt(t5.replay.scriptPerFrameMs.median)} ms (sigma ${fmt(sig)} ms)`,
      t5.replay.scriptPerFrameMs.median <= 15 && (sig === null || t5.replay.scriptPerFrameMs.median <= 2 * sig),
    );
    add('JS heap after load, median', '5,000', '≤ 60 MB', `${fmt(t5.heapMB.median)} MB`, t5.heapMB.median <= 60);
    if (b5) {
      const r = worstApply(b5) / worstApply(t5);
      add('apply p95 vs baseline (all steps)', '5,000', '≥ 20× lower', `${r.toFixed(1)}× lower`, r >= 20);
    }
  }
  const progressNote = (a) => (a?.progressMs?.median != null ? `progress shown at ${fmt(a.progressMs.median)} ms, "Drawing…" at ${fmt(a.drawingMs.median)} ms` : '');
  const a5 = bySize(5000, 'app');
  if (a5) add('navigation to first drawn graph, median', '5,000 (app, opened with ?data=)', '≤ 1 s', `${fmt(a5.navMs.median)} ms; ${progressNote(a5)}`, a5.navMs.median <= 1000);
  const a50 = bySize(50000, 'app');
  if (a50) {
    add(
      'navigation to first drawn graph, median',
      '50,000 (app, opened with ?data=)',
      '≤ 4 s, with progress shown',
      `${fmt(a50.navMs.median)} ms; ${progressNote(a50)}`,
      a50.navMs.median <= 4000 && a50.progressMs.median != null,
    );
  }
  for (const key of ['pair50000', 'wide100000']) {
    const patho = bySize(key, 'app');
    if (!patho) continue;
    add('longest main-thread task after the progress panel shows, median', `${PATHOLOGICAL[key].what} (app, ?data=)`, '≤ 1 s', `${fmt(patho.longestTaskMs.median)} ms; first drawn graph ${fmt(patho.navMs.median)} ms`, patho.longestTaskMs.median <= 1000);
  }
  const t50 = bySize(50000, 'tieline');
  if (t50) {
    add('navigation to first drawn graph, median', '50,000', '≤ 4 s', `${fmt(t50.navMs.median)} ms`, t50.navMs.median <= 4000, 'the bench page shows no progress');
    add('apply time per step, p95 (worst step kind)', '50,000', '≤ 8 ms', `${fmt(maxApplyP95(t50))} ms`, maxApplyP95(t50) <= 8);
    add('script per replay frame, median', '50,000', '≤ 100 ms', `${fmt(t50.replay.scriptPerFrameMs.median)} ms`, t50.replay.scriptPerFrameMs.median <= 100);
    add('JS heap after load, median', '50,000', '≤ 150 MB', `${fmt(t50.heapMB.median)} MB`, t50.heapMB.median <= 150);
  }
  // Emphasis: steps with a selection (and focus) or a path shown, against the same cumulative steps without.
  for (const size of ALL_SIZES) {
    const t = bySize(size, 'tieline');
    if (!t?.apply?.['selection.day']) continue;
    const plain = Math.max(...STEP_KINDS.map((k) => t.apply[`cumulative.${k}`].p95));
    for (const emphasis of EMPHASES) {
      const worst = Math.max(...STEP_KINDS.map((k) => t.apply[`${emphasis}.${k}`].p95));
      const where = size === 'shipped' ? 'shipped' : size.toLocaleString('en');
      const what = emphasis === 'selection' ? 'actor selected + focus 1 step' : 'path shown';
      add(`apply p95 with ${what} vs without (worst step kind, cumulative)`, where, '≤ 1.5×', `${fmt(worst)} ms vs ${fmt(plain)} ms (${(worst / plain).toFixed(2)}×)`, worst <= 1.5 * plain);
    }
  }
  return rows;
}

function markdown(results) {
  const m = results.meta;
  const lines = [];
  lines.push('# Tieline benchmark');
  lines.push('');
  lines.push(`Made by \`${m.command}\` (bench/run.mjs) on ${m.date}.`);
  lines.push('');
  lines.push(`- Machine: ${m.cpu} × ${m.cores} cores, ${m.memoryGB} GB RAM, ${m.platform}`);
  lines.push(`- Browser: ${m.chromium}, headless, software rendering (${m.flags}), viewport ${VIEWPORT.width}×${VIEWPORT.height}`);
  lines.push(`- Load average (1 min) at start and end: ${m.loadAverageAtStart}, ${m.loadAverageAtEnd} (${Math.max(m.loadAverageAtStart, m.loadAverageAtEnd) > m.cores ? 'above the core count: other work on the machine skews every figure' : 'within the core count'}); the run took ${m.durationMin} min`);
  lines.push(`- Node ${m.node}; cytoscape ${m.versions.cytoscape}, sigma ${m.versions.sigma}, graphology ${m.versions.graphology}`);
  lines.push(`- ${m.rounds} rounds (50,000 edges: at most 3); in each round every contender and size opens in a fresh page, contenders interleaved (order rotates per round). Generated graphs: seed ${m.seed}.`);
  lines.push('');
  lines.push('## Budgets (issue 7)');
  lines.push('');
  lines.push('| figure | graph | budget | Tieline | holds |');
  lines.push('|---|---|---|---|---|');
  for (const r of results.budgets) lines.push(`| ${r.figure} | ${r.where} | ${r.budget} | ${r.measured}${r.note ? ` (${r.note})` : ''} | ${r.holds} |`);
  lines.push('');
  lines.push('## Figures');
  lines.push('');
  lines.push('Each cell is **median / p95**. Apply time: from the date change to the renderer\'s state updated, before paint, measured in the page with `performance.now()`; samples pooled over all rounds. Script per replay frame: `ScriptDuration` delta from the DevTools protocol over the replay, divided by its frames; one sample per round. Ratios compare medians, and p95 for apply times.');
  lines.push('');
  for (const size of results.order) {
    const bySize = results.sizes[String(size)];
    if (!bySize) continue;
    const any = bySize.tieline ?? bySize.baseline ?? bySize.sigma;
    lines.push(`### ${SIZE_LABEL(size, any?.info)}`);
    lines.push('');
    const pa = bySize.app;
    if (isPathological(size) && pa) {
      lines.push(
        `${pa.rounds} rounds. **The production app opening this file** (\`app/index.html?data=…\`): first progress message ${pair(pa.progressMs)} ms; first drawn graph ${pair(pa.navMs)} ms; longest main-thread task after the progress panel showed (PerformanceObserver \`longtask\`) ${pair(pa.longestTaskMs)} ms; tasks over 1 s ${pair(pa.tasksOver1s)}.`,
      );
      lines.push('');
      continue;
    }
    const plan = any?.plan;
    if (plan) {
      lines.push(
        `${any.rounds} rounds. Steps per round and mode: ${plan.day} day steps, ${plan.month} month steps, ${plan.jump} random jumps, ${plan.paint ? 'each drawn before the next' : '**one after the other without a paint in between** (a frame takes too long here)'}; replay: ${plan.replay} steps of ${any.replayStride} days, one per animation frame, cumulative${plan.capped ? ` (**capped**: the full replay is ${REPLAY_STEPS} steps; this one is its last, densest ${plan.replay})` : ''}.`,
      );
      lines.push('');
    }
    const t = bySize.tieline;
    const b = bySize.baseline;
    const s = bySize.sigma;
    // The Tieline page draws with the renderer the app would choose for this graph (domain/drawingScale.ts).
    const tName = t?.info?.renderer ? `Tieline (${t.info.renderer})` : 'Tieline';
    lines.push(`| figure | ${tName} | baseline | sigma.js | Tieline / baseline | Tieline / sigma |`);
    lines.push('|---|---|---|---|---|---|');
    const row = (label, get, useP95 = false) => {
      const v = (x) => (x ? get(x) : null);
      const pick = (x) => (x ? (useP95 ? x.p95 : x.median) : null);
      lines.push(`| ${label} | ${pair(v(t))} | ${pair(v(b))} | ${pair(v(s))} | ${ratio(pick(v(t)), pick(v(b)))} | ${ratio(pick(v(t)), pick(v(s)))} |`);
    };
    row('navigation to first drawn graph, ms', (x) => x.navMs);
    for (const mode of MODES) {
      for (const kind of STEP_KINDS) {
        const what = { day: 'day steps', month: 'month steps', jump: 'random jumps' }[kind];
        row(`apply, ${what}, ${mode === 'window' ? '3-month window' : 'cumulative'}, ms`, (x) => x.apply[`${mode}.${kind}`], true);
      }
    }
    for (const emphasis of EMPHASES) {
      for (const kind of STEP_KINDS) {
        const what = { day: 'day steps', month: 'month steps', jump: 'random jumps' }[kind];
        const how = emphasis === 'selection' ? 'busiest actor selected + focus 1 step' : 'shortest paths between the two busiest actors shown';
        if (t?.apply?.[`${emphasis}.${kind}`]) row(`apply, ${what}, cumulative, ${how}, ms`, (x) => x.apply?.[`${emphasis}.${kind}`] ?? null, true);
      }
    }
    row('script per replay frame, ms', (x) => x.replay.scriptPerFrameMs);
    if (t?.replayPlain) {
      const plain = t.replayPlain.scriptPerFrameMs;
      const base = b?.replay?.scriptPerFrameMs;
      lines.push(`| script per replay frame, Tieline without its replay emphasis (newest lines highlighted, then settling; other columns: their one replay), ms | ${pair(plain)} | ${pair(base)} | ${pair(s?.replay?.scriptPerFrameMs)} | ${ratio(plain.median, base?.median ?? null)} | ${ratio(plain.median, s?.replay?.scriptPerFrameMs.median ?? null)} |`);
    }
    row('replay frame interval, ms', (x) => x.replay.frameMs);
    row('replay fps', (x) => x.replay.fps);
    row('replay frames over 50 ms (per replay)', (x) => x.replay.over50PerReplay);
    row('JS heap after load (after GC), MB', (x) => x.heapMB);
    const app = bySize.app;
    if (app && app.longestTaskMs) {
      lines.push('');
      lines.push(
        `**The production app opening this file** (\`app/index.html?data=…\`): first progress message ${pair(app.progressMs)} ms; first drawn graph ${pair(app.navMs)} ms; longest main-thread task after the progress panel showed (PerformanceObserver \`longtask\`) ${pair(app.longestTaskMs)} ms; tasks over 1 s ${pair(app.tasksOver1s)}.`,
      );
    } else if (app && app.progressMs) {
      lines.push('');
      const replay = app.replay ? ` Replay started with its Play button (${app.replay.steps} frames): whole-app script per replay frame ${pair(app.replay.scriptPerFrameMs)} ms (canvas-only Tieline page at the same pace: ${pair(t?.appPace?.scriptPerFrameMs)} ms; at ${t?.replayStride} days per frame: ${pair(t?.replay.scriptPerFrameMs)} ms); ${fmt(app.replay.fps.median)} fps.` : '';
      lines.push(
        `**The production app opening this file** (\`app/index.html?data=…\`, its import path: fetch, parse, validate, draw): first progress message ${pair(app.progressMs)} ms; "Drawing…" ${pair(app.drawingMs)} ms; first drawn graph ${pair(app.navMs)} ms; JS heap after load ${pair(app.heapMB)} MB.${replay}`,
      );
    } else if (app) {
      lines.push('');
      lines.push(
        `**The production app** (\`vite build\`, index.html loading ./data/graph.json; replay started with its Play button at the default speed, ${app.replay.steps} frames): navigation to first drawn graph ${pair(app.navMs)} ms; script per replay frame ${pair(app.replay.scriptPerFrameMs)} ms; ${fmt(app.replay.fps.median)} fps; frames over 50 ms per replay ${pair(app.replay.over50PerReplay)}; JS heap after load ${pair(app.heapMB)} MB. The canvas-only Tieline page replaying the same days per frame: script per replay frame ${pair(t?.appPace?.scriptPerFrameMs)} ms.${bySize.floor ? ` Plain cytoscape drawing this file (no React, no validation, a four-rule stylesheet; the floor): navigation to first drawn graph ${pair(bySize.floor.navMs)} ms.` : ''}`,
      );
    }
    lines.push('');
  }
  const bu = results.bundle;
  if (bu) {
    lines.push('## App bundle (production build, gzip -9)');
    lines.push('');
    lines.push('| part | files | raw KB | gzip KB |');
    lines.push('|---|---|---|---|');
    lines.push(`| first page: JavaScript (index.html's entry, its static imports and its modulepreloads, which include the graph view and cytoscape) | ${bu.initialJs.files} | ${fmt(bu.initialJs.rawKB)} | ${fmt(bu.initialJs.gzipKB)} |`);
    lines.push(`| first page: CSS | ${bu.initialCss.files} | ${fmt(bu.initialCss.rawKB)} | ${fmt(bu.initialCss.gzipKB)} |`);
    lines.push(`| loaded on demand (dynamic imports) | ${bu.lazy.files} | ${fmt(bu.lazy.rawKB)} | ${fmt(bu.lazy.gzipKB)} |`);
    lines.push('');
  }
  if (results.notes.length) {
    lines.push('## Notes');
    lines.push('');
    for (const n of results.notes) lines.push(`- ${n}`);
    lines.push('');
  }
  return lines.join('\n');
}

// ---------------------------------------------------------------- main

const versionOf = (pkg) => JSON.parse(readFileSync(join(repoRoot, 'node_modules', pkg, 'package.json'), 'utf8')).version;

async function main() {
  const opts = parseArgs(process.argv.slice(2));
  const loadAtStart = loadavg()[0];
  const startedAt = Date.now();
  if (opts.smoke && !process.argv.some((a) => a.startsWith('--sizes'))) opts.sizes = [1000];
  const full = !opts.smoke && opts.rounds >= 5 && ALL_SIZES.every((s) => opts.sizes.includes(s));
  const chromiumPath = ensureChromium();
  log(`Chromium: ${chromiumPath}`);
  if (opts.build) build();
  else if (!existsSync(join(distDir, 'pages', 'tieline.html'))) throw new Error('bench/dist is missing: run without --skip-build');
  const { files, seed } = await writeGraphs(opts.sizes.filter((s) => !isPathological(s)));
  for (const s of opts.sizes) if (isPathological(s)) files[s] = writePathological(s, join(distDir, 'graphs'));
  const sizes = opts.sizes.filter((s) => files[s]);

  crossOriginIsolate();
  const server = await startStaticServer(distDir);
  const browser = await chromium.launch({ executablePath: chromiumPath, args: CHROMIUM_ARGS, headless: true });
  const browserVersion = `Chromium ${browser.version()}`;
  const failures = [];
  const samples = {}; // samples[size][contender] = [...]
  const notes = [];
  try {
    for (let round = 0; round < opts.rounds; round++) {
      for (const size of sizes) {
        if (round >= roundsFor(size, opts)) continue;
        // The app opens generated graphs through its import path (?data=); not in the smoke run.
        const contenders = isPathological(size)
          ? opts.contenders.filter((c) => c === 'app')
          : opts.contenders.filter((c) => (c === 'floor' ? size === 'shipped' && !opts.smoke : c !== 'app' || size === 'shipped' || !opts.smoke));
        // Interleaved: the order rotates each round, so no contender always runs first.
        const order = contenders.map((_, k) => contenders[(k + round) % contenders.length]);
        for (const contender of order) {
          const label = `round ${round + 1}/${roundsFor(size, opts)}, ${size === 'shipped' ? 'shipped' : `${size} edges`}, ${LABELS[contender]}`;
          const t0 = Date.now();
          try {
            const sample =
              isPathological(size)
                ? { heap: NaN, ...(await measureLongTasks(browser, server.url, 'app', `graphs/${files[size]}`, 600_000)) }
                : contender === 'floor'
                ? await measureFloor(browser, server.url, files[size])
                : contender === 'app' && size === 'shipped'
                ? await measureApp(browser, server.url, opts.smoke ? 30 : REPLAY_STEPS)
                : contender === 'app'
                  ? await measureAppImport(browser, server.url, files[size], timeoutFor(size), size <= 1000 ? (opts.smoke ? 30 : REPLAY_STEPS) : 0)
                  : await measureBenchPage(browser, server.url, contender, files[size], size === 'shipped' ? 1000 : size, opts.smoke);
            if (sample.errors.length) failures.push(`${label}: ${sample.errors.slice(0, 3).join(' | ')}`);
            ((samples[size] ??= {})[contender] ??= []).push(sample);
            const figures = sample.replay
              ? `script/frame ${sample.replay.scriptPerFrameMs.toFixed(1)} ms`
              : `progress shown at ${sample.progressMs?.toFixed(0) ?? '–'} ms${sample.longestAfterProgressMs !== undefined ? `, longest task ${sample.longestAfterProgressMs.toFixed(0)} ms` : ''}`;
            log(`${label}: ${((Date.now() - t0) / 1000).toFixed(1)}s (nav ${sample.navMs?.toFixed(0) ?? "–"} ms, ${figures})`);
          } catch (err) {
            failures.push(`${label}: ${err.message.split('\n').slice(0, 4).join(' ')}`);
            log(`${label}: FAILED ${err.message.split('\n')[0]}`);
          }
        }
      }
    }
  } finally {
    await browser.close().catch(() => undefined);
    await server.close();
  }

  // Every contender must show the same interactions after the same steps.
  for (const size of sizes) {
    const bySize = samples[size] ?? {};
    const ref = bySize.tieline?.[0]?.visible;
    for (const c of ['baseline', 'sigma']) {
      const other = bySize[c]?.[0]?.visible;
      if (!ref || !other) continue;
      for (const key of Object.keys(ref)) {
        if (ref[key] !== other[key]) failures.push(`${size}: ${LABELS[c]} shows ${other[key]} interactions after ${key}, Tieline ${ref[key]}`);
      }
    }
  }
  for (const size of sizes) {
    for (const c of opts.contenders) {
      if (c === 'app' && size !== 'shipped' && opts.smoke) continue;
      if (c === 'floor' && (size !== 'shipped' || opts.smoke)) continue;
      if (isPathological(size) && c !== 'app') continue;
      if (!samples[size]?.[c]?.length) failures.push(`${size}: ${LABELS[c]} produced no numbers`);
    }
  }

  const results = {
    meta: {
      date: new Date().toISOString().slice(0, 10),
      command: full ? 'npm run bench' : `npm run bench -- ${process.argv.slice(2).join(' ')}`,
      cpu: cpus()[0]?.model.trim() ?? 'unknown',
      cores: cpus().length,
      memoryGB: Math.round(totalmem() / 2 ** 30),
      platform: `${process.platform} ${process.arch}`,
      node: process.version,
      chromium: '',
      flags: CHROMIUM_ARGS.filter((f) => /gpu|headless/.test(f)).join(' '),
      versions: { cytoscape: versionOf('cytoscape'), sigma: versionOf('sigma'), graphology: versionOf('graphology'), react: versionOf('react') },
      rounds: opts.rounds,
      seed,
      loadAverageAtStart: Math.round(loadAtStart * 100) / 100,
      loadAverageAtEnd: Math.round(loadavg()[0] * 100) / 100,
      durationMin: Math.round((Date.now() - startedAt) / 6000) / 10,
    },
    order: [...ALL_SIZES, 'wide100000'].filter((s) => sizes.includes(s)),
    sizes: {},
    bundle: existsSync(join(distDir, 'app', 'index.html')) ? bundleSizes(join(distDir, 'app')) : null,
    budgets: [],
    notes,
    failures,
  };
  results.meta.chromium = browserVersion;
  for (const size of results.order) {
    const out = {};
    for (const c of [...BENCH_CONTENDERS, 'app', 'floor']) {
      const list = samples[size]?.[c];
      if (!list?.length) continue;
      const s = summarise(list);
      if (list[0].replay?.stride) s.replayStride = list[0].replay.stride;
      delete s.visible;
      out[c] = s;
    }
    results.sizes[String(size)] = out;
  }
  results.budgets = budgetRows(results);
  if (!sizes.includes('shipped') && opts.sizes.includes('shipped')) notes.push('No data/graph.json: the shipped-data rows are missing.');
  notes.push(
    'Tieline: bench/pages/tieline.tsx validates and models the file with the app\'s loader (graphFromText), creates the app\'s store and mounts the app\'s graph view chooser (LazyGraphCanvas: cytoscape\'s GraphCanvas below 10,000 drawn lines, sigma\'s SigmaCanvas from there, as the app does; each size\'s Tieline column names the renderer); apply = `store.getState().setDay(d)` returning (the view engine\'s step + the renderer\'s updates: class changes in one cy.batch, or sigma attribute changes). The shipped-data "Tieline app" line is the production build itself.',
    'Where Tieline (cytoscape) is behind the baseline on the first drawn graph, from load profiles of both pages at 5,000 edges (`node bench/profile.mjs --contender=tieline|baseline --size=5000 --phase=load`, 2026-12-02): cytoscape\'s own work (style, the opening fit, drawing) and GC are the same on both (about 3.6 s vs 3.8 s of samples, GC 625 vs 630 ms); Tieline\'s extra is validating the file (the zod schema about 250 ms, the whole-file checks 30 ms: a tenth of the load), the view engine\'s indexes (about 80 ms) and the element classes that carry status, certainty and kind (about 80 ms). The baseline reads the file without checking it; Tieline reports bad input with its place instead of drawing a wrong graph, and the engine\'s indexes are what make its steps several times faster than the baseline\'s (apply rows), so both stay. On the shipped data (the same profiles with `--size=shipped --phase=load`, one load each, samples slowed alike by the profiler): the page spends more than the baseline\'s on cytoscape\'s first frames of the richer look (+61 ms: wrapped, outlined labels, borders, kind dashes, arrowheads), compiling and styling (+69 ms: its larger script), validation (+28 ms), React (+23 ms), and the model and the engine (+12 ms); cytoscape\'s creation and opening fit is 26 ms shorter. From 10,000 drawn lines the app, and so this page, draws with sigma.',
    'Where Tieline (cytoscape) is above the baseline on the JS heap, from heap snapshots of both pages after the same load (`node bench/heapProfile.mjs`, [results/heap.md](heap.md), 2026-12-02): on the shipped data the difference (about 0.8 MB) is nearly all code, not data: machine code compiled while loading (+0.31 MB), bytecode and its metadata (+0.29 MB) and the script text itself (+0.18 MB) of what the baseline does not run (validation, the view engine, the panels, the URL state); the graph\'s data is +0.12 MB. At 5,000 edges the data part is +0.58 MB, most of it the engine\'s typed-array indexes (about 0.47 MB), after this run\'s engine dropped its table of every pair and its retained last change record (data part before: +1.23 MB). The code is what the app is; the indexes are what make its steps faster than the baseline\'s.',
    'Where the app is above the plain-cytoscape floor on the first drawn graph, from CPU profiles of both loads (`node bench/floor.mjs --profile`, [results/floor.md](floor.md)): the floor has no controls and no React. The app\'s extra is React\'s first render and commit of the whole app (55–80 ms of samples in profiled runs, for 267 DOM elements: react-dom\'s own code running for the first time), compiling and running its larger first-page script (React, zod and the app beside cytoscape), and cytoscape\'s first frame of the richer look (wrapped, outlined labels, borders, kind dashes and arrowheads: one synchronous render of the same elements took 58 ms with the app\'s stylesheet and 40 ms with the floor\'s four rules). The look carries kind, status and certainty, which the truth standard needs; the ratio cannot reach 1.15× without leaving React, which is the chosen stack. This run\'s change: the framing\'s resize observer no longer forces a second full frame before the first one is shown.',
    'When Tieline is above the baseline on script per replay frame (in runs on a busier machine: 1.17× at 5,000 edges): the row "Tieline without its replay emphasis" replays the same days with the emphasis of the newest lines off (the baseline has none). The emphasis restyles the lines that arrive and settle on every frame, and makes cytoscape draw frames in which nothing else changed; without it Tieline is at or below the baseline at every size (from replay profiles at 5,000 edges, `node bench/profile.mjs --contender=tieline|baseline --size=5000 --phase=replay`, 2026-12-02: the rest of the difference is cytoscape drawing, which still visits the hidden out-of-view lines that Tieline keeps in the renderer so a step only changes classes). The emphasis is what shows a reader of the replay or its video what just happened, so it stays.',
    'Baseline: react-cytoscapejs with a freshly filtered elements array per step (apply = flushSync of the state change: render, element diff, cy.add/cy.remove). It parses the file without validation.',
    'sigma.js: graphology graph with every element, `hidden` flipped on changed edges (from the change records of Tieline\'s view engine, to compare renderers); sigma redraws on its next frame, so its apply time excludes its drawing, which shows in script per replay frame.',
    'Up to 2,000 edges each page waits two animation frames between measured steps, so every step starts after the previous state was drawn; on larger graphs steps follow each other (see each size\'s line).',
    'Replay fps and long frames depend on the GPU (here: none, SwiftShader / software canvas); judge them on the shipped data.',
  );
  mkdirSync(resultsDir, { recursive: true });
  const md = markdown(results);
  const stem = full ? 'latest' : 'partial';
  const ext = full ? '' : '.tmp';
  writeFileSync(join(resultsDir, `${stem}.json${ext}`), JSON.stringify(results, null, 2) + '\n');
  writeFileSync(join(resultsDir, `${stem}.md${ext}`), md + '\n');
  console.log('\n' + md);
  log(`wrote ${relative(repoRoot, join(resultsDir, `${stem}.md${ext}`))} and .json${ext}`);
  if (failures.length) {
    console.error(`\n${failures.length} problem(s):\n  ${failures.join('\n  ')}`);
    process.exitCode = 1;
  }
}

main().catch((err) => {
  console.error(err);
  process.exitCode = 1;
});

