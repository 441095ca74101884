// Pictures: PNG at 2× (size and not blank), SVG (parses, caption text, one
// shape per visible node). Files are kept in test-output/exports/.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, openPage, PHONE, screenshot, type Browser, type Page, waitForGraph } from './harness';
import { readFile } from 'node:fs/promises';
import { EXPORT_DIR, pixelStats, pngSize, saveDownload } from './exportFiles';
import { expectedCredit } from './oracle';

const MOMENT = '?date=2022-05-31&mode=window&window=3m';

async function openExport(page: Page) {
  await waitForGraph(page);
  await page.getByRole('button', { name: 'Export…' }).click();
  await page.getByRole('dialog', { name: 'Export' }).waitFor();
}

describe('export', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('exports a PNG at 2× the on-screen size that is not blank', async () => {
    const { page, consoleErrors, close } = await openPage(browser, { path: MOMENT });
    await openExport(page);
    await page.getByRole('radio', { name: '2×' }).check();
    await screenshot(page, 'export-dialog-desktop');
    const screenWidth = await page.evaluate(() => window.__tieline!.cy.width());
    const file = await saveDownload(page, () => page.getByRole('button', { name: 'Download PNG' }).click(), 'view-2x.png');
    const size = await pngSize(file);
    expect(size.width).toBe(Math.round(screenWidth * 2));
    expect(size.height).toBeGreaterThan(1200);
    const stats = await pixelStats(page, file, 'image/png');
    expect(stats.inked).toBeGreaterThan(0.01);
    expect(stats.colours).toBeGreaterThan(20);
    await expect.poll(() => page.getByRole('status').filter({ hasText: 'Saved' }).count()).toBe(1);
    expect(consoleErrors).toEqual([]);
    await close();
  });

  it('scales an over-sized request down with a message instead of an empty file', async () => {
    const { page, close } = await openPage(browser, { path: MOMENT });
    await openExport(page);
    await page.getByRole('radio', { name: 'Whole graph' }).check();
    await page.getByRole('spinbutton', { name: 'Width in pixels' }).fill('30000');
    expect(await page.getByText(/over the browser's limit/).count()).toBe(1);
    const file = await saveDownload(page, () => page.getByRole('button', { name: 'Download PNG' }).click(), 'whole-oversized.png');
    const size = await pngSize(file);
    expect(size.width).toBeLessThanOrEqual(16384);
    expect(size.width).toBeGreaterThan(8000);
    await expect.poll(() => page.getByRole('status').filter({ hasText: 'more than a browser can draw' }).count()).toBe(1);
    await close();
  });

  it('exports an SVG that parses, carries the caption as text and one shape per visible node', async () => {
    const { page, consoleErrors, close } = await openPage(browser, { path: `${MOMENT}&hide=1` });
    await openExport(page);
    await page.getByRole('radio', { name: 'SVG (editable)' }).check();
    const file = await saveDownload(page, () => page.getByRole('button', { name: 'Download SVG' }).click(), 'view.svg');
    const text = await readFile(file, 'utf8');
    // A picture leaves out offices and memberships, and so the actors they alone tie in (both are switches).
    const visibleNodes = await page.evaluate(
      () => window.__tieline!.cy.nodes(':visible').filter((n) => n.connectedEdges(':visible').not('.affiliation').length > 0).length,
    );
    const parsed = await page.evaluate((svg) => {
      const doc = new DOMParser().parseFromString(svg, 'image/svg+xml');
      return {
        error: doc.querySelector('parsererror')?.textContent ?? null,
        nodeShapes: doc.querySelectorAll('#nodes > *').length,
        texts: [...doc.querySelectorAll('text')].map((t) => t.textContent),
      };
    }, text);
    expect(parsed.error).toBeNull();
    expect(parsed.nodeShapes).toBe(visibleNodes);
    expect(visibleNodes).toBeGreaterThan(10);
    expect(parsed.texts).toContain('Vietnam between Russia and Ukraine, 2022–2025');
    expect(parsed.texts).toContain('3-month window: Mar 2022 – May 2022');
    expect(parsed.texts).toContain('Bùi Thanh Sơn');
    expect(parsed.texts.some((t) => t?.startsWith('Sources: The Hanoi Times'))).toBe(true);
    // Look at it as a browser draws it, and keep that picture next to the file.
    const render = await browser.newPage({ viewport: { width: 1440, height: 1000 } });
    await render.setContent(`<body style="margin:0">${text.replace(/^<\?xml[^>]*>/, '')}</body>`);
    await render.screenshot({ path: `${EXPORT_DIR}/view.svg.png`, fullPage: true });
    const stats = await pixelStats(page, `${EXPORT_DIR}/view.svg.png`, 'image/png');
    expect(stats.inked).toBeGreaterThan(0.01);
    await render.close();
    expect(consoleErrors).toEqual([]);
    await close();
  });

  it('draws the balance over time into the picture when asked, following the filters and the picture’s window', async () => {
    const { page, consoleErrors, close } = await openPage(browser, { path: `${MOMENT}&hideKinds=role` });
    await openExport(page);
    await page.getByRole('checkbox', { name: 'Balance over time (per year)' }).check();
    await saveDownload(page, () => page.getByRole('button', { name: 'Download PNG' }).click(), 'view-balance.png');
    await page.getByRole('radio', { name: 'SVG (editable)' }).check();
    const file = await saveDownload(page, () => page.getByRole('button', { name: 'Download SVG' }).click(), 'view-balance.svg');
    const texts = await page.evaluate(
      (svg) => [...new DOMParser().parseFromString(svg, 'image/svg+xml').querySelectorAll('text')].map((t) => t.textContent),
      await readFile(file, 'utf8'),
    );
    expect(texts).toEqual(expect.arrayContaining(['Vietnam: interactions per year with', 'Russia', 'Ukraine', '2022']));
    // A 3-month window ending 31 May 2022: no later year belongs in its balance.
    expect(texts.filter((t) => ['2023', '2024', '2025'].includes(t ?? ''))).toEqual([]);
    expect(texts.some((t) => t?.startsWith('Not shown: Offices held'))).toBe(true);
    expect(consoleErrors).toEqual([]);
    await close();
  });

  it('credits only the sources behind the ties a one-month picture draws', async () => {
    const { page, consoleErrors, close } = await openPage(browser, { path: '?date=2024-06-30&mode=window&window=1m' });
    await openExport(page);
    await page.getByRole('radio', { name: 'SVG (editable)' }).check();
    const file = await saveDownload(page, () => page.getByRole('button', { name: 'Download SVG' }).click(), 'one-month.svg');
    const texts = await page.evaluate(
      (svg) => [...new DOMParser().parseFromString(svg, 'image/svg+xml').querySelectorAll('text')].map((t) => t.textContent ?? ''),
      await readFile(file, 'utf8'),
    );
    const credit = texts.find((t) => t.startsWith('Sources: '));
    expect(credit).toBeDefined();
    const named = credit!.replace(/^Sources: /, '').replace(/ · Made with Tieline$/, '').split(', ');
    const expected = expectedCredit('2024-06-01', '2024-06-30');
    expect(new Set(named)).toEqual(new Set(expected));
    // June 2024 is not backed by all five articles (the Hanoi Times piece is of March 2022): the credit must not list them all.
    expect(named.length).toBeLessThan(5);
    expect(named).not.toContain('The Hanoi Times');
    expect(consoleErrors).toEqual([]);
    await close();
  });

  it('keeps the share controls and the export dialog usable on a phone', async () => {
    const { page, consoleErrors, close } = await openPage(browser, { viewport: PHONE, mobile: true, path: MOMENT });
    await waitForGraph(page);
    await screenshot(page, 'share-phone');
    await openExport(page);
    const box = (await page.getByRole('dialog', { name: 'Export' }).boundingBox())!;
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(PHONE.width);
    await screenshot(page, 'export-dialog-phone');
    // Keyboard: Escape closes the dialog and focus returns to the page.
    await page.keyboard.press('Escape');
    expect(await page.getByRole('dialog', { name: 'Export' }).count()).toBe(0);
    expect(consoleErrors).toEqual([]);
    await close();
  });
});
