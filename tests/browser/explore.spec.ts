// Exploring the ties in real Chromium: search, filters, focus, J/K, and axe-core.
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, openPage, PHONE, screenshot, waitForGraph, type Browser, type Page } from './harness';
import { axeViolations } from './axe';
import { countInteractions, loadShippedEdges } from './oracle';

/** Interactions in the shipped data (distinct events, affiliations left out). */
const TOTAL = countInteractions(loadShippedEdges());

const shippedEdges = (JSON.parse(readFileSync(new URL('../../data/graph.json', import.meta.url), 'utf8')) as { edges: { id: string; event?: string }[] }).edges;

const ready = (page: Page) => waitForGraph(page);

const status = (page: Page) => page.getByTestId('status-line').innerText();
const sliderText = (page: Page) => page.getByRole('slider').getAttribute('aria-valuetext');


describe('exploring the ties', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('search: "sybiha" finds him; the panel shows his February 2025 call', async () => {
    const { page, consoleErrors, close } = await openPage(browser);
    await ready(page);
    await page.keyboard.press('/');
    await page.keyboard.type('sybiha');
    const option = page.getByRole('option').first();
    await expect.poll(() => option.innerText()).toContain('Andrii Sybiha');
    await screenshot(page, 'explore-search-desktop');
    await option.click();
    const panel = page.getByRole('complementary');
    await expect.poll(() => panel.getByRole('heading', { level: 2 }).innerText()).toBe('Andrii Sybiha');
    const items = await panel.locator('.interaction').allInnerTexts();
    expect(items.some((t) => t.includes('17 Feb 2025') && /phone call/i.test(t))).toBe(true);
    await screenshot(page, 'explore-search-chosen-desktop');
    expect(consoleErrors).toEqual([]);
    await close();
  });

  it('filters to calls only and the status line counts them', async () => {
    const { page, consoleErrors, close } = await openPage(browser);
    await ready(page);
    await expect.poll(() => status(page)).toMatch(new RegExp(`^${TOTAL} of ${TOTAL} interactions`));
    await page.getByRole('button', { name: 'Filters' }).click();
    await page.getByRole('button', { name: 'No kinds' }).click();
    await expect.poll(() => status(page)).toMatch(new RegExp(`^0 of ${TOTAL} interactions · 0 actors`));
    await page.getByRole('checkbox', { name: /^Phone calls/ }).check();
    await expect.poll(() => status(page)).toMatch(new RegExp(`^3 of ${TOTAL} interactions · 4 actors · up to 31 Dec 2025 · filtered$`));
    const shownEdges = await page.evaluate(() => window.__tieline!.cy.edges('[index >= 0]').filter((e) => !e.hasClass('out')).length);
    expect(shownEdges).toBe(3);
    await page.getByRole('slider').focus();
    await page.keyboard.press('Home');
    await page.keyboard.press('PageUp'); // 1 Apr 2022
    await expect.poll(() => status(page)).toMatch(new RegExp(`^2 of ${TOTAL} interactions · 3 actors · up to 1 Apr 2022`));
    await screenshot(page, 'explore-filters-desktop');
    await page.getByRole('button', { name: 'Reset filters' }).click();
    await expect.poll(() => status(page)).not.toContain('filtered');
    expect(consoleErrors).toEqual([]);
    await close();
  });

  it('focus on a node hides everyone outside its neighbourhood', async () => {
    const { page, consoleErrors, close } = await openPage(browser);
    await ready(page);
    await page.keyboard.press('/');
    await page.keyboard.type('bui thanh son');
    await page.keyboard.press('Enter');
    await page.getByRole('radio', { name: '1 step' }).check();
    const { hidden, shown, expected } = await page.evaluate(() => {
      const cy = window.__tieline!.cy;
      const son = cy.nodes().filter((n) => n.data('label') === 'Bùi Thanh Sơn');
      const inView = son.connectedEdges('[index >= 0]').filter((e) => !e.hasClass('out'));
      const expected = inView.connectedNodes().union(son).map((n) => n.id()).sort();
      const shown = cy.nodes().filter((n) => !n.hasClass('outside')).map((n) => n.id()).sort();
      return { hidden: cy.nodes('.outside').length, shown, expected };
    });
    expect(shown).toEqual(expected);
    expect(hidden).toBe(41 - expected.length);
    expect(hidden).toBeGreaterThan(20);
    await screenshot(page, 'explore-focus-desktop');
    expect(consoleErrors).toEqual([]);
    await close();
  });

  it('J and K move the date to the previous and next interaction', async () => {
    const { page, consoleErrors, close } = await openPage(browser);
    await ready(page);
    await page.getByRole('slider').focus();
    await page.keyboard.press('Home');
    expect(await sliderText(page)).toBe('Up to 1 Jan 2022');
    await page.keyboard.press('k');
    const first = await sliderText(page);
    expect(first).not.toBe('Up to 1 Jan 2022');
    await expect.poll(() => page.getByRole('complementary').count()).toBe(1);
    await page.keyboard.press('k');
    await page.keyboard.press('k');
    const third = await sliderText(page);
    expect(third).not.toBe(first);
    await page.keyboard.press('j');
    await page.keyboard.press('j');
    expect(await sliderText(page)).toBe(first);
    expect(consoleErrors).toEqual([]);
    await close();
  });

  it('axe-core finds no serious or critical problems: default, node selected, event log open', async () => {
    const { page, close } = await openPage(browser);
    await ready(page);
    expect(await axeViolations(page)).toEqual([]);
    await page.keyboard.press('/');
    await page.keyboard.type('vietnam');
    await page.keyboard.press('Enter');
    await page.getByRole('complementary').waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Event log' }).click();
    await page.getByRole('table').waitFor();
    await screenshot(page, 'explore-log-desktop');
    expect(await axeViolations(page)).toEqual([]);
    // Tapping an interaction in the graph marks its row in the log.
    await page.evaluate(() => {
      // An interaction (the log does not list offices held or memberships).
      window.__tieline!.cy.edges('[index >= 0]').filter((e) => !e.hasClass('out') && !e.hasClass('k-role') && !e.hasClass('k-membership') && !e.hasClass('k-statistic')).last().emit('tap');
    });
    const row = page.locator('tr[aria-current="true"]');
    await expect.poll(() => row.count()).toBe(1);
    const heading = await page.getByRole('complementary').getByRole('heading', { level: 2 }).innerText();
    expect(await row.getByRole('button').innerText()).toBe(heading);
    await page.getByRole('button', { name: 'Balance over time', exact: true }).click();
    await page.getByRole('application', { name: /^Events per quarter/ }).focus();
    await page.keyboard.press('ArrowRight');
    await page.locator('.balance__popover').waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await page.keyboard.press('?');
    await page.getByRole('dialog', { name: 'Keyboard shortcuts' }).waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await page.keyboard.press('Escape');
    await expect.poll(() => page.getByRole('dialog').count()).toBe(0);
    await close();
  });

  it('replay with the event log open: the log and the live region follow the date', async () => {
    const { page, consoleErrors, close } = await openPage(browser);
    await ready(page);
    await page.getByRole('button', { name: 'Event log' }).click();
    await page.getByRole('slider').focus();
    await page.keyboard.press('Home');
    const caption = page.locator('.event-log caption');
    await expect.poll(() => caption.innerText()).toMatch(/up to 1 Jan 2022/);
    await page.getByRole('button', { name: 'Play' }).click();
    const announcer = page.getByTestId('replay-announcer');
    await expect.poll(() => announcer.innerText(), { timeout: 10_000 }).toMatch(/^(Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) 2022: \d+ interactions in view$/);
    await page.getByRole('button', { name: 'Pause' }).click();
    await expect.poll(() => announcer.innerText()).toMatch(/^Replay paused at \d+ \w+ 20\d\d: \d+ interactions in view$/);
    // One row per event in view, offices, memberships and statistics left out (the data file says which edges share an event).
    const rows = await page.locator('.event-log tbody tr').count();
    const inView = await page.evaluate(() =>
      window.__tieline!.cy
        .edges('[index >= 0]')
        .filter((e) => !e.hasClass('out') && !e.hasClass('k-role') && !e.hasClass('k-membership') && !e.hasClass('k-statistic'))
        .map((e) => e.data('index') as number),
    );
    const events = new Set(inView.map((i) => shippedEdges[i]!.event ?? shippedEdges[i]!.id));
    expect(rows).toBe(events.size);
    expect(rows).toBeLessThanOrEqual(Number((await status(page)).split(' ')[0]));
    expect(consoleErrors).toEqual([]);
    await close();
  });

  it('with reduced motion, replay steps a whole month at a time', async () => {
    const { page, consoleErrors, close } = await openPage(browser);
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await ready(page);
    await page.getByRole('slider').focus();
    await page.keyboard.press('Home');
    expect(await sliderText(page)).toBe('Up to 1 Jan 2022');
    // Every date the slider shows while playing, as it changes (sampling could miss the days in between).
    await page.evaluate(() => {
      const w = window as unknown as { __shown: string[] };
      w.__shown = [];
      new MutationObserver((changes) => {
        for (const change of changes) {
          const text = (change.target as Element).getAttribute('aria-valuetext');
          if (text !== null && w.__shown.at(-1) !== text) w.__shown.push(text);
        }
      }).observe(document.body, { subtree: true, attributes: true, attributeFilter: ['aria-valuetext'] });
    });
    await page.getByRole('button', { name: 'Play' }).click();
    // Until two months have been shown: a condition, not a sleep.
    await page.waitForFunction(() => (window as unknown as { __shown: string[] }).__shown.length >= 2);
    await page.getByRole('button', { name: 'Pause' }).click();
    const shown = await page.evaluate(() => (window as unknown as { __shown: string[] }).__shown);
    expect(shown.slice(0, 2)).toEqual(['Up to 31 Jan 2022', 'Up to 28 Feb 2022']);
    const lastDays = new Set(['28', '29', '30', '31']);
    for (const text of shown) expect(lastDays.has(text.split(' ')[2]!), text).toBe(true);
    expect(consoleErrors).toEqual([]);
    await close();
  });

  it('on a phone the panels open as a sheet over the graph', async () => {
    const { page, consoleErrors, close } = await openPage(browser, { viewport: PHONE, mobile: true });
    await ready(page);
    await screenshot(page, 'explore-phone-start');
    await page.getByRole('button', { name: 'Event log' }).click();
    await page.getByRole('table').waitFor();
    await screenshot(page, 'explore-phone-log');
    await page.getByRole('button', { name: 'Close Event log' }).click();
    await page.getByRole('button', { name: 'Balance over time' }).click();
    await screenshot(page, 'explore-phone-balance');
    expect(consoleErrors).toEqual([]);
    await close();
  });
});
