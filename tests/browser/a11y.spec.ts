// Keyboard and screen reader reach, in real Chromium: skip links, moving among
// actors and ties from the graph itself, and axe-core in every state.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, openPage, PHONE, screenshot, type Browser, type Page, waitForGraph } from './harness';
import { axeViolations } from './axe';


const ready = (page: Page) => waitForGraph(page);
const detailsTitle = (page: Page) => page.locator('#details-title').innerText();
const focusedId = (page: Page) => page.evaluate(() => document.activeElement?.id ?? '');
const live = (page: Page) => page.locator('.graph-canvas [aria-live]').innerText();


describe('keyboard and screen reader reach', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('the first Tab offers skip links to the graph and to the slider', async () => {
    const { page, consoleErrors, close } = await openPage(browser);
    await ready(page);
    await page.keyboard.press('Tab');
    const first = page.getByRole('link', { name: 'Skip to the graph' });
    expect(await first.evaluate((el) => el === document.activeElement)).toBe(true);
    expect((await first.boundingBox())!.y).toBeGreaterThanOrEqual(0); // shown when focused
    await screenshot(page, 'a11y-skip-link');
    await page.keyboard.press('Enter');
    expect(await focusedId(page)).toBe('graph-canvas');
    // From the top again: the second Tab is the slider's skip link.
    await page.reload();
    await ready(page);
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Skip to the time slider');
    await page.keyboard.press('Enter');
    expect(await focusedId(page)).toBe('time-slider');
    expect(new URL(page.url()).hash).toBe(''); // no history entry for the jump
    expect(consoleErrors).toEqual([]);
    await close();
  });

  it('arrow keys move among actors on the graph with a focus ring, the selection follows, Enter walks ties', async () => {
    const { page, consoleErrors, close } = await openPage(browser);
    await ready(page);
    await page.locator('#graph-canvas').focus();
    await page.keyboard.press('ArrowRight');
    const firstActor = await detailsTitle(page);
    expect(firstActor.length).toBeGreaterThan(0);
    expect(await live(page)).toContain(firstActor);
    // The selected actor wears the ring while the graph has focus.
    const ringed = () => page.evaluate(() => window.__tieline!.cy.elements().filter((e) => Number(e.style('outline-width').replace('px', '')) > 0 || e.style('underlay-color') === 'rgb(29,78,216)').map((e) => e.data('label') ?? e.id()));
    expect(await ringed()).toEqual([firstActor]);
    // Each arrow goes to an actor drawn that way on screen.
    for (const [key, axis, sign] of [['ArrowLeft', 'x', -1], ['ArrowDown', 'y', 1], ['ArrowUp', 'y', -1]] as const) {
      const before = await page.evaluate(() => window.__tieline!.cy.nodes('.focus')[0]!.renderedPosition());
      await page.keyboard.press(key);
      const after = await page.evaluate(() => window.__tieline!.cy.nodes('.focus')[0]!.renderedPosition());
      expect(sign * (after[axis] - before[axis]), key).toBeGreaterThan(0);
    }
    await screenshot(page, 'a11y-graph-keyboard-actor');
    const actor = await detailsTitle(page);
    await page.keyboard.press('Enter');
    // A tie of that actor is selected, ringed, and announced.
    await expect.poll(() => detailsTitle(page)).not.toBe(actor);
    const tie = await page.evaluate(() => window.__tieline!.cy.edges('.focus').map((e) => [e.source().data('label'), e.target().data('label')]));
    expect(tie).toHaveLength(1);
    expect(tie[0]).toContain(actor);
    expect(await live(page)).toContain(actor);
    await page.keyboard.press('Enter');
    await page.keyboard.press('Shift+Enter');
    expect(await page.evaluate(() => window.__tieline!.cy.edges('.focus').map((e) => [e.source().data('label'), e.target().data('label')]))).toEqual(tie);
    await screenshot(page, 'a11y-graph-keyboard-tie');
    // Leaving the graph takes the ring off.
    await page.keyboard.press('Tab');
    expect(await ringed()).toEqual([]);
    expect(consoleErrors).toEqual([]);
    await close();
  });

  it('axe-core: no serious or critical problems with actor details, in the embed view and on a phone', async () => {
    const { page, close } = await openPage(browser);
    await ready(page);
    expect(await axeViolations(page)).toEqual([]);
    await page.locator('#graph-canvas').focus();
    await page.keyboard.press('ArrowRight');
    await page.locator('#details-title').waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await page.keyboard.press('/');
    await page.keyboard.type('bui thanh son');
    await page.keyboard.press('Enter');
    await expect.poll(() => detailsTitle(page)).toBe('Bùi Thanh Sơn');
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Clean view' }).click();
    expect(await axeViolations(page)).toEqual([]);
    await close();

    for (const viewport of [undefined, PHONE]) {
      const embed = await openPage(browser, { viewport, path: '?embed=1&date=2022-05-31' });
      await ready(embed.page);
      expect(await axeViolations(embed.page)).toEqual([]);
      expect(await embed.page.getByRole('heading', { level: 1 }).count()).toBe(1);
      await embed.close();
    }
  });

  it('axe-core: no serious or critical problems with a merged pair, a stale-link notice, the export dialog and phone details', async () => {
    const states: [string, string, (page: Page) => Promise<void>, typeof PHONE | undefined][] = [
      ['pair', '?merge=1&pair=vietnam%20russia', (page) => page.locator('#details-title').waitFor(), undefined],
      ['notice', '?node=nobody', (page) => page.locator('.link-notice').waitFor(), undefined],
      ['export', '', async (page) => {
        await page.getByRole('button', { name: 'Export…' }).click();
        await page.getByRole('dialog', { name: 'Export' }).waitFor();
      }, undefined],
      ['phone details', '?node=bui-thanh-son', (page) => page.locator('#details-title').waitFor(), PHONE],
    ];
    for (const [name, path, reach, viewport] of states) {
      const { page, close } = await openPage(browser, { path, viewport });
      await ready(page);
      await reach(page);
      expect(await axeViolations(page), name).toEqual([]);
      await close();
    }
  });
});
