// Links to a moment: a copied link reopens the same view; stale links open
// the default view with a notice; the embed view has no toolbar.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { launchBrowser, openPage, PHONE, screenshot, type Browser, type Page, waitForGraph } from './harness';

const FIXTURES = join(import.meta.dirname, '../fixtures/import');

const statusText = (page: Page) => page.getByTestId('status-line').innerText();
/** Resolves once the camera and the graph area have not changed for 10 frames (a refit has finished). */
const cameraSettled = (page: Page) =>
  page.waitForFunction(
    () => {
      const w = window as unknown as { __tieline: { cy: import('cytoscape').Core }; __cam?: string; __still?: number };
      const cy = w.__tieline.cy;
      const now = JSON.stringify([cy.zoom(), cy.pan(), cy.width(), cy.height()]);
      w.__still = now === w.__cam ? (w.__still ?? 0) + 1 : 0;
      w.__cam = now;
      return w.__still >= 10;
    },
    null,
    { polling: 'raf' },
  );
const captionWhen = (page: Page) => page.getByTestId('caption-when').innerText();

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
    await waitForGraph(page);
    expect(await statusText(page)).toContain('Mar 2022 – May 2022');
    // Deliberate steps: a keyboard step on the slider, then a selection by tapping the node where cytoscape drew it.
    await page.getByRole('slider').focus();
    await page.keyboard.press('PageUp');
    const pos = await page.evaluate(() => window.__tieline!.view.renderedPositionOf('bui-thanh-son'));
    const box = (await page.locator('.graph-canvas').boundingBox())!;
    await page.mouse.click(box.x + pos!.x, box.y + pos!.y);
    await expect.poll(() => page.locator('#details-title').innerText()).toBe('Bùi Thanh Sơn');
    // Pan a little by dragging near the bottom-right corner (the panel buttons sit top-left), left of the zoom buttons
    // there, so the camera goes into the link. The details panel has narrowed the graph: measure it again.
    const area = (await page.locator('.graph-canvas').boundingBox())!;
    await page.mouse.move(area.x + area.width - 90, area.y + area.height - 30);
    await page.mouse.down();
    await page.mouse.move(area.x + area.width - 150, area.y + area.height - 70, { steps: 5 });
    await page.mouse.up();
    const status = await statusText(page);
    const pan = await page.evaluate(() => window.__tieline!.cy.pan());
    await expect.poll(() => page.url()).toContain('cam=');
    await page.getByRole('button', { name: 'Copy link' }).click();
    await expect.poll(() => page.getByRole('status').filter({ hasText: 'Link copied' }).count()).toBe(1);
    const link = await page.evaluate(() => navigator.clipboard.readText());
    expect(link).toContain('node=bui-thanh-son');
    expect(link).toContain('cam=');
    expect(await page.evaluate(() => history.length)).toBeLessThan(5); // replace, not push, while moving

    const second = await openPage(browser, { path: link.slice(link.indexOf('?')) });
    await waitForGraph(second.page);
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

  it('a link made on a desktop opens on a phone (its tall layout) around the same actor, showing the same share of the graph', async () => {
    /**
     * The actor nearest the centre of the graph area; where the centre lies from
     * `anchor` (that actor when not given), as shares of the box holding every
     * actor (labels left out); whether the anchor is on screen; and the zoom relative to
     * the one showing every actor.
     */
    const framing = (page: Page, anchor?: string) =>
      page.evaluate((anchor) => {
        const cy = window.__tieline!.cy;
        const c = { x: cy.width() / 2, y: cy.height() / 2 };
        let best = { label: '', d: Infinity };
        for (const n of cy.nodes(':visible')) {
          const p = n.renderedPosition();
          const d = Math.hypot(p.x - c.x, p.y - c.y);
          if (d < best.d) best = { label: String(n.data('label')), d };
        }
        const bb = cy.nodes().boundingBox({ includeLabels: false, includeOverlays: false });
        const { w, h } = bb;
        const a = cy.nodes().filter((n) => n.data('label') === (anchor ?? best.label))[0]!;
        const zoom = cy.zoom();
        const pan = cy.pan();
        const centre = { x: (c.x - pan.x) / zoom, y: (c.y - pan.y) / zoom };
        const r = a.renderedPosition();
        return {
          nearest: best.label,
          offset: { x: (centre.x - a.position().x) / w, y: (centre.y - a.position().y) / h },
          anchorOnScreen: r.x >= 0 && r.y >= 0 && r.x <= cy.width() && r.y <= cy.height(),
          relZoom: zoom / Math.min(cy.width() / w, cy.height() / h),
        };
      }, anchor);
    const desk = await openPage(browser, { path: '?date=2022-03-31' });
    await waitForGraph(desk.page);
    const area = (await desk.page.locator('.graph-canvas').boundingBox())!;
    // Zoom in on a point right of the middle with the wheel, then drag a little: the camera goes into the link.
    await desk.page.mouse.move(area.x + area.width * 0.62, area.y + area.height * 0.55);
    await desk.page.mouse.wheel(0, -600);
    await cameraSettled(desk.page);
    await desk.page.mouse.move(area.x + area.width - 100, area.y + area.height - 40); // left of the zoom buttons
    await desk.page.mouse.down();
    await desk.page.mouse.move(area.x + area.width - 160, area.y + area.height - 70, { steps: 5 });
    await desk.page.mouse.up();
    await expect.poll(() => desk.page.url()).toContain('cam=');
    const search = new URL(desk.page.url()).search;
    expect(new URLSearchParams(search).get('cam')).toMatch(/^@/);
    await desk.close();
    // The desktop framing is read from the link opened again on a desktop: the
    // address bar is written throttled, so the page that made the link may be a
    // frame ahead of it.
    const deskAgain = await openPage(browser, { path: search });
    await waitForGraph(deskAgain.page);
    await cameraSettled(deskAgain.page);
    const made = await framing(deskAgain.page);
    await deskAgain.close();

    const phone = await openPage(browser, { viewport: PHONE, mobile: true, path: search });
    await waitForGraph(phone.page);
    await cameraSettled(phone.page);
    // The same actor anchors the view, the centre lies the same share of the graph away from it
    // (which on another layout may put a different actor nearest the centre), at the same relative zoom.
    const opened = await framing(phone.page, made.nearest);
    await screenshot(phone.page, 'links-desktop-link-on-phone');
    expect(opened.anchorOnScreen).toBe(true);
    expect(Math.abs(opened.offset.x - made.offset.x)).toBeLessThan(0.01);
    expect(Math.abs(opened.offset.y - made.offset.y)).toBeLessThan(0.01);
    expect(Math.abs(opened.relZoom / made.relZoom - 1)).toBeLessThan(0.02);
    await phone.close();
  });

  it('opens a stale or malformed link at the default view with a short notice', async () => {
    const { page, consoleErrors, close } = await openPage(browser, { path: '?date=2031-02-30&node=kuleba-2&cam=x&speed=%E0%A4%A&utm_source=keep-me' });
    await waitForGraph(page);
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
    // A step rewrites the address: the parameter Tieline does not own is still there.
    await page.getByRole('slider').focus();
    await page.keyboard.press('Home');
    await expect.poll(() => new URL(page.url()).searchParams.get('date')).toBe('2022-01-01');
    expect(new URL(page.url()).searchParams.get('utm_source')).toBe('keep-me');
    expect(new URL(page.url()).searchParams.get('node')).toBeNull();
    expect(consoleErrors).toEqual([]);
    await close();
  });

  it('gives an embed view with graph, slider and caption but no toolbar', async () => {
    for (const viewport of [undefined, PHONE]) {
      const { page, consoleErrors, close } = await openPage(browser, { viewport, path: '?embed=1&date=2022-05-31&mode=window&window=3m' });
      await waitForGraph(page);
      expect(await page.getByRole('toolbar').count()).toBe(0);
      expect(await page.getByRole('button', { name: 'Export…' }).count()).toBe(0);
      expect(await page.getByRole('slider').count()).toBe(1);
      expect(await page.getByTestId('caption-when').innerText()).toBe('3-month window: Mar 2022 – May 2022');
      await screenshot(page, `embed-${viewport ? 'phone' : 'desktop'}`);
      expect(consoleErrors).toEqual([]);
      await close();
    }
  });

  it('starts a replay over a range on #autoplay with from and to, and stops at to', async () => {
    const { page, close } = await openPage(browser, { path: '?autoplay=1&from=2022-02-01&to=2022-04-30&speed=365' });
    await waitForGraph(page);
    await expect.poll(() => statusText(page), { timeout: 10_000 }).toContain('up to 30 Apr 2022');
    expect(await page.getByRole('button', { name: 'Play' }).count()).toBe(1);
    await close();
  });

  it('with loop=1 the autoplay range replays again from its start instead of stopping', async () => {
    const { page, consoleErrors, close } = await openPage(browser, { path: '?autoplay=1&from=2022-02-01&to=2022-04-30&speed=30&loop=1' });
    await waitForGraph(page);
    const seen: string[] = [];
    const slider = page.getByRole('slider');
    // Through April, then February again, still playing; never past the range.
    await expect.poll(async () => seen.push((await slider.getAttribute('aria-valuetext')) ?? '') && seen.at(-1), { timeout: 15_000 }).toMatch(/Apr 2022/);
    await expect.poll(async () => seen.push((await slider.getAttribute('aria-valuetext')) ?? '') && seen.at(-1), { timeout: 15_000 }).toMatch(/(Feb|Mar) 2022/);
    expect(await page.getByRole('button', { name: 'Pause' }).count()).toBe(1);
    expect(seen.filter((t) => !/(Feb|Mar|Apr) 2022|1 Jan 2022|31 Dec 2025/.test(t))).toEqual([]);
    await page.getByRole('button', { name: 'Pause' }).click();
    expect(consoleErrors).toEqual([]);
    await close();
  });

  it('a copied link restores merge, sizes, focus at 2 steps, the path, the open log and its sort, and the time mode', async () => {
    const { page, consoleErrors, close } = await openPage(browser);
    await waitForGraph(page);
    await page.getByRole('checkbox', { name: 'Merge repeats' }).check();
    await page.getByRole('checkbox', { name: 'Size by activity' }).check();
    await page.getByRole('radio', { name: 'Only the last' }).check();
    await page.keyboard.press('/');
    await page.keyboard.type('bui thanh son');
    await page.keyboard.press('Enter');
    await page.getByRole('radio', { name: '2 steps' }).check();
    await page.getByRole('combobox', { name: /connected to/ }).selectOption({ label: 'Dmytro Kuleba' });
    await page.getByRole('button', { name: 'Event log' }).click();
    await page.getByRole('button', { name: 'Kind' }).click();
    await expect.poll(() => page.url()).toContain('sort=kind-asc');
    const link = page.url();
    for (const part of ['merge=1', 'size=1', 'mode=window', 'focus=bui-thanh-son', 'steps=2', 'pathFrom=bui-thanh-son', 'pathTo=dmytro-kuleba', 'panel=log']) expect(link).toContain(part);

    const second = await openPage(browser, { path: link.slice(link.indexOf('?')) });
    const p = second.page;
    await waitForGraph(p);
    await expect.poll(() => p.getByRole('checkbox', { name: 'Merge repeats' }).isChecked()).toBe(true);
    expect(await p.getByRole('checkbox', { name: 'Size by activity' }).isChecked()).toBe(true);
    expect(await p.getByRole('radio', { name: 'Only the last' }).isChecked()).toBe(true);
    expect(await p.getByRole('radio', { name: '2 steps' }).isChecked()).toBe(true);
    expect(await p.getByRole('combobox', { name: /connected to/ }).evaluate((el) => (el as HTMLSelectElement).selectedOptions[0]!.text)).toBe('Dmytro Kuleba');
    expect(await p.locator('#side-panel-title').innerText()).toBe('Event log');
    expect(await p.locator('th[aria-sort="ascending"]').innerText()).toContain('Kind');
    expect(await p.locator('.link-notice').count()).toBe(0);
    await screenshot(p, 'links-whole-view-restored');
    expect([...consoleErrors, ...second.consoleErrors]).toEqual([]);
    await second.close();
    await close();
  });

  it('Back and Forward move between the graphs opened in this tab; the data menu opens the shipped graph again', async () => {
    const { page, consoleErrors, close } = await openPage(browser, { path: '?node=bui-thanh-son' });
    await waitForGraph(page);
    const shipped = await page.evaluate(() => window.__tieline!.cy.nodes().length);
    expect(await page.getByRole('button', { name: 'Open the shipped graph' }).count()).toBe(0);
    await page.getByTestId('open-data-input').setInputFiles(join(FIXTURES, 'edges-basic.csv'));
    await waitForGraph(page, { nodes: 4 });
    expect(new URL(page.url()).searchParams.get('node')).toBeNull();
    await page.goBack();
    await waitForGraph(page, { nodes: shipped });
    await expect.poll(() => page.locator('#details-title').innerText()).toBe('Bùi Thanh Sơn');
    await page.goForward();
    await waitForGraph(page, { nodes: 4 });
    await page.getByRole('status', { name: 'Data opened' }).getByRole('button', { name: 'Close' }).click();
    await page.getByRole('button', { name: 'Open the shipped graph' }).click();
    await waitForGraph(page, { nodes: shipped });
    expect(await page.getByRole('button', { name: 'Open the shipped graph' }).count()).toBe(0);
    await page.goBack();
    await waitForGraph(page, { nodes: 4 });
    await screenshot(page, 'links-back-to-file');
    expect(consoleErrors).toEqual([]);
    await close();
  });

  it('clean view leaves graph, legend and caption; Escape brings the controls back', async () => {
    for (const viewport of [undefined, PHONE]) {
      const { page, consoleErrors, close } = await openPage(browser, { viewport, path: '?date=2022-05-31&mode=window&window=3m' });
      await waitForGraph(page);
      // On a phone, Clean view is in the More menu.
      if (viewport) await page.getByRole('button', { name: /^More/ }).click();
      await page.getByRole('button', { name: 'Clean view' }).click();
      expect(await page.getByRole('toolbar').count()).toBe(0);
      expect(await page.getByRole('slider').count()).toBe(0);
      expect(await page.getByRole('button', { name: 'Play' }).count()).toBe(0);
      expect(await page.getByTestId('caption-when').innerText()).toBe('3-month window: Mar 2022 – May 2022');
      expect(await page.getByRole('region', { name: 'Legend' }).count()).toBe(1);
      // Space plays and pauses here too, though the Play button is hidden.
      const before = await captionWhen(page);
      await page.keyboard.press('Space');
      await expect.poll(() => captionWhen(page)).not.toBe(before);
      await page.keyboard.press('Space');
      await page.mouse.move(5, 5);
      await cameraSettled(page); // the graph refits to the larger area
      await screenshot(page, `clean-view-${viewport ? 'phone' : 'desktop'}`);
      await page.keyboard.press('Escape');
      expect(await page.getByRole('toolbar').count()).toBe(1);
      expect(await page.getByRole('slider').count()).toBe(1);
      expect(consoleErrors).toEqual([]);
      await close();
    }
  });

  it('the + and − buttons zoom the graph about its middle, and the link holds the camera', async () => {
    const { page, consoleErrors, close } = await openPage(browser);
    await waitForGraph(page);
    await cameraSettled(page);
    const zoom = () => page.evaluate(() => window.__tieline!.cy.zoom());
    const before = await zoom();
    expect(new URL(page.url()).searchParams.get('cam')).toBeNull();
    await page.getByRole('button', { name: 'Zoom in' }).click();
    await expect.poll(zoom).toBeCloseTo(before * 1.5, 5);
    await expect.poll(() => new URL(page.url()).searchParams.get('cam')).toMatch(/^@/);
    await page.getByRole('button', { name: 'Zoom out' }).click();
    await expect.poll(zoom).toBeCloseTo(before, 5);
    expect(consoleErrors).toEqual([]);
    await close();
  });
});
