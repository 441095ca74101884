// Things that must fit: the search suggestions inside the window at every
// width, and the export dialog naming the size of the file it then writes.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pngSize, saveDownload } from './exportFiles';
import { launchBrowser, openPage, screenshot, type Browser, type Page, waitForGraph } from './harness';

const ready = (page: Page) => waitForGraph(page);

describe('fits', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('the search suggestion list stays inside the window at every width', async () => {
    const outside: string[] = [];
    for (const width of [320, 390, 600, 720, 721, 1024, 1280, 1440, 1920]) {
      const { page, close } = await openPage(browser, { viewport: { width, height: 800 } });
      await ready(page);
      await page.keyboard.press('/');
      await page.keyboard.type('vietnam');
      const list = page.getByRole('listbox', { name: 'Suggestions' });
      await list.getByRole('option').first().waitFor();
      const box = (await list.boundingBox())!;
      if (box.x < 0 || box.x + box.width > width) outside.push(`${width}px: list spans ${Math.round(box.x)}–${Math.round(box.x + box.width)}`);
      if (width === 1440 || width === 390) await screenshot(page, `fit-search-${width}`);
      await close();
    }
    expect(outside).toEqual([]);
  });

  it('the export dialog shows the size of the PNG it writes', async () => {
    for (const choice of ['4×', '1×']) {
      const { page, close } = await openPage(browser, { path: '?date=2022-05-31' });
      await ready(page);
      await page.getByRole('button', { name: 'Export…' }).click();
      const dialog = page.getByRole('dialog', { name: 'Export' });
      await dialog.waitFor();
      await page.getByRole('radio', { name: choice }).check();
      const shown = await dialog.locator('.export__size').filter({ hasText: / px$/ }).innerText();
      const file = await saveDownload(page, () => page.getByRole('button', { name: 'Download PNG' }).click(), `fit-${choice}.png`);
      const size = await pngSize(file);
      expect(shown, choice).toBe(`${size.width} × ${size.height} px`);
      await close();
    }
  });
});
