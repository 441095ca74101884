// The v1 backbone in real Chromium against the production build: the graph
// draws, the slider drives the status line, replay advances, a click on a
// node opens its details, and the phone layout keeps slider and graph.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, openPage, PHONE, screenshot, waitForGraph, type Browser, type Page } from './harness';
import { expectedCumulative, expectedPossible, expectedWindow, loadShippedEdges } from './oracle';

const edges = loadShippedEdges();

const statusText = (page: Page) => page.getByTestId('status-line').innerText();
const slider = (page: Page) => page.getByRole('slider', { name: 'Date' });

describe('Tieline v1 in Chromium', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('loads without console errors and draws the graph on a canvas', async () => {
    const { page, consoleErrors, close } = await openPage(browser);
    await waitForGraph(page);
    const drawn = await page.evaluate(() => {
      // Count non-transparent pixels over all of cytoscape's canvas layers.
      let painted = 0;
      for (const c of document.querySelectorAll<HTMLCanvasElement>('.graph-canvas canvas')) {
        const data = c.getContext('2d')?.getImageData(0, 0, c.width, c.height).data;
        if (!data) continue;
        for (let i = 3; i < data.length; i += 4) if (data[i]! > 0) painted++;
      }
      return painted;
    });
    expect(drawn).toBeGreaterThan(5000);
    expect(await page.evaluate(() => window.__tieline?.cy.nodes().length)).toBe(41);
    await screenshot(page, 'v1-desktop-default');
    expect(consoleErrors).toEqual([]);
    await close();
  });

  it('moves the date by keyboard and the status line follows with the right counts', async () => {
    const { page, consoleErrors, close } = await openPage(browser);
    await waitForGraph(page);
    await slider(page).focus();
    await page.keyboard.press('Home');
    await page.keyboard.press('PageUp'); // + a quarter: 1 Apr 2022
    await page.keyboard.press('ArrowRight'); // + a day
    expect(await slider(page).getAttribute('aria-valuetext')).toBe('Up to 2 Apr 2022');
    expect(await statusText(page)).toBe(`${expectedCumulative(edges, '2022-04-02')} · up to 2 Apr 2022`);
    await screenshot(page, 'v1-desktop-2022-04-02');

    await page.keyboard.press('End');
    await page.keyboard.press('PageDown'); // 30 Sep 2025
    await page.keyboard.press('ArrowDown'); // 30 Aug 2025
    expect(await slider(page).getAttribute('aria-valuetext')).toBe('Up to 30 Aug 2025');
    expect(await statusText(page)).toBe(`${expectedCumulative(edges, '2025-08-30')} · up to 30 Aug 2025`);

    await page.getByLabel('Only the last').check();
    expect(await statusText(page)).toBe(`${expectedWindow(edges, '2025-05-31', '2025-08-30')} · 31 May – 30 Aug 2025${expectedPossible(edges, '2025-05-31', '2025-08-30')}`);
    await screenshot(page, 'v1-desktop-window-2025');
    expect(consoleErrors).toEqual([]);
    await close();
  });

  it('plays the replay forward and pauses it', async () => {
    const { page, close } = await openPage(browser);
    await waitForGraph(page);
    await slider(page).focus();
    await page.keyboard.press('Home');
    const start = Number(await slider(page).getAttribute('aria-valuemin'));
    await page.getByRole('button', { name: 'Play' }).click();
    // Waits for the condition (a month of data time played), not for a fixed time.
    await expect.poll(async () => Number(await slider(page).getAttribute('aria-valuenow')) - start, { timeout: 10_000 }).toBeGreaterThan(30);
    await screenshot(page, 'v1-desktop-playing');
    await page.getByRole('button', { name: 'Pause' }).click();
    const now = Number(await slider(page).getAttribute('aria-valuenow'));
    // Paused: a few frames later the date has not moved.
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(() => requestAnimationFrame(r)))));
    expect(Number(await slider(page).getAttribute('aria-valuenow'))).toBe(now);
    await close();
  });

  it('opens an actor’s details when its node is clicked, and Escape closes them', async () => {
    const { page, consoleErrors, close } = await openPage(browser);
    await waitForGraph(page);
    const box = (await page.locator('.graph-canvas').boundingBox())!;
    const at = await page.evaluate(() => window.__tieline!.view.renderedPositionOf('bui-thanh-son'));
    expect(at).not.toBeNull();
    await page.mouse.click(box.x + at!.x, box.y + at!.y);
    const panel = page.getByRole('complementary');
    await expect.poll(() => panel.getByRole('heading', { level: 2 }).innerText()).toBe('Bùi Thanh Sơn');
    expect(await panel.innerText()).toContain('Sybiha');
    await screenshot(page, 'v1-desktop-node-selected');
    await page.keyboard.press('Escape');
    await expect.poll(() => panel.count()).toBe(0);
    expect(consoleErrors).toEqual([]);
    await close();
  });

  it('turning a phone sideways swaps to the wide layout with full names, and back', async () => {
    const { page, consoleErrors, close } = await openPage(browser, { viewport: PHONE, mobile: true });
    await waitForGraph(page);
    const putin = () =>
      page.evaluate(() => {
        const n = window.__tieline!.cy.getElementById(`n${window.__tieline!.cy.nodes().filter((x) => x.data('label') === 'Vladimir Putin')[0]!.data('index')}`);
        return { ...n.position(), label: String(n.style('label')) };
      });
    const file = JSON.parse(readFileSync(join(process.cwd(), 'data/graph.json'), 'utf8')) as { nodes: { label: string; x: number; y: number; tallX: number; tallY: number; shortName?: string }[] };
    const stored = file.nodes.find((n) => n.label === 'Vladimir Putin')!;
    expect(await putin()).toEqual({ x: stored.tallX, y: stored.tallY, label: stored.shortName });
    await page.setViewportSize({ width: PHONE.height, height: PHONE.width });
    await expect.poll(putin).toEqual({ x: stored.x, y: stored.y, label: 'Vladimir Putin' });
    await page.setViewportSize(PHONE);
    await expect.poll(putin).toEqual({ x: stored.tallX, y: stored.tallY, label: stored.shortName });
    expect(consoleErrors).toEqual([]);
    await close();
  });

  it('keeps the slider and the graph on a phone, and a tap opens details', async () => {
    const { page, consoleErrors, close } = await openPage(browser, { viewport: PHONE, mobile: true });
    await waitForGraph(page);
    const sliderBox = (await slider(page).boundingBox())!;
    const graphBox = (await page.locator('.graph-canvas').boundingBox())!;
    expect(sliderBox.y + sliderBox.height).toBeLessThanOrEqual(PHONE.height);
    expect(sliderBox.width).toBeGreaterThan(300);
    expect(graphBox.height).toBeGreaterThan(250);
    expect(graphBox.width).toBeGreaterThanOrEqual(PHONE.width - 2);
    // The display options keep labels that read as phrases on a phone (their shorter forms), in the More menu.
    await page.getByRole('button', { name: /^More/ }).click();
    await expect.poll(() => page.getByRole('checkbox', { name: 'Faint out-of-view ties' }).isVisible()).toBe(true);
    await page.getByRole('button', { name: /^More/ }).click();
    await screenshot(page, 'v1-phone-default');
    const at = await page.evaluate(() => window.__tieline!.view.renderedPositionOf('vietnam'));
    await page.touchscreen.tap(graphBox.x + at!.x, graphBox.y + at!.y);
    await expect.poll(() => page.getByRole('complementary').getByRole('heading', { level: 2 }).innerText()).toBe('Vietnam');
    await screenshot(page, 'v1-phone-details');
    expect(consoleErrors).toEqual([]);
    await close();
  });
});
