// What the "JS heap after load" of the Tieline and baseline bench pages is
// made of: a heap snapshot of each after the same load and GC as the bench
// (bench.ready, three frames, two collections), every object's own size put
// in one category, side by side, into results/heap.md. It answers where
// Tieline's heap is above the baseline's: compiled code, script text or data.
//
//   node bench/heapProfile.mjs [--sizes=shipped,1000,5000] [--rounds=2] [--skip-build]
import { writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, ensureChromium } from '../tests/browser/chromium.mjs';
import { startStaticServer } from '../tests/browser/static-server.mjs';
import { VIEWPORT, benchDir, build, distDir, log, writeGraphs } from './harness.mjs';

const arg = (name, fallback) => process.argv.find((a) => a.startsWith(`--${name}=`))?.split('=')[1] ?? fallback;
const sizes = arg('sizes', 'shipped,1000,5000')
  .split(',')
  .map((s) => (s === 'shipped' ? s : Number(s)));
const rounds = Number(arg('rounds', 2));
const CONTENDERS = ['tieline', 'baseline'];

/** [category, test(type, name)] on a snapshot node; first match wins. */
const RULES = [
  ['machine code (functions compiled while loading)', (t, n) => t === 'code' && /InstructionStream|^system \/ Code$/.test(n)],
  ['bytecode and its metadata (feedback, scopes)', (t) => t === 'code'],
  ['script source text', (t, n) => t === 'native' && n === 'system / ExternalStringData'],
  ['object shapes (hidden classes)', (t) => t === 'object shape'],
  ['functions (closures)', (t) => t === 'closure'],
  ['objects, arrays, strings, numbers (the data)', (t) => ['object', 'array', 'string', 'concatenated string', 'sliced string', 'number', 'regexp', 'symbol', 'hidden'].includes(t)],
  ['other native (typed arrays, DOM and renderer bindings)', () => true],
];

/** Kilobytes per category of one heap snapshot. */
function categorize(snap) {
  const meta = snap.snapshot.meta;
  const width = meta.node_fields.length;
  const ti = meta.node_fields.indexOf('type');
  const ni = meta.node_fields.indexOf('name');
  const si = meta.node_fields.indexOf('self_size');
  const types = meta.node_types[0];
  const out = Object.fromEntries(RULES.map(([c]) => [c, 0]));
  for (let i = 0; i < snap.nodes.length; i += width) {
    const type = types[snap.nodes[i + ti]];
    const name = snap.strings[snap.nodes[i + ni]];
    out[RULES.find(([, test]) => test(type, name))[0]] += snap.nodes[i + si] / 1024;
  }
  return out;
}

async function snapshot(browser, url) {
  const context = await browser.newContext({ viewport: VIEWPORT });
  try {
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await page.goto(url);
    await page.evaluate(() => window.bench.ready.then(() => window.bench.frames(3)));
    await cdp.send('HeapProfiler.enable');
    await cdp.send('HeapProfiler.collectGarbage');
    await cdp.send('HeapProfiler.collectGarbage');
    const { usedSize } = await cdp.send('Runtime.getHeapUsage');
    const chunks = [];
    cdp.on('HeapProfiler.addHeapSnapshotChunk', (e) => chunks.push(e.chunk));
    await cdp.send('HeapProfiler.takeHeapSnapshot', { reportProgress: false });
    return { usedKB: usedSize / 1024, parts: categorize(JSON.parse(chunks.join(''))) };
  } finally {
    await context.close();
  }
}

if (!process.argv.includes('--skip-build')) build();
const { files } = await writeGraphs(sizes);
const server = await startStaticServer(distDir);
const browser = await chromium.launch({ executablePath: ensureChromium(), args: CHROMIUM_ARGS, headless: true });
const median = (a) => {
  const s = [...a].sort((x, y) => x - y);
  return s.length % 2 ? s[s.length >> 1] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const kb = (v) => (Math.abs(v) >= 1024 ? `${(v / 1024).toFixed(2)} MB` : `${v.toFixed(0)} KB`);
const lines = [
  '# What the JS heap after load is made of',
  '',
  `Made by \`node bench/heapProfile.mjs\` on ${new Date().toISOString().slice(0, 10)}: ${cpus()[0]?.model.trim()} × ${cpus().length} cores; headless Chromium, 1440×900; the bench pages (bench/pages/tieline.tsx, baseline.tsx) after the bench's own load and GC; a V8 heap snapshot of each, every object's own size in one category (first rule that matches, \`RULES\` in the script); median of ${rounds} snapshots per page. The heap figure of the bench table (\`JSHeapUsedSize\`) is the same heap.`,
  '',
];
try {
  for (const size of sizes) {
    if (!files[size]) continue;
    const runs = Object.fromEntries(CONTENDERS.map((c) => [c, []]));
    for (let r = 0; r < rounds; r++) {
      for (const c of CONTENDERS) runs[c].push(await snapshot(browser, `${server.url}pages/${c}.html?graph=${encodeURIComponent(`../graphs/${files[size]}`)}`));
    }
    log(`heap snapshots: ${size}`);
    const cell = (c, k) => median(runs[c].map((x) => x.parts[k]));
    const used = (c) => median(runs[c].map((x) => x.usedKB));
    lines.push(`## ${size === 'shipped' ? 'Shipped data' : `${size.toLocaleString('en')} edges`}`, '');
    lines.push('| part | Tieline | baseline | Tieline − baseline |', '|---|---|---|---|');
    for (const [k] of RULES) lines.push(`| ${k} | ${kb(cell('tieline', k))} | ${kb(cell('baseline', k))} | ${kb(cell('tieline', k) - cell('baseline', k))} |`);
    lines.push(`| **heap used** | ${kb(used('tieline'))} | ${kb(used('baseline'))} | ${kb(used('tieline') - used('baseline'))} (${(used('tieline') / used('baseline')).toFixed(2)}×) |`, '');
  }
} finally {
  await browser.close();
  await server.close();
}
writeFileSync(join(benchDir, 'results', 'heap.md'), lines.join('\n'));
console.log(lines.join('\n'));
