// Bring your own data, in real Chromium: open a CSV through the file input,
// drop a broken file (the graph on screen stays), hostile text stays text,
// and `?data=` addresses load or explain why not.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, openPage, PHONE, screenshot, type Browser, type Page, waitForGraph } from './harness';

const FIXTURES = join(import.meta.dirname, '../fixtures/import');

const statusLine = (page: Page) => page.getByTestId('status-line');
const nodeCount = (page: Page) => page.evaluate(() => window.__tieline!.cy.nodes().length);

/** How close the node positions come to a straight line: |correlation of x and y| (1 = a line). */
async function lineLikeness(page: Page): Promise<number> {
  return page.evaluate(() => {
    const ps = window.__tieline!.cy.nodes().map((n) => n.position());
    const mx = ps.reduce((a, p) => a + p.x, 0) / ps.length;
    const my = ps.reduce((a, p) => a + p.y, 0) / ps.length;
    let sxy = 0, sxx = 0, syy = 0;
    for (const p of ps) {
      sxy += (p.x - mx) * (p.y - my);
      sxx += (p.x - mx) ** 2;
      syy += (p.y - my) ** 2;
    }
    return sxx === 0 || syy === 0 ? 1 : Math.abs(sxy / Math.sqrt(sxx * syy));
  });
}

/** Drops a file on the page the way a browser does: a DataTransfer built in the page. */
async function dropFile(page: Page, name: string, content: string): Promise<void> {
  await page.evaluate(
    ([fileName, text]) => {
      const dt = new DataTransfer();
      dt.items.add(new File([text!], fileName!, { type: 'text/plain' }));
      for (const type of ['dragenter', 'dragover', 'drop']) {
        document.body.dispatchEvent(new DragEvent(type, { dataTransfer: dt, bubbles: true, cancelable: true }));
      }
    },
    [name, content],
  );
}

describe('opening your own data', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('opens a CSV through "Open data…", lays it out (not on a line) and replays it', async () => {
    const { page, consoleErrors, close } = await openPage(browser);
    await waitForGraph(page);
    await page.getByTestId('open-data-input').setInputFiles(join(FIXTURES, 'edges-basic.csv'));
    await page.getByRole('status', { name: 'Data opened' }).waitFor();
    await waitForGraph(page, { nodes: 4 });
    await expect.poll(() => statusLine(page).innerText()).toBe('5 of 5 interactions · 4 actors · up to 31 Mar 2022');
    expect(await page.getByRole('heading', { level: 1 }).innerText()).toBe('edges-basic');
    expect(await lineLikeness(page)).toBeLessThan(0.95);
    await screenshot(page, 'import-csv-desktop');
    await page.getByRole('button', { name: 'Close' }).click();
    await page.getByRole('slider').focus();
    await page.keyboard.press('Home');
    const atStart = await statusLine(page).innerText();
    expect(atStart).toBe('1 of 5 interactions · 2 actors · up to 1 Jan 2012');
    await page.getByRole('button', { name: 'Play' }).click();
    await expect.poll(() => statusLine(page).innerText()).not.toBe(atStart);
    await page.getByRole('button', { name: 'Pause' }).click();
    expect(consoleErrors).toEqual([]);
    await close();
  });

  it('a dropped broken file shows every problem with its place, and the graph on screen stays', async () => {
    const { page, consoleErrors, close } = await openPage(browser);
    await waitForGraph(page);
    const statusBefore = await statusLine(page).innerText();
    const nodesBefore = await nodeCount(page);
    const cyBefore = await page.evaluate(() => ((window as unknown as { __cyBefore: unknown }).__cyBefore = window.__tieline!.cy, true));
    expect(cyBefore).toBe(true);
    await page.evaluate(() => {
      const dt = new DataTransfer();
      dt.items.add(new File(['x'], 'x.csv'));
      document.body.dispatchEvent(new DragEvent('dragenter', { dataTransfer: dt, bubbles: true, cancelable: true }));
    });
    await page.getByText('Drop to open').waitFor();
    await screenshot(page, 'import-drop-overlay-desktop');
    await dropFile(page, 'broken.csv', readFileSync(join(FIXTURES, 'edges-no-dates.csv'), 'utf8'));
    expect(await page.getByText('Drop to open').count()).toBe(0);
    const alert = page.getByRole('alert', { name: 'Problems with the file' });
    await alert.waitFor();
    expect(await alert.innerText()).toContain('broken.csv could not be opened');
    expect(await alert.innerText()).toContain('the file has no dates');
    // Twenty bad rows: the first few are listed, the rest counted.
    const rows = Array.from({ length: 20 }, (_, i) => `A${i},B${i},2023-13-${String(i + 1).padStart(2, '0')}`).join('\n');
    await dropFile(page, 'bad-dates.csv', `source,target,date\n${rows}\n`);
    await expect.poll(() => alert.innerText()).toContain('row 2, column "date": "2023-13-01" is not a date');
    expect(await alert.innerText()).toContain('and 9 more');
    await screenshot(page, 'import-broken-desktop');
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Download the list' }).click();
    const saved = await download;
    expect(saved.suggestedFilename()).toBe('tieline-problems.txt');
    expect(await statusLine(page).innerText()).toBe(statusBefore);
    expect(await nodeCount(page)).toBe(nodesBefore);
    expect(await page.evaluate(() => (window as unknown as { __cyBefore: unknown }).__cyBefore === window.__tieline!.cy)).toBe(true);
    expect(consoleErrors).toEqual([]);
    await close();
  });

  it('markup in a label is shown as text and runs nothing; a javascript: link is never a link', async () => {
    const { page, consoleErrors, close } = await openPage(browser);
    const dialogs: string[] = [];
    page.on('dialog', (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    await waitForGraph(page);
    await page.getByTestId('open-data-input').setInputFiles(join(FIXTURES, 'edges-hostile.csv'));
    await waitForGraph(page, { nodes: 3 });
    const at = await page.evaluate(() => {
      const n = window.__tieline!.cy.nodes().filter((x) => x.data('label') === '<img src=x onerror=alert(1)>')[0]!;
      const box = document.querySelector('.graph-canvas')!.getBoundingClientRect();
      const p = n.renderedPosition();
      return { x: box.left + p.x, y: box.top + p.y };
    });
    await page.getByRole('button', { name: 'Close' }).click();
    await page.mouse.click(at.x, at.y);
    const details = page.locator('.details');
    await expect.poll(() => details.innerText()).toContain('<img src=x onerror=alert(1)>');
    expect(await details.innerText()).toContain('<b onmouseover=alert(3)>bold</b>');
    // Anything the data could inject lands in #root (index.html's own inline script is in <head>).
    expect(await page.locator('img[src="x"], #root script, body > script:not([src]), b[onmouseover]').count()).toBe(0);
    expect(await page.locator('a[href^="javascript"]').count()).toBe(0);
    await screenshot(page, 'import-hostile-desktop');
    expect(dialogs).toEqual([]);
    expect(consoleErrors).toEqual([]);
    await close();
  });

  it('asks which column is which on a phone, then opens the file', async () => {
    const { page, close } = await openPage(browser, { viewport: PHONE, mobile: true });
    await waitForGraph(page);
    await page.getByTestId('open-data-input').setInputFiles(join(FIXTURES, 'edges-unmapped.csv'));
    await page.getByRole('heading', { name: 'Which column is which?' }).waitFor();
    await page.getByLabel('Source (who acted) *').selectOption('Party 1');
    await page.getByLabel('Target *').selectOption('Party 2');
    await page.getByLabel('Date *').selectOption('Held on');
    await screenshot(page, 'import-mapping-phone');
    await page.getByRole('button', { name: 'Open with these columns' }).click();
    await waitForGraph(page, { nodes: 3 });
    await expect.poll(() => statusLine(page).innerText()).toMatch(/^2 of 2 interactions · 3 actors/);
    await screenshot(page, 'import-opened-phone');
    await close();
  });

  it('?data= opens an address with the importer, and explains an address that fails', async () => {
    const good = await openPage(browser, { path: '?data=data/graph.json' });
    await waitForGraph(good.page);
    expect(await good.page.getByRole('heading', { level: 1 }).innerText()).toBe('Vietnam between Russia and Ukraine, 2022–2025');
    expect(good.consoleErrors).toEqual([]);
    await good.close();
    const bad = await openPage(browser, { path: '?data=data/missing.csv' });
    const alert = bad.page.getByRole('alert');
    await expect.poll(() => alert.innerText()).toContain('the server answered 404');
    expect(await bad.page.getByRole('link', { name: 'Open the shipped graph instead' }).count()).toBe(1);
    expect(await bad.page.getByRole('status', { name: 'Opening data' }).count()).toBe(0);
    await screenshot(bad.page, 'import-url-404');
    await bad.close();
  });
});
