import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { defineConfig, type Plugin } from 'vitest/config';
import react from '@vitejs/plugin-react';

/**
 * The graph lives at the top-level `data/` folder (where people edit it), and
 * the app fetches `./data/graph.json`: serve that folder in dev and copy its
 * JSON files into the build.
 */
function dataFolder(): Plugin {
  const dir = join(import.meta.dirname, 'data');
  const jsonFiles = () => readdirSync(dir).filter((f) => f.endsWith('.json'));
  return {
    name: 'tieline-data-folder',
    configureServer(server) {
      server.middlewares.use((req, res, next) => {
        const m = /^\/data\/([\w.-]+\.json)(\?.*)?$/.exec(req.url ?? '');
        if (!m || !jsonFiles().includes(m[1]!)) return next();
        res.setHeader('Content-Type', 'application/json; charset=utf-8');
        res.end(readFileSync(join(dir, m[1]!)));
      });
    },
    generateBundle() {
      for (const f of jsonFiles()) this.emitFile({ type: 'asset', fileName: `data/${f}`, source: readFileSync(join(dir, f)) });
    },
  };
}

// Relative base so the production build works from any static host path.
export default defineConfig({
  base: './',
  plugins: [react(), dataFolder()],
  test: {
    environment: 'node',
    include: ['src/**/*.test.{ts,tsx}', 'tests/unit/**/*.test.{ts,tsx}'],
    setupFiles: ['tests/setup.ts'],
  },
});
