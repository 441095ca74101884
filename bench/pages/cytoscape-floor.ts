/**
 * The floor for "navigation to first drawn graph" with cytoscape's canvas:
 * no React, no validation, no model, a four-rule stylesheet; fetch the file,
 * hand cytoscape the nodes at their stored positions and the edges, mark two
 * frames after its first render (as Tieline does). bench/floor.mjs runs it.
 */
import cytoscape from 'cytoscape';

interface FileShape {
  nodes: { id: string; label: string; position?: { x: number; y: number } }[];
  edges: { source: string; target: string }[];
}

const graphUrl = new URLSearchParams(location.search).get('graph') ?? '../graphs/shipped.json';
const file = (await (await fetch(graphUrl)).json()) as FileShape;
const cy = cytoscape({
  container: document.getElementById('cy'),
  layout: { name: 'preset' },
  elements: [
    ...file.nodes.map((n) => ({ data: { id: n.id, label: n.label }, position: n.position ?? { x: 0, y: 0 } })),
    ...file.edges.map((e, i) => ({ data: { id: `e${i}`, source: e.source, target: e.target } })),
  ],
  style: [
    { selector: 'node', style: { label: 'data(label)', 'font-size': 13, 'background-color': '#2f5d9e' } },
    { selector: 'edge', style: { width: 2, 'line-color': '#8a94a3', 'curve-style': 'bezier' } },
  ],
});
cy.one('render', () => requestAnimationFrame(() => requestAnimationFrame(() => performance.mark('floor:painted'))));
