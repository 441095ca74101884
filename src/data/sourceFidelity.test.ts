import { describe, expect, it } from 'vitest';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { validGraphJson } from './validGraphJson.fixture';
import type { GraphFile } from './schema';
import { copiedRuns, unnamedActors, wordsOf } from './sourceFidelity';

const repo = resolve(import.meta.dirname, '../..');

/**
 * The seed articles live in `shared/seeds` beside the repository. In a git
 * worktree "the repository" is the main checkout, so that is tried too;
 * TIELINE_SEEDS overrides both.
 */
function seedsFolder(): string {
  const tried: string[] = [];
  const override = process.env.TIELINE_SEEDS;
  const candidates = override ? [override] : [join(repo, '../shared/seeds')];
  const dotGit = join(repo, '.git');
  if (!override && existsSync(dotGit)) {
    const text = (() => {
      try {
        return readFileSync(dotGit, 'utf8');
      } catch {
        return ''; // a directory: not a worktree
      }
    })();
    const m = /^gitdir: (.+)$/m.exec(text);
    if (m) candidates.push(join(dirname(dirname(dirname(resolve(repo, m[1]!.trim())))), '../shared/seeds'));
  }
  for (const c of candidates) {
    if (!c) continue;
    tried.push(c);
    if (existsSync(c) && readdirSync(c).some((f) => f.endsWith('.txt'))) return c;
  }
  throw new Error(`The seed articles were not found. Put them in shared/seeds beside the repository, or set TIELINE_SEEDS. Tried: ${tried.join(', ')}`);
}

function readSeeds(): Map<string, string> {
  const folder = seedsFolder();
  return new Map(
    readdirSync(folder)
      .filter((f) => f.endsWith('.txt'))
      .sort()
      .map((f) => [f, readFileSync(join(folder, f), 'utf8')]),
  );
}

const shipped = JSON.parse(readFileSync(join(repo, 'data/graph.json'), 'utf8')) as GraphFile;
const lines = (ps: { path: string; message: string }[]) => ps.map((p) => `${p.path}: ${p.message}`);

describe('the shipped data against its five articles', () => {
  const seeds = readSeeds();

  it('has one article for every source it cites', () => {
    expect(shipped.sources.map((s) => s.file).filter((f) => !seeds.has(f))).toEqual([]);
  });

  it('writes every summary and description in its own words (no run of 8 words from an article)', () => {
    expect(lines(copiedRuns(shipped, seeds))).toEqual([]);
  });

  it('cites for each edge only sources that name both of its actors', () => {
    expect(lines(unnamedActors(shipped, seeds))).toEqual([]);
  });

  it('would catch what the review found in the previous data', () => {
    const before = structuredClone(shipped);
    const meeting = before.edges.find((e) => e.id === 'meeting-son-kuleba-2022-11')!;
    meeting.summary = 'Bùi Thanh Sơn met Ukraine’s foreign minister Dmytro Kuleba on the sidelines of the ASEAN Summit.';
    const role = before.edges.find((e) => e.id === 'role-sergey-lavrov-foreign-minister')!;
    role.sources = ['hanoi-times-2022-03', ...role.sources];
    expect(lines(copiedRuns(before, seeds))).toEqual([
      `edges[${before.edges.indexOf(meeting)}].summary (meeting-son-kuleba-2022-11): shares "dmytro kuleba on the sidelines of the asean" with 002_6c4a71729f61e0d8.txt`,
    ]);
    expect(lines(unnamedActors(before, seeds))).toEqual([
      `edges[${before.edges.indexOf(role)}].sources[0] (role-sergey-lavrov-foreign-minister): 000_a24aa66a63e15120.txt does not name "russia-mfa" (by label or alias)`,
    ]);
  });
});

describe('source fidelity checks', () => {
  const article = new Map([['000.txt', 'Bùi Thanh Sơn spoke with Ukraine’s minister, calling for restraint from both sides in the ongoing armed conflicts.']]);

  it('ignore case, diacritics and punctuation when comparing words', () => {
    expect(wordsOf('Bùi Thanh Sơn’s call — Đặng')).toEqual(['bui', 'thanh', 'son', 's', 'call', 'dang']);
  });

  it('find a summary that copies 8 words, but not one that shares 7', () => {
    const g = validGraphJson() as unknown as GraphFile;
    g.edges[0]!.summary = 'He was CALLING for restraint, from both sides in the ongoing war.';
    g.edges[1]!.summary = 'She kept calling for restraint from both sides in a war.';
    expect(lines(copiedRuns(g, article))).toEqual([
      'edges[0].summary (call): shares "calling for restraint from both sides in the" with 000.txt',
    ]);
  });

  it('find a cited source that names only one actor, matching aliases without diacritics', () => {
    const g = validGraphJson() as unknown as GraphFile;
    g.sources[0]!.file = '000.txt';
    g.nodes[2]!.label = 'Bùi Thanh Sơn';
    g.nodes[2]!.aliases = [];
    expect(lines(unnamedActors(g, article))).toEqual([
      'edges[1].sources[0] (vote): 000.txt does not name "vietnam" (by label or alias)',
      'edges[1].sources[0] (vote): 000.txt does not name "unga" (by label or alias)',
    ]);
    // "Ukraine" is named; "Vietnam" inside no word; the person matches "Bui Thanh Son" whatever the accents.
    expect(lines(unnamedActors(g, article)).some((l) => l.includes('edges[0]'))).toBe(false);
  });
});
