// The picture is publishable: for the moments on a desktop and a
// phone, every actor in view is on screen, labels are large enough, nothing
// hides anything, the phone's controls fit; the default export leaves out
// what is not in view and explains its line styles. Geometry comes from the
// graph view's read-only door (see pictureMetrics.ts, as `npm run picture-check`).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DESKTOP, PHONE, launchBrowser, openPage, screenshot, type Browser, waitForGraph } from './harness';
import { MOMENTS, measurePage } from './pictureMetrics';
import { EXPORT_DIR, saveDownload } from './exportFiles';
import { readFile } from 'node:fs/promises';
import { readFileSync } from 'node:fs';

/** An iframe from the embed snippet (ExportDialog/embedSnippet.ts: 560 high, as wide as the column) in a newspaper column. */
const EMBED = { width: 860, height: 560 };

describe('picture', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  for (const moment of MOMENTS) {
    it(`desktop, ${moment.name}: every actor in view on screen, labels ≥ 11 px (≥ 1.1% of a picture), nothing hides anything`, async () => {
      const { page, consoleErrors, close } = await openPage(browser, { viewport: DESKTOP, path: moment.path });
      await waitForGraph(page, { settled: true });
      const f = await measurePage(page);
      await screenshot(page, `picture-desktop-${moment.name}`);
      expect(f.inView).toBeGreaterThan(10);
      expect(f.offScreen).toEqual([]);
      expect(f.smallestLabelPx).toBeGreaterThanOrEqual(11);
      expect(f.picture!.smallestLabelPct).toBeGreaterThanOrEqual(1.1);
      expect(f.labelOverlaps).toEqual([]);
      expect(f.labelsOverActors).toEqual([]);
      expect(f.linesThroughActors).toEqual([]);
      expect(consoleErrors).toEqual([]);
      await close();
    });

    it(`phone, ${moment.name}: every actor in view on screen in the tall layout, nothing hides anything, no sideways scrolling`, async () => {
      const { page, close } = await openPage(browser, { viewport: PHONE, mobile: true, path: moment.path });
      await waitForGraph(page, { settled: true });
      const f = await measurePage(page);
      await screenshot(page, `picture-phone-${moment.name}`);
      expect(f.offScreen).toEqual([]);
      // Short names, each label below or beside its actor (the tall layout stores where): the 12 px.
      expect(f.smallestLabelPx).toBeGreaterThanOrEqual(12);
      expect(f.labelOverlaps).toEqual([]);
      expect(f.labelsOverActors).toEqual([]);
      expect(f.linesThroughActors).toEqual([]);
      expect(f.sidewaysScroll).toEqual([]);
      // "About a third" of the height for header, legend and controls.
      expect(f.controlsPct).toBeLessThanOrEqual(35);
      await close();
    });
  }

  for (const moment of MOMENTS) {
    it(`embed 860×560, ${moment.name}: every actor in view on screen, labels ≥ 11 px, nothing hides anything`, async () => {
      const path = moment.path ? `${moment.path}&embed=1` : '?embed=1';
      const { page, consoleErrors, close } = await openPage(browser, { viewport: EMBED, path });
      await waitForGraph(page, { settled: true });
      const f = await measurePage(page);
      await screenshot(page, `picture-embed-${moment.name}`);
      expect(f.inView).toBeGreaterThan(10);
      expect(f.offScreen).toEqual([]);
      expect(f.smallestLabelPx).toBeGreaterThanOrEqual(11);
      expect(f.labelOverlaps).toEqual([]);
      expect(f.labelsOverActors).toEqual([]);
      expect(f.linesThroughActors).toEqual([]);
      expect(consoleErrors).toEqual([]);
      await close();
    });
  }

  it('phone: Export…, Copy link and the switches are reachable (the switches in the More menu)', async () => {
    const { page, close } = await openPage(browser, { viewport: PHONE, mobile: true });
    await waitForGraph(page, { settled: true });
    for (const name of ['Export…', 'Copy link', 'Copy caption', 'More ▾']) {
      const box = (await page.getByRole('button', { name, exact: true }).boundingBox())!;
      expect(box.x).toBeGreaterThanOrEqual(0);
      expect(box.x + box.width).toBeLessThanOrEqual(PHONE.width);
    }
    await page.getByRole('button', { name: 'More ▾' }).click();
    await page.getByRole('checkbox', { name: 'Merge repeats' }).check();
    await screenshot(page, 'picture-phone-more-menu');
    expect(await page.getByRole('button', { name: 'Clean view' }).count()).toBe(1);
    await close();
  });

  it('the default PNG leaves out actors with no tie in view and affiliations, and its legend names the line styles', async () => {
    const { page, close } = await openPage(browser, { viewport: DESKTOP, path: '?date=2024-12-31&mode=window&window=12m' });
    await waitForGraph(page, { settled: true });
    const idle = await page.evaluate(() => window.__tieline!.cy.nodes('.idle').length);
    expect(idle).toBeGreaterThan(0);
    const picture = await page.evaluate(() => window.__tieline!.view.pictureGeometry());
    const onScreen = await page.evaluate(() => window.__tieline!.cy.nodes(':visible').length);
    expect(picture.actors).toBeLessThan(onScreen - idle + 1);
    // The look is only for the picture: the screen is as it was.
    expect(await page.evaluate(() => window.__tieline!.cy.nodes(':visible').length)).toBe(onScreen);
    await page.getByRole('button', { name: 'Export…' }).click();
    await page.getByRole('radio', { name: 'SVG (editable)' }).check();
    const file = await saveDownload(page, () => page.getByRole('button', { name: 'Download SVG' }).click(), 'picture-window.svg');
    const parsed = await page.evaluate((svg) => {
      const doc = new DOMParser().parseFromString(svg, 'image/svg+xml');
      return { nodes: doc.querySelectorAll('#nodes > *').length, texts: [...doc.querySelectorAll('text')].map((t) => t.textContent ?? '') };
    }, await readFile(file, 'utf8'));
    expect(parsed.nodes).toBe(picture.actors);
    expect(parsed.texts).toContain('Disputed');
    expect(parsed.texts).not.toContain('Office held');
    // With the switch, the affiliations and idle actors come back.
    await page.getByRole('checkbox', { name: 'Actors with no tie in view' }).check();
    const all = await saveDownload(page, () => page.getByRole('button', { name: 'Download SVG' }).click(), 'picture-window-all.svg');
    const count = await page.evaluate((svg) => new DOMParser().parseFromString(svg, 'image/svg+xml').querySelectorAll('#nodes > *').length, await readFile(all, 'utf8'));
    expect(count).toBe(onScreen);
    expect(EXPORT_DIR).toBeTruthy();
    await close();
  });

  it('an SVG picture keeps full names on a desktop; made on a phone (a narrow picture) it draws the short names, each on its side', async () => {
    const names = async (viewport: typeof DESKTOP, mobile: boolean, name: string) => {
      const { page, close } = await openPage(browser, { viewport, mobile });
      await waitForGraph(page, { settled: true });
      await page.getByRole('button', { name: 'Export…' }).click();
      await page.getByRole('radio', { name: 'SVG (editable)' }).check();
      const file = await saveDownload(page, () => page.getByRole('button', { name: 'Download SVG' }).click(), name);
      const labels = await page.evaluate(
        (svg) => [...new DOMParser().parseFromString(svg, 'image/svg+xml').querySelectorAll('#labels text')].map((t) => ({
          // A wrapped label is one <tspan> a line.
          text: [...t.querySelectorAll('tspan')].map((line) => line.textContent).join(' '),
          anchor: t.getAttribute('text-anchor'),
        })),
        await readFile(file, 'utf8'),
      );
      await close();
      return labels;
    };
    const desktop = await names(DESKTOP, false, 'picture-desktop.svg');
    expect(desktop.map((l) => l.text)).toEqual(expect.arrayContaining(['Vladimir Putin', 'Volodymyr Zelensky']));
    expect(desktop.every((l) => l.anchor === 'middle')).toBe(true);
    const phone = await names(PHONE, true, 'picture-phone.svg');
    expect(phone.map((l) => l.text)).toEqual(expect.arrayContaining(['Putin', 'Zelensky', 'MFA Vietnam']));
    expect(phone.map((l) => l.text)).not.toContain('Vladimir Putin');
    // Labels beside their actor start or end at it.
    expect(phone.some((l) => l.anchor === 'start') && phone.some((l) => l.anchor === 'end')).toBe(true);
  });

  it('disputed, planned and abstained ties are drawn in their own look on the graph', async () => {
    const file = JSON.parse(readFileSync(new URL('../../data/graph.json', import.meta.url), 'utf8')) as {
      edges: { id: string; status?: string; position?: string }[];
    };
    // Element ids are `e<index>`, the edge's place in the file (see graph-view/elements.ts).
    const ids = (pick: (e: { status?: string; position?: string }) => boolean) => file.edges.flatMap((e, i) => (pick(e) ? [`e${i}`] : []));
    const disputed = ids((e) => e.status === 'disputed');
    const planned = ids((e) => e.status === 'planned');
    const abstained = ids((e) => e.position === 'abstain');
    expect(disputed.length * planned.length * abstained.length).toBeGreaterThan(0);
    const { page, close } = await openPage(browser, { viewport: DESKTOP });
    await waitForGraph(page, { settled: true });
    const looks = await page.evaluate(
      ({ disputed, planned, abstained }) => {
        const cy = window.__tieline!.cy;
        const style = (id: string) => {
          const e = cy.getElementById(id);
          return { line: e.style('line-color'), outline: e.style('line-outline-width'), dash: e.style('line-style'), arrow: e.style('target-arrow-shape') };
        };
        return { disputed: disputed.map(style), planned: planned.map(style), abstained: abstained.map(style) };
      },
      { disputed, planned, abstained },
    );
    // Disputed: hollow (a white core inside an outline). Planned: broken. Abstained: a bar, not an arrow.
    for (const d of looks.disputed) {
      expect(d.line).toBe('rgb(255,255,255)');
      expect(Number.parseFloat(d.outline)).toBeGreaterThan(0);
    }
    for (const p of looks.planned) expect(p.dash).toBe('dashed');
    for (const a of looks.abstained) expect(a.arrow).toBe('tee');
    await close();
  });

  it('embed: the legend opens from its button by keyboard, then wraps instead of being cut off', async () => {
    const { page, close } = await openPage(browser, { viewport: EMBED, path: '?embed=1&date=2022-03-31' });
    await waitForGraph(page, { settled: true });
    // Folded at first: the graph gets the height.
    const toggle = page.getByRole('button', { name: 'Legend' });
    expect(await toggle.getAttribute('aria-expanded')).toBe('false');
    await toggle.focus();
    await page.keyboard.press('Enter');
    expect(await toggle.getAttribute('aria-expanded')).toBe('true');
    const legend = page.getByRole('group', { name: 'Legend entries' });
    const sizes = await legend.evaluate((el) => ({ sw: el.scrollWidth, cw: el.clientWidth, right: el.getBoundingClientRect().right }));
    expect(sizes.sw).toBeLessThanOrEqual(sizes.cw + 1);
    expect(sizes.right).toBeLessThanOrEqual(860);
    await legend.focus();
    expect(await legend.evaluate((el) => el === document.activeElement)).toBe(true);
    await screenshot(page, 'picture-embed-860x560');
    await close();
  });
});
