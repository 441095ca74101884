// Import never silently wrong, never stuck, in real Chromium: a Cytoscape
// station export asks for its date field, a dropped download ends in a
// message with a way out.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, openPage, screenshot, type Browser, type Page } from './harness';

const FIXTURES = join(import.meta.dirname, '../fixtures/import');

async function graphReady(page: Page): Promise<void> {
  await page.waitForFunction(() => (window.__tieline?.cy.nodes().length ?? 0) > 0);
}

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
    await graphReady(page);
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
});
