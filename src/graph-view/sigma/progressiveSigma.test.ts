// Batching wraps a program once: a program wrapped twice rendered by calling
// itself until the stack overflowed (the styled line programs are batched
// where they are made, then the renderer batches every program it is given).
import { describe, expect, it } from 'vitest';

// sigma reads WebGL's context classes when it loads; Node has none (nothing here draws).
const g = globalThis as Record<string, unknown>;
g.WebGL2RenderingContext ??= class {};
g.WebGLRenderingContext ??= class {};
const { EdgeArrowProgram, EdgeRectangleProgram } = await import('sigma/rendering');
const { styledEdgeProgramClasses } = await import('./edgePrograms');
const { batched, batchedPrograms } = await import('./progressiveSigma');

describe('batched programs', () => {
  it('wraps a program once, however often it is asked', () => {
    const once = batched(EdgeRectangleProgram);
    expect(once).not.toBe(EdgeRectangleProgram);
    expect(batched(once)).toBe(once);
  });

  it('leaves the styled programs batched where they were made as they are', () => {
    const styled = styledEdgeProgramClasses(batched);
    const given = { ...styled, line: EdgeRectangleProgram, arrow: EdgeArrowProgram };
    const used = batchedPrograms(given);
    for (const type of Object.keys(styled)) expect(used[type]).toBe(styled[type as keyof typeof styled]);
    expect(used.line).not.toBe(EdgeRectangleProgram);
    expect(used.arrow).not.toBe(EdgeArrowProgram);
  });
});
