// Makes docs/screenshot.png from the real production build (run `npm run build` first):
// the shipped graph at 1440×900, up to 17 Feb 2025, with Bùi Thanh Sơn selected.
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, ensureChromium } from '../tests/browser/chromium.mjs';
import { startStaticServer } from '../tests/browser/static-server.mjs';

const server = await startStaticServer('dist');
const browser = await chromium.launch({ executablePath: ensureChromium(), args: CHROMIUM_ARGS, headless: true });
try {
  const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
  await page.goto(server.url);
  await page.waitForFunction(() => performance.getEntriesByName('tieline:graph-painted').length > 0);
  const slider = page.getByRole('slider', { name: 'Date' });
  await slider.focus();
  // 31 Dec 2025 → 30 Mar 2025 (three quarters back) → 28 Feb 2025 → 17 Feb 2025.
  for (const key of ['End', 'PageDown', 'PageDown', 'PageDown', 'ArrowDown', ...Array(11).fill('ArrowLeft')]) {
    await page.keyboard.press(key);
  }
  const when = await slider.getAttribute('aria-valuetext');
  if (when !== 'Up to 17 Feb 2025') throw new Error(`expected 17 Feb 2025, got ${when}`);
  const box = await page.locator('.graph-canvas').boundingBox();
  const at = await page.evaluate(() => window.__tieline.view.renderedPositionOf('bui-thanh-son'));
  await page.mouse.click(box.x + at.x, box.y + at.y);
  await page.waitForTimeout(300);
  await page.screenshot({ path: 'docs/screenshot.png' });
  console.log('wrote docs/screenshot.png');
} finally {
  await browser.close();
  await server.close();
}
