// How low can "navigation to first drawn graph" go on this machine? Opens, in
// fresh pages and interleaved, a blank page that paints one rectangle, plain
// cytoscape drawing the shipped data (bench/pages/cytoscape-floor.ts), and the
// production app, and prints the median and range of each. Issue 7 asks for
// 250 ms on the shipped data; this shows what part of that any page, and any
// cytoscape page, already spends here.
//
//   node bench/floor.mjs [--rounds=10] [--skip-build] [--profile[=3]]
//
// --profile: then CPU-profiles the loads of plain cytoscape and of the app
// (readable builds) and writes where each spends its main thread, by
// category (bench/loadProfile.mjs), into results/floor.md.
import { writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, ensureChromium } from '../tests/browser/chromium.mjs';
import { startStaticServer } from '../tests/browser/static-server.mjs';
import { VIEWPORT, benchDir, build, crossOriginIsolate, distDir, log, writeGraphs } from './harness.mjs';
import { CATEGORIES, buildReadable, categorize, profileLoad } from './loadProfile.mjs';

const rounds = Number(process.argv.find((a) => a.startsWith('--rounds='))?.split('=')[1] ?? 10);
const profileArg = process.argv.find((a) => a.startsWith('--profile'));
const profileRounds = profileArg ? Number(profileArg.split('=')[1] ?? 3) : 0;
if (!process.argv.includes('--skip-build')) build();
await writeGraphs(['shipped']);

const pages = [
  { name: 'blank page (one canvas rectangle)', path: 'pages/blank.html', mark: 'floor:painted' },
  { name: 'plain cytoscape, shipped data', path: 'pages/cytoscape-floor.html?graph=../graphs/shipped.json', mark: 'floor:painted' },
  { name: 'Tieline app, shipped data', path: 'app/index.html', mark: 'tieline:graph-painted' },
];

crossOriginIsolate();
const server = await startStaticServer(distDir);
const browser = await chromium.launch({ executablePath: ensureChromium(), args: CHROMIUM_ARGS, headless: true });
const samples = pages.map(() => []);
const profiled = [[], []];
try {
  for (let r = 0; r < rounds; r++) {
    for (const [i, p] of pages.entries()) {
      const context = await browser.newContext({ viewport: VIEWPORT });
      const page = await context.newPage();
      await page.goto(server.url + p.path, { waitUntil: 'load' });
      await page.waitForFunction((m) => performance.getEntriesByName(m).length > 0, p.mark, { polling: 50, timeout: 60_000 });
      samples[i].push(await page.evaluate((m) => performance.getEntriesByName(m)[0].startTime, p.mark));
      await context.close();
    }
    log(`round ${r + 1}/${rounds}`);
  }
  if (profileRounds > 0) {
    buildReadable();
    for (let r = 0; r < profileRounds; r++) {
      profiled[0].push(categorize(await profileLoad(browser, `${server.url}pages-readable/cytoscape-floor.html?graph=../graphs/shipped.json`, 'floor:painted')));
      profiled[1].push(categorize(await profileLoad(browser, `${server.url}app-readable/index.html`, 'tieline:graph-painted')));
      log(`profile ${r + 1}/${profileRounds}`);
    }
  }
} finally {
  await browser.close();
  await server.close();
}
const median = (a) => {
  const s = [...a].sort((x, y) => x - y);
  return s.length % 2 ? s[s.length >> 1] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const lines = [
  '# Navigation floor',
  '',
  `Made by \`node bench/floor.mjs\` on ${new Date().toISOString().slice(0, 10)}: ${cpus()[0]?.model.trim()} × ${cpus().length} cores, load average ${loadavg()[0].toFixed(2)} at the end; ${rounds} rounds, a fresh browser context per page, pages interleaved; headless Chromium, software rendering, 1440×900.`,
  '',
  '| page | navigation to first drawn graph, median | min – max |',
  '|---|---|---|',
  ...pages.map((p, i) => `| ${p.name} | ${median(samples[i]).toFixed(0)} ms | ${Math.min(...samples[i]).toFixed(0)} – ${Math.max(...samples[i]).toFixed(0)} ms |`),
  '',
  `Tieline ÷ plain cytoscape: **${(median(samples[2]) / median(samples[1])).toFixed(2)}×** (medians).`,
  '',
];
if (profileRounds > 0) {
  const cell = (runs, c) => median(runs.map((x) => x[c]));
  const total = (runs) => median(runs.map((x) => Object.values(x).reduce((a, b) => a + b, 0)));
  lines.push(
    `## Where the main thread goes until the first drawn graph`,
    '',
    `CPU profiles of ${profileRounds} loads each (readable builds, 0.1 ms sampling, which slows both pages alike; medians per row): each sample counted once, in the first category that matches its stack (bench/loadProfile.mjs).`,
    '',
    '| category | plain cytoscape, ms | Tieline app, ms | difference, ms |',
    '|---|---|---|---|',
    ...CATEGORIES.map((c) => `| ${c} | ${cell(profiled[0], c).toFixed(1)} | ${cell(profiled[1], c).toFixed(1)} | ${(cell(profiled[1], c) - cell(profiled[0], c)).toFixed(1)} |`),
    `| all (navigation to the mark) | ${total(profiled[0]).toFixed(0)} | ${total(profiled[1]).toFixed(0)} | ${(total(profiled[1]) - total(profiled[0])).toFixed(0)} |`,
    '',
  );
}
console.log(`\n${lines.join('\n')}`);
writeFileSync(join(benchDir, 'results', 'floor.md'), lines.join('\n'));
