// Finds a system Chromium for playwright-core (`npx playwright install` cannot
// download on our machines), installing Debian's package when we are root on
// Debian. Shared by the browser tests (tests/browser/run.mjs) and the
// benchmark (bench/), so it has no dependencies beyond Node itself.
import { spawnSync } from 'node:child_process';
import { accessSync, constants, existsSync } from 'node:fs';
import { delimiter, join } from 'node:path';

// Flags that let Chromium run here: as root (no sandbox), without a GPU, and
// without its background calls to Google, which this closed network refuses.
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
  // Debian's launcher script adds this only when /dev/shm is small, and its
  // check misfires on some machines; containers often have a 64 MB /dev/shm.
  '--disable-dev-shm-usage',
];

const DEFAULT_PATH = '/usr/bin/chromium';
const PATH_NAMES = ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable'];
const INSTALL_HINT =
  'Install Chromium (Debian/Ubuntu: sudo apt-get install chromium; Fedora: sudo dnf install chromium; ' +
  'macOS: brew install --cask chromium) or set CHROMIUM_PATH to a Chromium or Chrome executable.';

function isExecutable(file) {
  try {
    accessSync(file, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

function onPath(name) {
  for (const dir of (process.env.PATH ?? '').split(delimiter)) {
    if (!dir) continue;
    const candidate = join(dir, name);
    if (isExecutable(candidate)) return candidate;
  }
  return undefined;
}

/**
 * Returns the Chromium executable to use, or undefined if none is found.
 * Order: $CHROMIUM_PATH, /usr/bin/chromium, then the usual names on PATH.
 * A CHROMIUM_PATH that is set but not executable is an error, not a fallback:
 * silently using another browser would hide the misconfiguration.
 */
export function findChromium() {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv) {
    if (isExecutable(fromEnv)) return fromEnv;
    throw new Error(`CHROMIUM_PATH is set to "${fromEnv}", which is not an executable file.`);
  }
  if (isExecutable(DEFAULT_PATH)) return DEFAULT_PATH;
  for (const name of PATH_NAMES) {
    const found = onPath(name);
    if (found) return found;
  }
  return undefined;
}

function canInstallWithApt() {
  return (
    process.platform === 'linux' &&
    existsSync('/etc/debian_version') &&
    typeof process.getuid === 'function' &&
    process.getuid() === 0 &&
    onPath('apt-get') !== undefined
  );
}

function aptGet(args) {
  console.log(`[chromium] apt-get ${args.join(' ')}`);
  // stdin ignored and DEBIAN_FRONTEND set: CI has no terminal to answer prompts.
  const result = spawnSync('apt-get', args, {
    stdio: ['ignore', 'inherit', 'inherit'],
    env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
  });
  if (result.error) throw result.error;
  if (result.status !== 0) {
    throw new Error(`apt-get ${args.join(' ')} exited with status ${result.status}. ${INSTALL_HINT}`);
  }
}

/**
 * Returns a Chromium executable, installing Debian's `chromium` package first
 * when none is found and we are root on Debian. Otherwise throws an error
 * that says exactly what to install.
 */
export function ensureChromium() {
  const found = findChromium();
  if (found) return found;
  if (!canInstallWithApt()) {
    throw new Error(`No Chromium found (looked at CHROMIUM_PATH, ${DEFAULT_PATH}, ${PATH_NAMES.join(', ')} on PATH). ${INSTALL_HINT}`);
  }
  console.log('[chromium] No Chromium found; installing Debian\'s "chromium" package (root on Debian).');
  aptGet(['update']);
  aptGet(['install', '-y', '--no-install-recommends', 'chromium', 'fonts-liberation']);
  const installed = findChromium();
  if (!installed) throw new Error(`apt-get installed chromium but no executable was found. ${INSTALL_HINT}`);
  return installed;
}
