// Helpers for browser specs (tests/browser/*.spec.ts). The runner
// (tests/browser/run.mjs) builds the app, serves dist/ and sets TIELINE_URL
// and CHROMIUM_PATH; these helpers read them.
//
//   let browser: Browser;
//   beforeAll(async () => { browser = await launchBrowser(); });
//   afterAll(async () => { await browser?.close(); });
//   it('...', async () => {
//     const { page, consoleErrors } = await openPage(browser, { viewport: PHONE });
//     await screenshot(page, 'phone-start');
//     expect(consoleErrors).toEqual([]);
//   });
import { mkdir } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { onTestFailed } from 'vitest';
import { CHROMIUM_ARGS, findChromium } from './chromium.mjs';

export type { Browser, Page } from 'playwright-core';

export interface Viewport {
  width: number;
  height: number;
}

/** The two target screens. */
export const DESKTOP: Viewport = { width: 1440, height: 900 };
export const PHONE: Viewport = { width: 390, height: 844 };

/** Git-ignored folder (test-output/ is in .gitignore) for screenshots anyone can look at. */
export const SCREENSHOT_DIR = resolve(dirname(fileURLToPath(import.meta.url)), '../../test-output/screenshots');

/** Base URL of the served production build, always ending with "/". */
export function baseUrl(): string {
  const url = process.env.TIELINE_URL;
  if (!url) {
    throw new Error('TIELINE_URL is not set: run browser specs with `npm run test:browser` (tests/browser/run.mjs).');
  }
  return url.endsWith('/') ? url : `${url}/`;
}

/**
 * URL of `path` under the app. Relative to the base (a leading "/" is
 * dropped), because the build uses base './' and may live under a sub-path.
 */
export function appUrl(path = ''): string {
  return new URL(path.replace(/^\/+/, ''), baseUrl()).href;
}

/** Launches headless Chromium with the flags this machine needs. Once per spec file; close it in afterAll. */
export async function launchBrowser(): Promise<Browser> {
  const executablePath = process.env.CHROMIUM_PATH || findChromium();
  if (!executablePath) {
    throw new Error('No Chromium found: run `npm run test:browser`, which installs or locates it, or set CHROMIUM_PATH.');
  }
  return chromium.launch({ executablePath, args: CHROMIUM_ARGS, headless: true });
}

export interface OpenPageOptions {
  /** Defaults to DESKTOP (1440×900). */
  viewport?: Viewport;
  /** Path or query under the app, e.g. "?date=2022-03-01". Defaults to the start page. */
  path?: string;
  /** Emulate a touch phone (isMobile + hasTouch), e.g. with viewport PHONE. */
  mobile?: boolean;
  /** Runs in the page before the app's own scripts (e.g. to take away a browser API). */
  initScript?: () => void;
}

export interface OpenedPage {
  page: Page;
  context: BrowserContext;
  /** console.error messages and uncaught page errors, in order, as they happen. */
  consoleErrors: string[];
  /** Closes the page's context (a fresh one per openPage: no shared storage between tests). */
  close: () => Promise<void>;
}

/** Opens the app in a fresh context and waits for the `load` event. */
export async function openPage(browser: Browser, options: OpenPageOptions = {}): Promise<OpenedPage> {
  const context = await browser.newContext({
    viewport: options.viewport ?? DESKTOP,
    ...(options.mobile ? { isMobile: true, hasTouch: true, deviceScaleFactor: 2 } : {}),
  });
  const page = await context.newPage();
  const consoleErrors: string[] = [];
  page.on('console', (message) => {
    if (message.type() !== 'error') return;
    const { url, lineNumber } = message.location();
    // Chromium asks for /favicon.ico on its own when the page declares no icon;
    // that 404 is the browser's request, not the app's.
    if (url.endsWith('/favicon.ico')) return;
    consoleErrors.push(url ? `${message.text()} (${url}:${lineNumber})` : message.text());
  });
  page.on('pageerror', (error) => consoleErrors.push(`Page error: ${error.name}: ${error.message}`));
  reportOnFailure(page, consoleErrors);
  if (options.initScript) await page.addInitScript(options.initScript);
  await page.goto(appUrl(options.path), { waitUntil: 'load' });
  return { page, context, consoleErrors, close: () => context.close() };
}

/**
 * When the calling test fails, print the page's console errors (a timeout
 * waiting for the UI rarely says why; the console usually does) and save a
 * screenshot named after the test. Outside a test (e.g. in beforeAll) vitest
 * has no current test to hook, so nothing is registered.
 */
function reportOnFailure(page: Page, consoleErrors: string[]): void {
  try {
    onTestFailed(async ({ task }) => {
      if (consoleErrors.length > 0) {
        console.error(`Console errors on the page:\n  ${consoleErrors.join('\n  ')}`);
      }
      if (page.isClosed()) return;
      const file = await screenshot(page, `FAILED-${task.name}`).catch(() => undefined);
      if (file) console.error(`Screenshot of the failure: ${file}`);
    });
  } catch {
    // Not inside a test: nothing to report on.
  }
}

/** Saves a PNG of the viewport to test-output/screenshots/<name>.png and returns its path. */
export async function screenshot(page: Page, name: string, options: { fullPage?: boolean } = {}): Promise<string> {
  const safeName = name.replace(/[^a-zA-Z0-9._-]+/g, '-');
  const file = join(SCREENSHOT_DIR, `${safeName}.png`);
  await mkdir(SCREENSHOT_DIR, { recursive: true });
  await page.screenshot({ path: file, fullPage: options.fullPage ?? false });
  return file;
}

/** What `waitForGraph` waits for beyond the painted graph. */
export interface GraphWait {
  /** The graph on screen has exactly this many actors (after an import or Back: the page's mark is from its first graph). */
  nodes?: number;
  /**
   * The view on screen is this renderer's (domain/drawingScale.ts). A
   * sigma view counts from when it attaches: it may still be drawing its lines
   * over several frames (its "Data opened" notice says when it has finished).
   */
  renderer?: 'cytoscape' | 'sigma';
  /** Also wait until no camera animation runs (a fit has ended) and two more frames are drawn: for pictures and measurements. */
  settled?: boolean;
  /** Milliseconds before giving up (Playwright's default otherwise). */
  timeout?: number;
  /** How often to look: every animation frame (default) or every so many milliseconds, for a page too busy to draw frames. */
  polling?: number | 'raf';
}

/**
 * The one "graph ready" wait of the browser specs: the test hook is set (a
 * graph view attached), the page has painted a graph (the app's
 * `tieline:graph-painted` mark), and the graph on screen has actors; with
 * options, also a given number of actors, a given renderer, or a settled camera.
 */
export async function waitForGraph(page: Page, options: GraphWait = {}): Promise<void> {
  const { nodes = null, renderer = null, settled = false, timeout, polling = 'raf' } = options;
  await page.waitForFunction(
    ({ nodes, renderer, settled }) => {
      const hook = window.__tieline;
      if (!hook || performance.getEntriesByName('tieline:graph-painted').length === 0) return false;
      // A large graph is drawn by sigma (domain/drawingScale.ts): the hook then has `sigma`, not `cy`.
      const sigma = hook.renderer === ('sigma' as string);
      if (renderer !== null && renderer !== (sigma ? 'sigma' : 'cytoscape')) return false;
      const count = sigma ? hook.sigma!.nodeCount() : hook.cy.nodes().length;
      if (nodes === null ? count === 0 : count !== nodes) return false;
      return !settled || sigma || !hook.cy.animated();
    },
    { nodes, renderer, settled },
    { timeout, polling },
  );
  // Two frames: the fonts and the end of the fit have been drawn.
  if (settled) await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
}
