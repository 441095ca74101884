import { describe, expect, it } from 'vitest';
import { fitScale, MAX_CANVAS_AREA, MAX_CANVAS_SIDE } from './canvasLimits';

describe('fitScale', () => {
  it('keeps a request that fits', () => {
    expect(fitScale(1440, 900, 4)).toEqual({ scale: 4, width: 5760, height: 3600, reduced: false });
  });
  it('scales down past the side cap', () => {
    const f = fitScale(1440, 900, 16);
    expect(f.reduced).toBe(true);
    expect(f.width).toBeLessThanOrEqual(MAX_CANVAS_SIDE);
  });
  it('scales down past the area cap', () => {
    const f = fitScale(10000, 10000, 2);
    expect(f.reduced).toBe(true);
    expect(f.width * f.height).toBeLessThanOrEqual(MAX_CANVAS_AREA);
  });
});
