import { describe, expect, it } from 'vitest';
import { fileSizeProblem, formatBytes, graphSizeProblem } from './limits';

describe('import limits', () => {
  it('opens a graph the size of the benchmark\'s largest (50,000 interactions between 25,000 actors)', () => {
    expect(graphSizeProblem(25_000, 50_000)).toBeNull();
  });

  it('says which limit a graph is over, in words', () => {
    expect(graphSizeProblem(50_001, 10)).toBe('the file has 50,001 actors; Tieline shows up to 50,000');
    expect(graphSizeProblem(10, 100_001)).toBe('the file has 100,001 interactions; Tieline shows up to 100,000');
  });

  it('refuses a file over 64 MB before reading it', () => {
    expect(fileSizeProblem(64 * 1024 * 1024)).toBeNull();
    expect(fileSizeProblem(70 * 1024 * 1024)).toBe('the file is 70 MB; Tieline opens files up to 64 MB');
    expect(formatBytes(900 * 1024)).toBe('900 KB');
  });
});
