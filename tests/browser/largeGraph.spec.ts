// Large graphs are drawn by sigma.js (WebGL) instead of cytoscape
// (domain/drawingScale.ts): opening one never blocks the page, a tap
// selects, time steps hide lines, and Cancel while drawing brings back the
// graph before. Line styles, legend, keyboard, camera and axe-core hold on it too.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appUrl, launchBrowser, openPage, screenshot, type Browser, type Page, waitForGraph } from './harness';
import { largeStyledGraphFile } from '../fixtures/largeStyledGraph';
import { denseCsv } from '../fixtures/denseCsv';
import { axeViolations } from './axe';

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

/** 12,000 interactions as Tieline JSON, planned and disputed ones among them, served as `styled.json` beside the app. */
const styledBody = Buffer.from(JSON.stringify(largeStyledGraphFile()));

async function openStyled(browser: Browser, query = '?data=styled.json') {
  const opened = await openPage(browser);
  await opened.context.route('**/styled.json', (route) => route.fulfill({ body: styledBody, contentType: 'application/json' }));
  await opened.page.goto(appUrl(query));
  await waitForGraph(opened.page, { nodes: 300 });
  await opened.page.getByRole('button', { name: 'Close' }).click(); // the "Opened styled.json" notice
  return opened;
}

const sigmaCamera = (page: Page) => page.evaluate(() => window.__tieline!.sigma!.camera());
const detailsTitle = (page: Page) => page.locator('#details-title').textContent({ timeout: 1000 }).catch(() => null);

/** The RGB of each pixel of a page area, read back from a screenshot (the WebGL canvas keeps no readable buffer). */
async function pixelsOf(page: Page, clip: { x: number; y: number; width: number; height: number }): Promise<[number, number, number][]> {
  const png = await page.screenshot({ clip });
  const data = await page.evaluate(async (b64) => {
    const img = new Image();
    img.src = `data:image/png;base64,${b64}`;
    await img.decode();
    const canvas = document.createElement('canvas');
    canvas.width = img.width;
    canvas.height = img.height;
    const g = canvas.getContext('2d')!;
    g.drawImage(img, 0, 0);
    return Array.from(g.getImageData(0, 0, img.width, img.height).data);
  }, png.toString('base64'));
  const out: [number, number, number][] = [];
  for (let i = 0; i < data.length; i += 4) out.push([data[i]!, data[i + 1]!, data[i + 2]!]);
  return out;
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

  it("draws a heavy pair as one line whose width follows its interactions in view", async () => {
    const { page, consoleErrors, close } = await openPage(browser);
    await waitForGraph(page);
    // 100 more interactions of Actor 0 and Actor 150, one a day from the first day: rows 12,001–12,100, ids e12001…
    const first = Date.UTC(2000, 0, 1);
    const heavy = Array.from({ length: 100 }, (_, k) => `Actor 0,Actor 150,${new Date(first + k * 86_400_000).toISOString().slice(0, 10)}`);
    const csv = Buffer.concat([largeCsv(12_000, 300), Buffer.from(heavy.join('\n') + '\n')]);
    await page.getByTestId('open-data-input').setInputFiles({ name: 'heavy.csv', mimeType: 'text/csv', buffer: csv });
    await page.getByRole('status', { name: 'Data opened' }).waitFor({ timeout: 120_000 });
    await waitForGraph(page, { nodes: 300 });
    expect(await renderer(page)).toBe('sigma');
    const line = () => page.evaluate(() => window.__tieline!.sigma!.pairLineOf('e12001'));
    // All 100 in view: the widest, as cytoscape's mapData(count, 1, 12, 2, 14).
    expect(await line()).toEqual({ type: 'pair', size: 14, hidden: false });
    await page.getByRole('button', { name: 'Close' }).click();
    await page.getByRole('slider').focus();
    await page.keyboard.press('Home'); // the first day: one of them in view
    await expect.poll(async () => (await line())?.size).toBeLessThan(14);
    expect((await line())!.size).toBeGreaterThanOrEqual(2);
    await page.keyboard.press('End');
    await expect.poll(async () => (await line())?.size).toBe(14);
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
    const file = { name: 'dense.csv', mimeType: 'text/csv', buffer: Buffer.from(denseCsv(100_000, 2_000)) };
    await page.getByTestId('open-data-input').setInputFiles(file);
    // sigma is on the page (its hook is set once it is attached) while the panel still offers Cancel: it is drawing.
    await waitForGraph(page, { renderer: 'sigma', nodes: 2_000, timeout: 240_000, polling: 20 });
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

  it('draws planned ties dotted and disputed ones hollow, and walks actors and ties by keyboard with a focus ring', async () => {
    const { page, consoleErrors, close } = await openStyled(browser);
    expect(await renderer(page)).toBe('sigma');
    // Each style is its own edge type, drawn by its own WebGL program (sigma/edgePrograms.ts).
    const types = await page.evaluate(() => {
      const s = window.__tieline!.sigma!;
      return { planned: s.edgeTypeOf('planned-0'), disputed: s.edgeTypeOf('disputed-1'), plain: s.edgeTypeOf('e1'), drawn: s.programsFor(['planned', 'disputedArrow']) };
    });
    expect(types).toEqual({ planned: 'planned', disputed: 'disputedArrow', plain: 'line', drawn: true });
    expect(await page.locator('.sigma-canvas__note').innerText()).not.toMatch(/drawn like the others/);
    const legend = page.getByRole('region', { name: 'Legend' });
    expect(await legend.getAttribute('data-variant')).toBe('sigma');
    expect(await legend.getByRole('list', { name: 'Line styles' }).innerText()).toMatch(/Planned[\s\S]*Disputed/);
    expect(await legend.innerText()).not.toMatch(/capitals|side by side/);
    expect(await axeViolations(page)).toEqual([]);

    // Zoomed in, the styles are there to see (a person looks at this picture).
    for (let i = 0; i < 3; i++) await page.getByRole('button', { name: 'Zoom in' }).click();
    await expect.poll(async () => (await sigmaCamera(page)).ratio).toBeLessThan(0.35);
    await screenshot(page, 'large-graph-sigma-styles-zoomed');

    // Arrow keys: the actor nearest the middle first, then the nearest to its right, with a ring while the graph has focus.
    await page.locator('#graph-canvas').focus();
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => detailsTitle(page)).toMatch(/^Actor \d+$/);
    const first = (await detailsTitle(page))!;
    const xOf = (label: string) => page.evaluate((id) => window.__tieline!.sigma!.renderedPositionOf(id)!.x, `a${label.slice(6)}`);
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => detailsTitle(page)).not.toBe(first);
    const second = (await detailsTitle(page))!;
    expect(await xOf(second)).toBeGreaterThan(await xOf(first));
    expect(await page.locator('.sigma-canvas__ring').isVisible()).toBe(true);
    await screenshot(page, 'large-graph-sigma-keyboard');
    // axe-core on the sigma view with an actor's details open (the first check, on the bare graph, is above).
    expect(await axeViolations(page)).toEqual([]);
    // Enter walks the selected actor's ties: a tie is selected and announced.
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('[data-renderer="sigma"] [aria-live]').innerText()).toMatch(new RegExp(`: .*${second}|${second} and`));

    expect(consoleErrors).toEqual([]);
    await close();
  }, 180_000);

  it('zooms with + and −, writes the camera to the link, and a link with cam= opens on that camera', async () => {
    const { page, consoleErrors, close } = await openStyled(browser);
    expect((await sigmaCamera(page)).ratio).toBe(1);
    await page.getByRole('button', { name: 'Zoom in' }).click();
    await page.getByRole('button', { name: 'Zoom in' }).click();
    await expect.poll(async () => (await sigmaCamera(page)).ratio).toBeLessThan(0.5);
    await page.getByRole('button', { name: 'Zoom out' }).click();
    await expect.poll(async () => (await sigmaCamera(page)).ratio).toBeGreaterThan(0.6);
    const shown = (await sigmaCamera(page)).link;
    // The link follows: the same actor and zoom as the camera shows (the zoom rounded to 3 places).
    const camOf = (url: string) => new URL(url).searchParams.get('cam')?.split(',') ?? [];
    await expect.poll(() => camOf(page.url())[0]).toBe(`@${shown.anchor}`);
    await expect.poll(() => Math.abs(Number(camOf(page.url())[3]) - shown.zoom)).toBeLessThan(0.002);
    const link = new URL(page.url()).search;

    // The link opened again: the same actor at the centre, the same zoom.
    const again = await openStyled(browser, link);
    await expect.poll(async () => (await sigmaCamera(again.page)).link.anchor).toBe(shown.anchor);
    const opened = (await sigmaCamera(again.page)).link;
    expect(opened.zoom).toBeCloseTo(shown.zoom, 2);
    expect(opened.x).toBeCloseTo(shown.x, 2);

    // Fit: back to the whole graph, and the link forgets the camera.
    await page.getByRole('button', { name: 'Fit', exact: true }).click();
    await expect.poll(async () => (await sigmaCamera(page)).ratio).toBe(1);
    await expect.poll(() => new URL(page.url()).searchParams.get('cam')).toBeNull();
    expect([...consoleErrors, ...again.consoleErrors]).toEqual([]);
    await again.close();
    await close();
  }, 240_000);

  it('shows the styles on screen: dots along a planned line, a white core inside a disputed one', async () => {
    // A link's camera around Actor 1 on the top row: planned-0 runs from Actor 0 to it, disputed-1 from it to Actor 2, clear of other lines.
    const { page, consoleErrors, close } = await openStyled(browser, '?data=styled.json&cam=@a1,0,0,3');
    await expect.poll(async () => (await sigmaCamera(page)).ratio).toBeLessThan(0.5);
    const stage = (await page.locator('.sigma-canvas__stage').boundingBox())!;
    const at = (id: string) => page.evaluate((a) => window.__tieline!.sigma!.renderedPositionOf(a)!, id);
    const [a0, a1, a2] = [await at('a0'), await at('a1'), await at('a2')];
    const red = ([r, g]: number[]) => r! - g! > 60;
    const purple = ([r, g, b]: number[]) => b! - g! > 40 && r! - g! > 20;
    const white = (p: number[]) => Math.min(...p) > 225;

    // Along the planned line, past Actor 0's label: red dots with gaps between them.
    const x1 = stage.x + a0.x + 0.62 * (a1.x - a0.x);
    const x2 = stage.x + a0.x + 0.9 * (a1.x - a0.x);
    const along = (await pixelsOf(page, { x: x1, y: stage.y + a0.y, width: x2 - x1, height: 1 })).map(red);
    const dots = along.filter((v, i) => v && !along[i - 1]).length;
    expect(dots).toBeGreaterThanOrEqual(2);
    expect(along.filter(Boolean).length / along.length).toBeLessThan(0.7);

    // Across the disputed line, past Actor 1's label: purple, then white, then purple.
    const x = stage.x + a1.x + 0.65 * (a2.x - a1.x);
    const across = await pixelsOf(page, { x, y: stage.y + a1.y - 10, width: 1, height: 21 });
    const top = across.findIndex(purple);
    const bottom = across.length - 1 - [...across].reverse().findIndex(purple);
    expect(top).toBeGreaterThanOrEqual(0);
    expect(across.slice(top, bottom + 1).some(white)).toBe(true);
    await screenshot(page, 'large-graph-sigma-link-camera');
    expect(consoleErrors).toEqual([]);
    await close();
  }, 180_000);
});
