// Links to a moment: a copied link reopens the same view; stale links open
// the default view with a notice; the embed view has no toolbar.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appUrl, launchBrowser, openPage, PHONE, screenshot, type Browser, type Page } from './harness';

const statusText = (page: Page) => page.getByTestId('status-line').innerText();
const graphReady = (page: Page) => page.waitForFunction(() => window.__tieline?.cy !== undefined);

describe('links to a moment', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('restores the same status line, selection and camera from a copied link', async () => {
    const { page, context, consoleErrors, close } = await openPage(browser, { path: '?date=2022-05-31&mode=window&window=3m' });
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await graphReady(page);
    expect(await statusText(page)).toContain('Mar 2022 – May 2022');
    // Deliberate steps: a keyboard step on the slider, then a selection by tapping the node where cytoscape drew it.
    await page.getByRole('slider').focus();
    await page.keyboard.press('PageUp');
    const pos = await page.evaluate(() => window.__tieline!.view.renderedPositionOf('bui-thanh-son'));
    const box = (await page.locator('.graph-canvas').boundingBox())!;
    await page.mouse.click(box.x + pos!.x, box.y + pos!.y);
    await expect.poll(() => page.locator('#details-title').innerText()).toBe('Bùi Thanh Sơn');
    // Pan a little by dragging near the bottom-right corner (the panel buttons sit top-left), so the camera goes into the link.
    // The details panel has narrowed the graph: measure it again.
    const area = (await page.locator('.graph-canvas').boundingBox())!;
    await page.mouse.move(area.x + area.width - 30, area.y + area.height - 30);
    await page.mouse.down();
    await page.mouse.move(area.x + area.width - 90, area.y + area.height - 70, { steps: 5 });
    await page.mouse.up();
    const status = await statusText(page);
    const pan = await page.evaluate(() => window.__tieline!.cy.pan());
    await page.waitForTimeout(400); // the URL is replaced at most every 250 ms
    await page.getByRole('button', { name: 'Copy link' }).click();
    await expect.poll(() => page.getByRole('status').filter({ hasText: 'Link copied' }).count()).toBe(1);
    const link = await page.evaluate(() => navigator.clipboard.readText());
    expect(link).toContain('node=bui-thanh-son');
    expect(link).toContain('cam=');
    expect(await page.evaluate(() => history.length)).toBeLessThan(5); // replace, not push, while moving

    const second = await openPage(browser, { path: link.slice(link.indexOf('?')) });
    await graphReady(second.page);
    await expect.poll(() => statusText(second.page)).toBe(status);
    expect(await second.page.locator('#details-title').innerText()).toBe('Bùi Thanh Sơn');
    const pan2 = await second.page.evaluate(() => window.__tieline!.cy.pan());
    expect(Math.abs(pan2.x - pan.x)).toBeLessThan(2);
    expect(Math.abs(pan2.y - pan.y)).toBeLessThan(2);
    expect(await second.page.locator('.link-notice').count()).toBe(0);
    await screenshot(second.page, 'links-restored-desktop');
    expect([...consoleErrors, ...second.consoleErrors]).toEqual([]);
    await second.close();
    await close();
  });

  it('opens a stale or malformed link at the default view with a short notice', async () => {
    const { page, consoleErrors, close } = await openPage(browser, { path: '?date=2031-02-30&node=kuleba-2&cam=x&speed=%E0%A4%A&utm_source=keep-me' });
    await graphReady(page);
    const notice = page.locator('.link-notice');
    await expect.poll(() => notice.count()).toBe(1);
    const text = await notice.innerText();
    expect(text).toContain('actor "kuleba-2" is not in the data');
    expect(text).toContain('camera');
    expect(await statusText(page)).toContain('up to 31 Dec 2025');
    expect(await page.locator('#details-title').count()).toBe(0);
    await screenshot(page, 'links-stale-notice');
    await page.getByRole('button', { name: 'Dismiss' }).click();
    expect(await notice.count()).toBe(0);
    await page.waitForTimeout(300);
    expect(new URL(page.url()).searchParams.get('utm_source')).toBe('keep-me');
    expect(consoleErrors).toEqual([]);
    await close();
  });

  it('gives an embed view with graph, slider and caption but no toolbar', async () => {
    for (const viewport of [undefined, PHONE]) {
      const { page, consoleErrors, close } = await openPage(browser, { viewport, path: '?embed=1&date=2022-05-31&mode=window&window=3m' });
      await graphReady(page);
      expect(await page.getByRole('toolbar').count()).toBe(0);
      expect(await page.getByRole('button', { name: 'Export…' }).count()).toBe(0);
      expect(await page.getByRole('slider').count()).toBe(1);
      expect(await page.getByTestId('caption-when').innerText()).toBe('3-month window: Mar 2022 – May 2022');
      await screenshot(page, `embed-${viewport ? 'phone' : 'desktop'}`);
      expect(consoleErrors).toEqual([]);
      await close();
    }
  });

  it('starts a replay over a range on #autoplay with from and to', async () => {
    const { page, close } = await openPage(browser, { path: '?autoplay=1&from=2022-02-01&to=2022-04-30&speed=365' });
    await graphReady(page);
    await expect.poll(() => statusText(page), { timeout: 10_000 }).toContain('up to 30 Apr 2022');
    expect(await page.getByRole('button', { name: 'Play' }).count()).toBe(1);
    expect(appUrl()).toBeTruthy();
    await close();
  });

  it('clean view leaves graph, legend and caption; Escape brings the controls back', async () => {
    for (const viewport of [undefined, PHONE]) {
      const { page, consoleErrors, close } = await openPage(browser, { viewport, path: '?date=2022-05-31&mode=window&window=3m' });
      await graphReady(page);
      // On a phone, Clean view is in the More menu.
      if (viewport) await page.getByRole('button', { name: /^More/ }).click();
      await page.getByRole('button', { name: 'Clean view' }).click();
      expect(await page.getByRole('toolbar').count()).toBe(0);
      expect(await page.getByRole('slider').count()).toBe(0);
      expect(await page.getByRole('button', { name: 'Play' }).count()).toBe(0);
      expect(await page.getByTestId('caption-when').innerText()).toBe('3-month window: Mar 2022 – May 2022');
      expect(await page.getByRole('region', { name: 'Legend' }).count()).toBe(1);
      await page.mouse.move(5, 5);
      await page.waitForTimeout(600); // the graph refits to the larger area
      await screenshot(page, `clean-view-${viewport ? 'phone' : 'desktop'}`);
      await page.keyboard.press('Escape');
      expect(await page.getByRole('toolbar').count()).toBe(1);
      expect(await page.getByRole('slider').count()).toBe(1);
      expect(consoleErrors).toEqual([]);
      await close();
    }
  });
});
