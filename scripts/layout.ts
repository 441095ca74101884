/**
 * Bakes layout positions into a graph file (default data/graph.json), so the
 * app never runs a layout for the shipped data and every replay shows the
 * same picture. Run after editing the data: `npm run layout`. Only `x` and
 * `y` change; everything else in the file is written back as it was.
 *
 * Russia is anchored left, Vietnam in the centre and Ukraine right: the
 * picture then reads the way the sources frame the story (see computeLayout).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { toModel } from '../src/data/toModel';
import { formatProblem, validateGraph } from '../src/data/validateGraph';
import { computeLayout, lastCheck } from '../src/graph-view/computeLayout';

const file = process.argv[2] ?? 'data/graph.json';
const raw = JSON.parse(readFileSync(file, 'utf8')) as { nodes: { id: string; x?: number; y?: number }[] };
for (const n of raw.nodes) {
  delete n.x;
  delete n.y;
}
const result = validateGraph(raw);
if (!result.ok) {
  for (const p of result.problems) console.error(formatProblem(p));
  process.exit(1);
}
const positions = computeLayout(toModel(result.graph), { left: 'russia', centre: 'vietnam', right: 'ukraine' });
for (const n of raw.nodes) {
  const p = positions.get(n.id)!;
  n.x = p.x;
  n.y = p.y;
}
writeFileSync(file, `${JSON.stringify(raw, null, 2)}\n`);
const xs = raw.nodes.map((n) => n.x!);
const ys = raw.nodes.map((n) => n.y!);
console.log(`${file}: positions written for ${raw.nodes.length} nodes, centres span ${Math.max(...xs) - Math.min(...xs)} × ${Math.max(...ys) - Math.min(...ys)}`);
if (lastCheck) {
  console.log(`check pass: ${lastCheck.rounds} rounds; actors still on a line: ${lastCheck.crossings}; overlapping boxes: ${lastCheck.overlaps}`);
  const ids = raw.nodes.map((n) => n.id);
  for (const [n, line] of lastCheck.onLines) console.log(`  ${ids[n]} on the line ${ids[line.a]}–${ids[line.b]}`);
  for (const [a, b] of lastCheck.overlapping) console.log(`  ${ids[a]} and ${ids[b]} overlap`);
  if (lastCheck.crossings || lastCheck.overlaps) process.exitCode = 2;
}
