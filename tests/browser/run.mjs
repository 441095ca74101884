// `npm run test:browser`: real-Chromium tests against the production build.
// 1. find (or, root on Debian, install) Chromium;  2. `vite build` into dist/;
// 3. serve dist/ on 127.0.0.1 with our static server;  4. run the specs in
// tests/browser/**/*.spec.ts with vitest (vitest.browser.config.ts), handing
// them the URL and the browser through TIELINE_URL and CHROMIUM_PATH.
//
// Env: SKIP_BUILD=1 reuses an existing dist/; DIST_DIR=/some/dir serves that
// directory instead (and never builds); CHROMIUM_PATH picks the browser.
// Extra arguments go to vitest, e.g. `npm run test:browser -- smoke`.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ensureChromium } from './chromium.mjs';
import { startStaticServer } from './static-server.mjs';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const require = createRequire(import.meta.url);

/** Path of a package's CLI script, run with this same Node (no npx lookup). */
function binOf(pkg, script) {
  return join(dirname(require.resolve(`${pkg}/package.json`)), script);
}

function elapsed(since) {
  return `${((Date.now() - since) / 1000).toFixed(1)}s`;
}

function build() {
  console.log('[browser] vite build');
  const started = Date.now();
  const result = spawnSync(process.execPath, [binOf('vite', 'bin/vite.js'), 'build'], {
    cwd: repoRoot,
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  if (result.error) throw result.error;
  if (result.status !== 0) throw new Error(`vite build failed (exit ${result.status ?? result.signal})`);
  console.log(`[browser] built in ${elapsed(started)}`);
}

/** Runs vitest as a child process; resolves to its exit code. */
function runVitest(env, extraArgs) {
  const args = [binOf('vitest', 'vitest.mjs'), 'run', '--config', 'vitest.browser.config.ts', ...extraArgs];
  const child = spawn(process.execPath, args, {
    cwd: repoRoot,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  // Pass Ctrl-C / CI cancellation on, so no Chromium is left behind.
  const forward = (signal) => child.kill(signal);
  process.on('SIGINT', forward);
  process.on('SIGTERM', forward);
  return new Promise((resolveExit, rejectExit) => {
    child.on('error', rejectExit);
    child.on('exit', (code, signal) => {
      process.off('SIGINT', forward);
      process.off('SIGTERM', forward);
      resolveExit(code ?? (signal ? 1 : 0));
    });
  });
}

async function main() {
  const started = Date.now();
  const chromiumPath = ensureChromium();
  console.log(`[browser] Chromium: ${chromiumPath}`);

  const distDir = process.env.DIST_DIR ? resolve(process.env.DIST_DIR) : join(repoRoot, 'dist');
  if (!process.env.DIST_DIR && process.env.SKIP_BUILD !== '1') build();
  if (!existsSync(join(distDir, 'index.html'))) {
    throw new Error(`${distDir}/index.html not found: build the app first (npm run build) or unset SKIP_BUILD.`);
  }

  const server = await startStaticServer(distDir);
  console.log(`[browser] serving ${distDir} at ${server.url}`);
  let code = 1;
  try {
    code = await runVitest({ TIELINE_URL: server.url, CHROMIUM_PATH: chromiumPath }, process.argv.slice(2));
  } finally {
    await server.close();
  }
  console.log(`[browser] ${code === 0 ? 'passed' : 'FAILED'} in ${elapsed(started)}`);
  return code;
}

main().then(
  (code) => process.exit(code),
  (error) => {
    console.error(`[browser] ${error instanceof Error ? error.message : error}`);
    process.exit(1);
  },
);
