// `npm run picture-check`: is the picture publishable? In headless Chromium,
// against the production build (dist/; built first unless SKIP_BUILD=1), for
// each moment and screen it prints actors on screen / in view, the smallest
// label, label overlaps, labels over actors and lines through actors, and
// writes a screenshot plus 1×, 2× and 4× PNG exports (desktop and phone) to
// test-output/picture-check/. Positions and boxes come from the graph view's
// read-only geometry (src/graph-view/readGeometry.ts).
//
//   npm run picture-check            (builds first)
//   SKIP_BUILD=1 npx tsx scripts/picture-check.ts [--no-export] [--verbose] [--only=phone|desktop|embed]
import { spawnSync } from 'node:child_process';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, ensureChromium } from '../tests/browser/chromium.mjs';
import { startStaticServer } from '../tests/browser/static-server.mjs';
import { waitForGraph } from '../tests/browser/harness';
import { MOMENTS, measurePage, type PictureFigures } from '../tests/browser/pictureMetrics';
import { pngSize } from '../tests/browser/exportFiles';

const OUT = 'test-output/picture-check';
const VIEWPORTS: { name: string; width: number; height: number; mobile: boolean; query?: string }[] = [
  { name: 'desktop', width: 1440, height: 900, mobile: false },
  { name: 'phone', width: 390, height: 844, mobile: true },
  // An iframe on a news page (the embed snippet's size): chrome-less, caption, legend behind a button.
  { name: 'embed', width: 860, height: 560, mobile: false, query: 'embed=1' },
];
const args = new Set(process.argv.slice(2));
// --only=phone (or desktop, embed): one screen.
const only = [...args].find((a) => a.startsWith('--only='))?.slice('--only='.length);
const verbose = args.has('--verbose');

if (process.env.SKIP_BUILD !== '1') {
  const built = spawnSync('npx', ['vite', 'build'], { stdio: 'inherit' });
  if (built.status !== 0) process.exit(built.status ?? 1);
}
await mkdir(OUT, { recursive: true });
const server = await startStaticServer("dist");
const browser = await chromium.launch({ executablePath: ensureChromium(), args: CHROMIUM_ARGS, headless: true });
const rows: { moment: string; viewport: string; figures: PictureFigures; exports: string[] }[] = [];
try {
  for (const vp of VIEWPORTS.filter((v) => !only || v.name === only)) {
    for (const moment of MOMENTS) {
      const context = await browser.newContext({
        viewport: { width: vp.width, height: vp.height },
        ...(vp.mobile ? { isMobile: true, hasTouch: true, deviceScaleFactor: 2 } : {}),
        acceptDownloads: true,
      });
      const page = await context.newPage();
      const url = new URL(moment.path, server.url);
      if (vp.query) url.search = url.search ? `${url.search}&${vp.query}` : `?${vp.query}`;
      await page.goto(url.href);
      await waitForGraph(page, { settled: true });
      const figures = await measurePage(page);
      const shot = `${vp.name}-${moment.name}`;
      await page.screenshot({ path: join(OUT, `${shot}.png`) });
      const exports: string[] = [];
      if (vp.name !== 'embed' && !args.has('--no-export')) {
        for (const scale of [1, 2, 4]) {
          await page.getByRole('button', { name: 'Export…' }).click();
          await page.getByRole('dialog', { name: 'Export' }).waitFor();
          await page.getByRole('radio', { name: `${scale}×` }).check();
          const [download] = await Promise.all([page.waitForEvent('download', { timeout: 60_000 }), page.getByRole('button', { name: 'Download PNG' }).click()]);
          const file = join(OUT, `export-${vp.name === 'desktop' ? '' : `${vp.name}-`}${moment.name}-${scale}x.png`);
          await download.saveAs(file);
          const size = await pngSize(file);
          exports.push(`${scale}× ${size.width}×${size.height}`);
          await page.keyboard.press('Escape');
          await page.getByRole('dialog', { name: 'Export' }).waitFor({ state: 'detached' });
        }
      }
      rows.push({ moment: moment.name, viewport: vp.name, figures, exports });
      await context.close();
    }
  }
} finally {
  await browser.close();
  await server.close();
}

for (const { moment, viewport, figures: f, exports } of rows) {
  console.log(
    `${viewport.padEnd(7)} ${moment.padEnd(22)} on screen ${f.onScreen}/${f.inView}  smallest label ${f.smallestLabelPx} px (${f.smallestLabelPct}% of width)  ` +
      `label overlaps ${f.labelOverlaps.length}  labels over actors ${f.labelsOverActors.length}  lines through actors ${f.linesThroughActors.length}/${f.linesDrawn}  lines through labels ${f.linesThroughLabels.length}  ` +
      `controls ${f.controlsPct}% of height${f.sidewaysScroll?.length ? `, scrolls sideways: ${f.sidewaysScroll.join(', ')}` : ''}`,
  );
  if (f.picture) {
    console.log(
      `        picture (default export): ${f.picture.actors} actors, smallest label ${f.picture.smallestLabelPx} px at 1× = ${f.picture.smallestLabelPct}% of the ${f.picture.width} px graph width` +
        (exports.length ? `; files ${exports.join(', ')}` : ''),
    );
  }
  if (verbose) {
    for (const list of [f.offScreen.map((n) => `off screen: ${n}`), f.labelOverlaps, f.labelsOverActors, f.linesThroughActors]) for (const line of list) console.log(`          ${line}`);
  }
}
await writeFile(join(OUT, 'figures.json'), `${JSON.stringify(rows, null, 2)}\n`);
console.log(`screenshots and exports in ${OUT}/`);
