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

/**
 * The graph view's chunk (cytoscape, 138 KB gzip) is imported dynamically, so
 * by default its download starts only once the first chunk has run. Every
 * visit to the app draws the graph, so name it in index.html with
 * modulepreload: it downloads and compiles while the first chunk runs. The
 * bench's build (bench/vite.config.ts) uses it too, so its Tieline page loads
 * as the app does; a page whose entry never reaches the graph view is left alone.
 */
export function preloadGraphView(): Plugin {
  return {
    name: 'tieline-preload-graph-view',
    transformIndexHtml: {
      order: 'post',
      handler(html, ctx) {
        const bundle = ctx.bundle;
        if (!bundle) return html;
        const chunks = Object.values(bundle).filter((c) => c.type === 'chunk');
        const byFile = new Map(chunks.map((c) => [c.fileName, c]));
        const view = chunks.find((c) => c.isDynamicEntry && c.facadeModuleId?.endsWith('/src/graph-view/GraphCanvas.tsx'));
        if (!view) throw new Error('preloadGraphView: no chunk for src/graph-view/GraphCanvas.tsx');
        const reached = new Set<string>();
        const reach = (file: string) => {
          if (reached.has(file)) return;
          reached.add(file);
          const chunk = byFile.get(file);
          [...(chunk?.imports ?? []), ...(chunk?.dynamicImports ?? [])].forEach(reach);
        };
        if (ctx.chunk) reach(ctx.chunk.fileName);
        if (ctx.chunk && !reached.has(view.fileName)) return html;
        const files = new Set<string>();
        const visit = (file: string) => {
          if (files.has(file) || html.includes(file)) return;
          files.add(file);
          byFile.get(file)?.imports.forEach(visit);
        };
        visit(view.fileName);
        return [...files].map((file) => ({
          tag: 'link',
          attrs: { rel: 'modulepreload', crossorigin: true, href: `./${file}` },
          injectTo: 'head' as const,
        }));
      },
    },
  };
}

// Relative base so the production build works from any static host path.
export default defineConfig({
  base: './',
  plugins: [react(), dataFolder(), preloadGraphView()],
  test: {
    environment: 'node',
    include: ['src/**/*.test.{ts,tsx}', 'tests/unit/**/*.test.{ts,tsx}'],
    setupFiles: ['tests/setup.ts'],
  },
});
