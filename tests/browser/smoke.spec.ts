// Smoke test: the production build loads in real Chromium, React renders
// into #root, and nothing is logged as an error on the way.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, openPage, screenshot, type Browser } from './harness';

describe('production build smoke test', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('renders the app into #root without console errors', async () => {
    const { page, consoleErrors, close } = await openPage(browser);
    await page.waitForFunction(() => (document.getElementById('root')?.childElementCount ?? 0) > 0);
    // Let start-up requests (data/graph.json) finish so their errors are caught too.
    await page.waitForLoadState('networkidle');
    await screenshot(page, 'smoke-desktop');

    const rootText = await page.locator('#root').innerText();
    expect(rootText.trim().length).toBeGreaterThan(0);
    expect(consoleErrors).toEqual([]);
    await close();
  });
});
