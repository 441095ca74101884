/**
 * The benchmark's own build: one page per contender under bench/pages/, built
 * into bench/dist/pages/ (git-ignored). Nothing here enters the app's bundle;
 * the pages import the app's source (store, graph view, domain, data) as is.
 */
import { resolve } from 'node:path';
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { preloadGraphView } from '../vite.config.js';

const pages = resolve(import.meta.dirname, 'pages');
/** bench/profile.mjs builds readable (unminified) pages into their own folder. */
const readable = process.env.BENCH_READABLE === '1';

export default defineConfig({
  root: pages,
  base: './',
  // The Tieline page preloads the graph view's chunk as the app's index.html does.
  plugins: [react(), preloadGraphView()],
  logLevel: 'warn',
  build: {
    outDir: resolve(import.meta.dirname, readable ? 'dist/pages-readable' : 'dist/pages'),
    minify: !readable,
    emptyOutDir: true,
    // The bench measures what the app would run: minified, no source maps.
    sourcemap: false,
    chunkSizeWarningLimit: 4096,
    rollupOptions: {
      input: {
        tieline: resolve(pages, 'tieline.html'),
        baseline: resolve(pages, 'baseline.html'),
        sigma: resolve(pages, 'sigma.html'),
        // bench/floor.mjs: what the least a page can do costs here.
        blank: resolve(pages, 'blank.html'),
        'cytoscape-floor': resolve(pages, 'cytoscape-floor.html'),
      },
    },
  },
});
