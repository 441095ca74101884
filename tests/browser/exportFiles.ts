// Helpers for export specs: save downloads under test-output/exports/ and
// look at what was saved (PNG header, pixel statistics computed in the page).
import { mkdir, readFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';

/** Git-ignored folder for exported files anyone can open. */
export const EXPORT_DIR = resolve(dirname(fileURLToPath(import.meta.url)), '../../test-output/exports');

/** Runs `trigger` and saves the download it starts; returns the saved path. */
export async function saveDownload(page: Page, trigger: () => Promise<void>, name?: string): Promise<string> {
  await mkdir(EXPORT_DIR, { recursive: true });
  const [download] = await Promise.all([page.waitForEvent('download', { timeout: 60_000 }), trigger()]);
  const file = join(EXPORT_DIR, name ?? download.suggestedFilename());
  await download.saveAs(file);
  return file;
}

/** Width and height from a PNG's IHDR chunk. */
export async function pngSize(file: string): Promise<{ width: number; height: number }> {
  const buf = await readFile(file);
  if (buf.toString('latin1', 1, 4) !== 'PNG') throw new Error(`${file} is not a PNG`);
  return { width: buf.readUInt32BE(16), height: buf.readUInt32BE(20) };
}

export interface PixelStats {
  width: number;
  height: number;
  /** Share of pixels that are neither white nor transparent. */
  inked: number;
  /** Distinct colours among sampled pixels (quantised). */
  colours: number;
}

/** Decodes an image file in the page and measures it. */
export async function pixelStats(page: Page, file: string, mime: string): Promise<PixelStats> {
  const b64 = (await readFile(file)).toString('base64');
  return page.evaluate(
    async ({ b64, mime }) => {
      const img = new Image();
      img.src = `data:${mime};base64,${b64}`;
      await img.decode();
      const w = img.naturalWidth || img.width;
      const h = img.naturalHeight || img.height;
      const c = document.createElement('canvas');
      // Sample at up to 1200 px wide: statistics, not every pixel.
      const k = Math.min(1, 1200 / w);
      c.width = Math.max(1, Math.round(w * k));
      c.height = Math.max(1, Math.round(h * k));
      const ctx = c.getContext('2d')!;
      ctx.drawImage(img, 0, 0, c.width, c.height);
      const d = ctx.getImageData(0, 0, c.width, c.height).data;
      let inked = 0;
      const colours = new Set<number>();
      for (let i = 0; i < d.length; i += 4) {
        const [r, g, b, a] = [d[i]!, d[i + 1]!, d[i + 2]!, d[i + 3]!];
        if (a > 16 && (r < 235 || g < 235 || b < 235)) inked++;
        colours.add(((r >> 4) << 8) | ((g >> 4) << 4) | (b >> 4));
      }
      return { width: w, height: h, inked: inked / (c.width * c.height), colours: colours.size };
    },
    { b64, mime },
  );
}
