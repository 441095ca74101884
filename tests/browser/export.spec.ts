// Pictures: PNG at 2× (size and not blank), SVG (parses, caption text, one
// shape per visible node). Files are kept in test-output/exports/.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, openPage, screenshot, type Browser, type Page } from './harness';
import { pixelStats, pngSize, saveDownload } from './exportFiles';

const MOMENT = '?date=2022-05-31&mode=window&window=3m';

async function openExport(page: Page) {
  await page.waitForFunction(() => window.__tieline?.cy !== undefined);
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
});
