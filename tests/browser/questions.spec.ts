// The ten questions of tests/questions.md, each walked in at most three steps
// (a click, a key or a typed field) in real Chromium on the shipped data, with
// the answer checked on screen. Then: lists and popovers stay in the window.
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, openPage, PHONE, screenshot, type Browser, type Page, waitForGraph } from './harness';
import { axeViolations } from './axe';

interface FileEdge {
  id: string;
  event?: string;
  place?: string;
  kind: string;
  date: string;
}
const shipped = JSON.parse(readFileSync(resolve(dirname(fileURLToPath(import.meta.url)), '../../data/graph.json'), 'utf8')) as { edges: FileEdge[] };
/** Distinct events among edges, as the data groups them (the oracle for "one row per event"). */
const eventsOf = (edges: FileEdge[]) => new Set(edges.map((e) => e.event ?? e.id)).size;


/** Counts the steps a question takes; more than three fails the test. */
function stepper(page: Page) {
  let n = 0;
  const step = async <T>(action: () => Promise<T>) => {
    n++;
    expect(n, 'at most three steps').toBeLessThanOrEqual(3);
    return action();
  };
  return {
    type: (text: string) => step(() => page.fill('#tieline-search', text)),
    click: (name: string | RegExp, role: 'button' | 'radio' = 'button') => step(() => page.getByRole(role, { name, exact: typeof name === 'string' }).first().click()),
    key: (key: string) => step(() => page.keyboard.press(key)),
    select: (label: string | RegExp, option: string) => step(() => page.getByRole('combobox', { name: label }).selectOption({ label: option })),
    count: () => n,
  };
}

const group = (page: Page, name: RegExp) => page.getByRole('listbox').getByRole('group', { name });
const optionTexts = async (page: Page, name: RegExp) => {
  await expect.poll(() => group(page, name).count()).toBe(1);
  return group(page, name).getByRole('option').allInnerTexts();
};
const logRows = (page: Page) => page.locator('.event-log tbody tr');

const ready = (page: Page) => waitForGraph(page);

describe('the ten questions, in three steps or fewer', () => {
  let browser: Browser;
  let page: Page;
  let errors: string[];
  let close: () => Promise<void>;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });
  const fresh = async () => {
    const opened = await openPage(browser);
    ({ page, close } = opened);
    errors = opened.consoleErrors;
    await ready(page);
    return stepper(page);
  };
  const done = async () => {
    expect(errors).toEqual([]);
    await close();
  };

  it('1. meetings and visits of Vietnam’s leaders with Russian and Ukrainian leaders in 2024', async () => {
    const s = await fresh();
    await s.click('Balance over time');
    await s.click(/contacts/i, 'radio');
    await s.click('2024');
    const log = page.getByRole('region', { name: 'Events of 2024' });
    await expect.poll(() => log.locator('tbody tr').count()).toBeGreaterThan(0);
    const rows = await log.locator('tbody tr').allInnerTexts();
    expect(rows.some((r) => r.includes('Kazan') && r.includes('Vladimir Putin'))).toBe(true);
    expect(rows.some((r) => r.includes('Trần Thanh Mẫn') && r.includes('Russia'))).toBe(true);
    expect(rows.some((r) => r.includes('Vladimir Putin → Vietnam'))).toBe(true);
    // New York is as many rows as the data has events there (one, once the edges share an event id), with Tô Lâm.
    const ny = shipped.edges.filter((e) => e.place?.startsWith('New York (UN') && e.date.startsWith('2024'));
    expect(rows.filter((r) => r.includes('New York (UN'))).toHaveLength(eventsOf(ny));
    expect(rows.some((r) => r.includes('New York') && r.includes('Tô Lâm'))).toBe(true);
    // The check: the New York meeting of September 2024 is one event, its three Vietnamese participants listed on one row.
    const nyRows = rows.filter((r) => r.includes('New York (UN'));
    expect(nyRows).toHaveLength(1);
    for (const name of ['Tô Lâm', 'Lê Hoài Trung', 'Bùi Thanh Sơn', 'Volodymyr Zelensky']) expect(nyRows[0]).toContain(name);
    expect(rows.some((r) => r.includes('Disputed') && r.includes('Volodymyr Zelensky'))).toBe(true);
    // Contacts only: trade and tourism figures are not contacts.
    expect(rows.some((r) => /Trade between/.test(r))).toBe(false);
    // The chart counts what the log lists.
    const table = await page.locator('.balance__table tbody tr', { hasText: '2024' }).locator('td').allInnerTexts();
    const counted = table.reduce((n, t) => n + Number.parseInt(t, 10), 0);
    expect(rows.length).toBe(counted);
    await screenshot(page, 'questions-1-balance-2024');
    expect(await axeViolations(page)).toEqual([]);
    await done();
  });

  it('2. when the repatriation flights landed, the scheduled ones marked planned', async () => {
    const s = await fresh();
    await s.type('repatriation');
    const options = await optionTexts(page, /^Interactions/);
    for (const d of ['7 Mar 2022', '9 Mar 2022', '12 Mar 2022', '13 Mar 2022']) expect(options.some((o) => o.includes(d) && !o.includes('Planned'))).toBe(true);
    for (const d of ['17 Mar 2022', '19 Mar 2022']) expect(options.some((o) => o.includes(d) && o.includes('Planned'))).toBe(true);
    await done();
  });

  it('3. what Chính said to Zelensky at Davos', async () => {
    const s = await fresh();
    await s.type('davos');
    const options = await optionTexts(page, /^Interactions/);
    expect(options[0]).toContain('Jan 2025');
    expect(options[0]).toContain('Davos');
    expect(options[0]).toMatch(/balanced stance/);
    expect(options[0]).toMatch(/venue/);
    await done();
  });

  it('4. how many Vietnamese had been evacuated from Ukraine', async () => {
    const s = await fresh();
    await s.type('evacuat');
    const options = await optionTexts(page, /^Interactions/);
    expect(options.some((o) => o.includes('4,600') && o.includes('Mar 2022'))).toBe(true);
    await done();
  });

  it('5. when Sơn and Kuleba spoke by phone, marked disputed', async () => {
    const s = await fresh();
    await s.type('son kuleba');
    const options = await optionTexts(page, /^Interactions/);
    const call = options.find((o) => o.includes('Phone call'))!;
    expect(call).toContain('16 Mar 2022');
    expect(call).toContain('Disputed');
    await done();
  });

  it('6. how Vietnam voted on 2 March 2022', async () => {
    const s = await fresh();
    await s.type('vietnam vote');
    const options = await optionTexts(page, /^Interactions/);
    expect(options[0]).toMatch(/Vietnam abstained/);
    expect(options[0]).toContain('2 Mar 2022');
    await done();
  });

  it('7. whom Putin met at Kazan, with the year as written', async () => {
    const s = await fresh();
    await s.type('kazan');
    const options = await optionTexts(page, /^Interactions/);
    expect(options[0]).toContain('Vladimir Putin');
    expect(options[0]).toContain('Phạm Minh Chính');
    expect(options[0]).toMatch(/· 2024 ·/);
    expect(await optionTexts(page, /^Places/)).toEqual([expect.stringContaining('Kazan')]);
    expect(await axeViolations(page)).toEqual([]);
    await done();
  });

  it('8. what happened in March 2022: the log lists the month and only the month', async () => {
    const s = await fresh();
    await s.type('March 2022');
    const period = (await optionTexts(page, /^Periods/))[0]!;
    const count = Number(/(\d+) events?/.exec(period)![1]);
    await s.key('Enter');
    await expect.poll(() => page.locator('.event-log caption').innerText()).toMatch(/in Mar 2022/);
    const dates = await page.locator('.event-log tbody tr td:first-child').allInnerTexts();
    expect(dates).toHaveLength(count);
    expect(dates.every((d) => /Mar 2022$/.test(d.trim()))).toBe(true);
    expect((await logRows(page).allInnerTexts()).some((r) => r.includes('Sergey Lavrov'))).toBe(true);
    await done();
  });

  it('9. where Vietnam’s leaders met Zelensky: the log with Zelensky, place column', async () => {
    const s = await fresh();
    await s.click('Event log');
    await s.select(/^With/, 'Volodymyr Zelensky');
    await expect.poll(() => page.locator('.event-log caption').innerText()).toMatch(/events? in view/);
    const places = (await page.locator('.event-log tbody tr td:nth-child(5)').allInnerTexts()).join(' | ');
    for (const p of ['Tokyo', 'New York', 'Davos']) expect(places).toContain(p);
    const rows = await logRows(page).allInnerTexts();
    expect(rows.every((r) => r.includes('Volodymyr Zelensky'))).toBe(true);
    expect(rows.filter((r) => r.includes('New York'))).toHaveLength(eventsOf(shipped.edges.filter((e) => e.place?.startsWith('New York (UN'))));
    await screenshot(page, 'questions-9-log-zelensky');
    expect(await axeViolations(page)).toEqual([]);
    await done();
  });

  it('10. whether Tô Lâm went to Moscow in May 2025: planned', async () => {
    const s = await fresh();
    await s.type('to lam moscow');
    const options = await optionTexts(page, /^Interactions/);
    expect(options[0]).toContain('May 2025');
    expect(options[0]).toContain('Planned');
    await done();
  });
});

describe('nothing leaves the window or hides behind the controls', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('a miss says so and offers the nearest match', async () => {
    const { page, consoleErrors, close } = await openPage(browser);
    await ready(page);
    await page.fill('#tieline-search', 'davso');
    await expect.poll(() => page.locator('.search__miss').innerText()).toMatch(/No match for “davso”/);
    expect(await optionTexts(page, /^Nearest/)).toContain('davos\nSearch for this instead');
    expect(consoleErrors).toEqual([]);
    await close();
  });

  it('on a phone the event log is one card per event: nothing scrolls sideways, every column still shown', async () => {
    const { page, consoleErrors, close } = await openPage(browser, { viewport: PHONE, mobile: true, path: '?panel=log' });
    await ready(page);
    const scroller = page.locator('.event-log__scroll');
    await expect.poll(() => logRows(page).count()).toBeGreaterThan(0);
    const { scroll, client } = await scroller.evaluate((el) => ({ scroll: el.scrollWidth, client: el.clientWidth }));
    expect(scroll).toBeLessThanOrEqual(client);
    // The first card's place and summary are inside the window, not off to the right.
    const card = logRows(page).first();
    for (const cell of await card.locator('td').all()) {
      const box = await cell.boundingBox();
      if (box && box.width > 0) expect(box.x + box.width).toBeLessThanOrEqual(PHONE.width);
    }
    await screenshot(page, 'questions-log-phone');
    expect(consoleErrors).toEqual([]);
    await close();
  });

  for (const width of [390, 600, 900, 1440]) {
    it(`the suggestion list stays inside a ${width}px window`, async () => {
      const { page, close } = await openPage(browser, { viewport: { width, height: 800 }, mobile: width < 600 });
      await ready(page);
      await page.fill('#tieline-search', 'zelensky');
      const list = page.locator('.search__list');
      await expect.poll(() => list.isVisible()).toBe(true);
      const box = (await list.boundingBox())!;
      expect(box.x).toBeGreaterThanOrEqual(0);
      expect(box.x + box.width).toBeLessThanOrEqual(width);
      expect(box.y + box.height).toBeLessThanOrEqual(800);
      await close();
    });
  }

  for (const [name, viewport, mobile] of [['desktop', undefined, false], ['phone', PHONE, true]] as const) {
    it(`the chart’s list of a column is complete and stays above the playback bar (${name})`, async () => {
      const { page, consoleErrors, close } = await openPage(browser, { viewport, mobile });
      await ready(page);
      await page.getByRole('button', { name: 'Balance over time' }).click();
      const columns = page.locator('.balance__quarter');
      await expect.poll(() => columns.count()).toBeGreaterThan(4);
      const n = await columns.count();
      for (let k = 0; k < n; k++) {
        const col = columns.nth(k);
        await col.hover();
        const pop = page.getByTestId('balance-popover');
        await expect.poll(() => pop.evaluate((el) => getComputedStyle(el).visibility)).toBe('visible');
        const geometry = await pop.evaluate((el) => {
          const r = el.getBoundingClientRect();
          const barEl = document.querySelector('.app__controls')!;
          const bar = barEl.getBoundingClientRect();
          // The bar counts where a person can see it: on a phone the panel's sheet covers it.
          const seen = barEl.contains(document.elementFromPoint(bar.left + bar.width / 2, Math.min(bar.top + 4, innerHeight - 1)));
          return { top: r.top, bottom: r.bottom, left: r.left, right: r.right, floor: seen ? bar.top : innerHeight, vw: innerWidth, items: el.querySelectorAll('li').length };
        });
        expect(geometry.top).toBeGreaterThanOrEqual(0);
        expect(geometry.bottom).toBeLessThanOrEqual(geometry.floor + 1);
        expect(geometry.left).toBeGreaterThanOrEqual(0);
        expect(geometry.right).toBeLessThanOrEqual(geometry.vw);
        // Complete: one line per event the column's label counts.
        const label = (await col.getAttribute('aria-label'))!;
        const counted = [...label.matchAll(/ (\d+)(?:,|$)/g)].reduce((s, m) => s + Number(m[1]), 0);
        expect(geometry.items).toBe(counted);
      }
      // The list stays open while the pointer moves onto it, so a long one can be scrolled.
      await columns.first().hover();
      const pop = page.getByTestId('balance-popover');
      const box = (await pop.boundingBox())!;
      const col = (await columns.first().boundingBox())!;
      // Straight up or down from the column (crossing other columns would show their lists instead).
      const into = box.y > col.y ? box.y + 12 : box.y + box.height - 12;
      await page.mouse.move(col.x + col.width / 2, into, { steps: 6 });
      expect(await pop.isVisible()).toBe(true);
      expect(await pop.evaluate((el) => getComputedStyle(el).overflowY)).toBe('auto');
      await screenshot(page, `questions-popover-${name}`);
      expect(consoleErrors).toEqual([]);
      await close();
    });
  }
});
