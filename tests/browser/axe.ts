/** axe-core in the page under test: one helper for every spec that checks accessibility. */
import { createRequire } from 'node:module';
import type { Page } from './harness';

const axeSource: string = (createRequire(import.meta.url)('axe-core') as { source: string }).source;

/** Serious and critical axe-core violations on the page as it is now ("impact: rule at selectors"). */
export async function axeViolations(page: Page): Promise<string[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ content: axeSource });
  const result = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (ctx: Document, o: object) => Promise<{ violations: { id: string; impact: string; nodes: { target: string[] }[] }[] }> } }).axe;
    return axe.run(document, { resultTypes: ['violations'] });
  });
  return result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.impact}: ${v.id} at ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}
