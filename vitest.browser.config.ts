import { defineConfig } from 'vitest/config';

// Browser tests: real Chromium (playwright-core) against the production build.
// Run them with `npm run test:browser` (tests/browser/run.mjs), which builds,
// serves dist/ and sets TIELINE_URL and CHROMIUM_PATH for the specs.
// Separate from vite.config.ts so unit tests never pick these up and these
// never load the React plugin or the jsdom setup.
export default defineConfig({
  test: {
    include: ['tests/browser/**/*.spec.ts'],
    environment: 'node',
    pool: 'forks',
    // One file at a time: each launches its own Chromium and the machine has 2 cores.
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 60_000,
    teardownTimeout: 30_000,
  },
});
