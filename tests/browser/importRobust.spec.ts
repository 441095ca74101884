// Import never silently wrong, never stuck, in real Chromium: a Cytoscape
// station export asks for its date field, a dropped download ends in a
// message with a way out.
import { readFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { saveDownload } from './exportFiles';
import { launchBrowser, openPage, screenshot, type Browser, waitForGraph } from './harness';

const FIXTURES = join(import.meta.dirname, '../fixtures/import');

/** A server that sends the headers and the first bytes of a file, then drops the connection. */
function droppingServer(): Promise<{ url: string; server: Server }> {
  const server = createServer((_req, res) => {
    res.writeHead(200, { 'Content-Type': 'application/json', 'Content-Length': '50000', 'Access-Control-Allow-Origin': '*' });
    res.write('{"schemaVersion": 1, "title": "Cut", "nodes": [');
    setTimeout(() => res.socket?.destroy(), 50);
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve({ url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/g.json`, server })));
}

describe('import: never silently wrong, never stuck', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('an interrupted ?data= download ends in a clear message with "Open the shipped graph instead"', async () => {
    const { url, server } = await droppingServer();
    try {
      const { page, close } = await openPage(browser, { path: `?data=${encodeURIComponent(url)}` });
      const alert = page.getByRole('alert');
      await expect.poll(() => alert.innerText().catch(() => ''), { timeout: 15_000 }).toContain('the download broke off before the end of the file');
      expect(await page.getByRole('link', { name: 'Open the shipped graph instead' }).count()).toBe(1);
      expect(await page.getByRole('status', { name: 'Opening data' }).count()).toBe(0);
      await screenshot(page, 'import-url-interrupted');
      await close();
    } finally {
      server.close();
    }
  });

  it('a Cytoscape station export asks which field holds the dates, with a preview, instead of reading ids as years', async () => {
    const { page, consoleErrors, close } = await openPage(browser);
    await waitForGraph(page);
    const before = await page.getByTestId('status-line').innerText();
    await page.getByTestId('open-data-input').setInputFiles(join(FIXTURES, 'cytoscape-stations.json'));
    await page.getByRole('heading', { name: 'Which field is which?' }).waitFor();
    expect(await page.locator('.column-mapping').innerText()).toMatch(/choose the field/i);
    await page.getByLabel('Date *').selectOption('line');
    expect(await page.locator('.column-mapping__preview').innerText()).toBe('Dates in “line”: S5 · S5 · S5 · S5 · S5');
    await screenshot(page, 'import-cytoscape-stations');
    await page.getByRole('button', { name: 'Cancel' }).click();
    expect(await page.getByTestId('status-line').innerText()).toBe(before);
    expect(consoleErrors).toEqual([]);
    await close();
  });

  it('a control character in a label keeps the SVG export valid XML; a 10,000-character label is shortened, whole in the details, and Fit still frames the graph', async () => {
    const { page, consoleErrors, close } = await openPage(browser);
    await waitForGraph(page);
    const long = Array.from({ length: 1000 }, (_, i) => `word${i}`).join(' ').slice(0, 10_000);
    const csv = `source,target,date\n"Bell\u0007 Ltd\u001b",Other,2022-03-01\n"${long}",Other,2022-04-01\n`;
    await page.getByTestId('open-data-input').setInputFiles({ name: 'hostile-labels.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
    await page.getByRole('status', { name: 'Data opened' }).waitFor();
    await page.getByRole('button', { name: 'Close' }).click();
    await waitForGraph(page, { nodes: 3 });
    const drawn = await page.evaluate(() => {
      const cy = window.__tieline!.cy;
      const longest = Math.max(...cy.nodes().map((n) => String(n.data('label')).length));
      const box = cy.nodes().renderedBoundingBox({});
      return { labels: cy.nodes().map((n) => String(n.data('label'))), longest, zoom: cy.zoom(), boxH: box.h, boxW: box.w, height: cy.height(), width: cy.width() };
    });
    expect(drawn.longest).toBeLessThanOrEqual(48);
    expect(drawn.labels).toContain('Bell Ltd');
    expect(drawn.boxH).toBeLessThan(drawn.height);
    expect(drawn.zoom).toBeGreaterThan(0.3);
    await screenshot(page, 'import-long-label');

    // The details panel has the whole name.
    await page.evaluate(() => window.__tieline!.cy.nodes().filter((n) => String(n.data('label')).startsWith('word0')).emit('tap'));
    await expect.poll(() => page.locator('#details-title').innerText()).toBe(long);

    // The event log's row stays a row.
    await page.getByRole('button', { name: 'Event log' }).click();
    const rowHeights = await page.locator('.event-log tbody tr').evaluateAll((rows) => rows.map((r) => r.getBoundingClientRect().height));
    expect(Math.max(...rowHeights)).toBeLessThan(120);

    await page.getByRole('button', { name: 'Export…' }).click();
    await page.getByRole('dialog', { name: 'Export' }).waitFor();
    await page.getByRole('radio', { name: 'SVG (editable)' }).check();
    const file = await saveDownload(page, () => page.getByRole('button', { name: 'Download SVG' }).click(), 'hostile-labels.svg');
    const svg = await readFile(file, 'utf8');
    const parsed = await page.evaluate((text) => {
      const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
      return { error: doc.querySelector('parsererror')?.textContent ?? null, texts: [...doc.querySelectorAll('text')].map((t) => t.textContent ?? '') };
    }, svg);
    expect(parsed.error).toBeNull();
    expect(parsed.texts.join(' ')).toContain('Bell Ltd');
    expect(consoleErrors).toEqual([]);
    await close();
  });

  it('50,000 rows between the same two actors open in moments, drawn as one line with its count', async () => {
    const { page, consoleErrors, close } = await openPage(browser);
    await waitForGraph(page);
    const first = Date.UTC(1900, 0, 1);
    const rows = Array.from({ length: 50_000 }, (_, i) => `Alpha,Beta,${new Date(first + i * 86_400_000).toISOString().slice(0, 10)},meeting`);
    const csv = ['source,target,date,kind', ...rows].join('\n');
    await page.getByTestId('open-data-input').setInputFiles({ name: 'pair-50000.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
    // As thousands of parallel edges this took minutes; drawn as one line, seconds.
    const opened = page.getByRole('status', { name: 'Data opened' });
    await opened.waitFor({ timeout: 60_000 });
    expect(await opened.innerText()).toContain('1 pair of actors has more than 64 interactions; each such pair is drawn as one line with its count (tap it for the list)');
    const lines = () => page.evaluate(() => window.__tieline!.cy.edges(':visible').map((e) => `${e.data('countLabel') as string} ${e.classes().includes('heavy')}`));
    expect(await page.evaluate(() => window.__tieline!.cy.edges().length)).toBe(1);
    expect(await lines()).toEqual(['50000 true']);
    await page.getByRole('button', { name: 'Close' }).click();
    await page.evaluate(() => window.__tieline!.cy.edges().emit('tap'));
    await expect.poll(() => page.locator('.details').innerText()).toMatch(/50,000 interactions in view/i);
    expect(await page.locator('.details .interactions > li').count()).toBe(200);
    expect(await page.locator('.details').innerText()).toContain('The newest 200 are listed; the event log has all 50,000.');
    expect(await page.evaluate(() => window.__tieline!.cy.edges().first().hasClass('focus'))).toBe(true);
    await screenshot(page, 'import-pair-50000');
    expect(consoleErrors).toEqual([]);
    await close();
  });

  it('Cancel while a 100,000-row file is read (in a worker) keeps the graph on screen', async () => {
    const { page, consoleErrors, close } = await openPage(browser);
    await waitForGraph(page);
    const title = await page.getByRole('heading', { level: 1 }).innerText();
    const rows = Array.from({ length: 100_000 }, (_, i) => `actor ${i % 2000},actor ${(i * 7 + 1) % 2000},2022-0${1 + (i % 9)}-1${i % 10}`);
    await page.getByTestId('open-data-input').setInputFiles({ name: 'wide.csv', mimeType: 'text/csv', buffer: Buffer.from(['source,target,date', ...rows].join('\n')) });
    const panel = page.getByRole('status', { name: 'Opening data' });
    await expect.poll(() => panel.innerText().catch(() => '')).toContain('Reading wide.csv');
    await panel.getByRole('button', { name: 'Cancel' }).click();
    await expect.poll(() => panel.count()).toBe(0);
    expect(await page.getByRole('heading', { level: 1 }).innerText()).toBe(title);
    expect(consoleErrors).toEqual([]);
    await close();
  });
});
