// Large graphs are drawn by sigma.js (WebGL) instead of cytoscape
// (graph-view/rendererChoice.ts): opening one never blocks the page, a tap
// selects, time steps hide lines, and Cancel while drawing brings back the
// graph before.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, openPage, screenshot, type Browser, type Page, waitForGraph } from './harness';

/** `rows` interactions among `actors` actors, one a day from 2000 on (deterministic). */
function largeCsv(rows: number, actors: number): Buffer {
  const lines = ['source,target,date'];
  const first = Date.UTC(2000, 0, 1);
  for (let i = 0; i < rows; i++) {
    const a = i % actors;
    const b = (a + 1 + ((i * 7919) % (actors - 1))) % actors;
    lines.push(`Actor ${a},Actor ${b},${new Date(first + i * 86_400_000).toISOString().slice(0, 10)}`);
  }
  return Buffer.from(lines.join('\n') + '\n');
}

/** The dense file of bench/pathological.mjs: `rows` interactions among `actors` actors, random pairs (mulberry32, deterministic). */
function denseCsv(rows: number, actors: number): Buffer {
  const lines = ['source,target,date'];
  let s = 12345;
  const rand = () => {
    s = (s + 0x6d2b79f5) | 0;
    let t = Math.imul(s ^ (s >>> 15), 1 | s);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  for (let i = 0; i < rows; i++) {
    const a = Math.floor(rand() * actors);
    let b = Math.floor(rand() * actors);
    if (b === a) b = (a + 1) % actors;
    lines.push(`actor ${a},actor ${b},${new Date(Date.UTC(2022, 0, 1) + Math.floor(rand() * 1400) * 86_400_000).toISOString().slice(0, 10)}`);
  }
  return Buffer.from(lines.join('\n') + '\n');
}

const renderer = (page: Page) => page.evaluate(() => window.__tieline?.renderer ?? 'cytoscape');
/** The edge canvas drawn over many frames (first batch 500 lines) and at once, and a blank canvas of its size. */
const edgePictures = (page: Page) =>
  page.evaluate(async () => {
    const s = window.__tieline!.sigma!;
    const many = await s.edgePicture(500);
    const once = await s.edgePicture(1e9);
    const c = document.querySelector<HTMLCanvasElement>('canvas.sigma-edges')!;
    const blank = Object.assign(document.createElement('canvas'), { width: c.width, height: c.height }).toDataURL();
    return { many, once, blank };
  });

const drawnEdges = (page: Page) => page.evaluate(() => window.__tieline!.sigma!.drawnEdgeCount());
const cyNodes = (page: Page) => page.evaluate(() => window.__tieline!.cy.nodes().length);

describe('a large graph (sigma)', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('is drawn by sigma; a tap selects an actor; a time step hides lines', async () => {
    const { page, consoleErrors, close } = await openPage(browser);
    await waitForGraph(page);
    expect(await renderer(page)).toBe('cytoscape');
    await page.getByTestId('open-data-input').setInputFiles({ name: 'large.csv', mimeType: 'text/csv', buffer: largeCsv(12_000, 300) });
    await page.getByRole('status', { name: 'Data opened' }).waitFor({ timeout: 120_000 });
    await waitForGraph(page, { nodes: 300 });
    expect(await renderer(page)).toBe('sigma');
    expect(await page.locator('[data-renderer="sigma"] canvas').count()).toBeGreaterThan(0);
    const all = await drawnEdges(page);
    expect(all).toBe(12_000);
    // Thick lines and arrows (instanced programs), drawn over frames: the same pixels as drawn at once.
    const pictures = await edgePictures(page);
    expect(pictures.many).not.toBe(pictures.blank);
    expect(pictures.many === pictures.once).toBe(true);
    await page.getByRole('button', { name: 'Close' }).click();
    await screenshot(page, 'large-graph-sigma-desktop');

    // A tap on an actor selects it, through the same store action as cytoscape's.
    const box = (await page.locator('[data-renderer="sigma"]').boundingBox())!;
    // The actor nearest the middle of the graph (clear of the buttons over its edges).
    const target = await page.evaluate(([w, h]) => {
      const hook = window.__tieline!.sigma!;
      const placed = hook.nodeIds().map((id) => ({ id, at: hook.renderedPositionOf(id)! }));
      const off = (p: { x: number; y: number }) => Math.hypot(p.x - w! / 2, p.y - h! / 2);
      return placed.reduce((a, b) => (off(b.at) < off(a.at) ? b : a));
    }, [box.width, box.height]);
    await page.mouse.click(box.x + target.at.x, box.y + target.at.y);
    await expect.poll(() => page.locator('#details-title').textContent()).toBe(target.id);

    // The first day: all but the first day's line are hidden.
    await page.keyboard.press('Escape');
    await page.getByRole('slider').focus();
    await page.keyboard.press('Home');
    await expect.poll(() => drawnEdges(page)).toBeLessThan(all);

    // The export dialog says what a graph this large can export.
    await page.getByRole('button', { name: 'Export…' }).click();
    await page.getByRole('note').filter({ hasText: 'Pictures and videos are not available' }).waitFor();
    expect(await page.getByRole('button', { name: 'Download PNG' }).isDisabled()).toBe(true);
    expect(consoleErrors).toEqual([]);
    await close();
  }, 180_000);

  it('Cancel while a large graph is drawing brings back the graph before', async () => {
    const { page, consoleErrors, close } = await openPage(browser);
    await waitForGraph(page);
    const before = await cyNodes(page);
    const title = await page.getByRole('heading', { level: 1 }).innerText();
    await page.getByTestId('open-data-input').setInputFiles({ name: 'larger.csv', mimeType: 'text/csv', buffer: largeCsv(60_000, 1_500) });
    await page.getByText(/^Drawing 1,500 actors/).waitFor({ timeout: 120_000 });
    await page.getByRole('button', { name: 'Cancel' }).click();
    await expect.poll(() => renderer(page)).toBe('cytoscape');
    await waitForGraph(page, { nodes: before });
    expect(await page.getByRole('heading', { level: 1 }).innerText()).toBe(title);
    await expect.poll(() => page.getByRole('status', { name: 'Opening data' }).count()).toBe(0);
    expect(consoleErrors).toEqual([]);
    await close();
  }, 180_000);

  it('at the interaction limit, draws every line (over several frames) and Cancel works while sigma draws', async () => {
    const { page, consoleErrors, close } = await openPage(browser);
    await waitForGraph(page);
    const before = await cyNodes(page);
    const title = await page.getByRole('heading', { level: 1 }).innerText();
    const file = { name: 'dense.csv', mimeType: 'text/csv', buffer: denseCsv(100_000, 2_000) };
    await page.getByTestId('open-data-input').setInputFiles(file);
    // sigma is on the page (its hook is set once it is attached) while the panel still offers Cancel: it is drawing.
    await page.waitForFunction(() => (window.__tieline?.renderer as string | undefined) === 'sigma', null, { timeout: 240_000, polling: 20 });
    expect(await page.getByRole('status', { name: 'Opening data' }).count()).toBe(1);
    await page.getByRole('button', { name: 'Cancel' }).click();
    await expect.poll(() => renderer(page)).toBe('cytoscape');
    await waitForGraph(page, { nodes: before });
    expect(await page.getByRole('heading', { level: 1 }).innerText()).toBe(title);
    expect(await page.locator('[data-renderer="sigma"]').count()).toBe(0);

    // Opened again and left to finish: every interaction is a line on screen, the status line counts them all.
    await page.getByTestId('open-data-input').setInputFiles(file);
    await page.getByRole('status', { name: 'Data opened' }).waitFor({ timeout: 240_000 });
    expect(await renderer(page)).toBe('sigma');
    expect(await drawnEdges(page)).toBe(100_000);
    const pictures = await edgePictures(page);
    expect(pictures.many).not.toBe(pictures.blank);
    expect(pictures.many === pictures.once).toBe(true);
    expect(await page.evaluate(() => window.__tieline!.sigma!.nodeCount())).toBe(2_000);
    await page.getByRole('button', { name: 'Close' }).click();
    await screenshot(page, 'large-graph-dense-desktop');
    expect(consoleErrors).toEqual([]);
    await close();
  }, 600_000);
});
