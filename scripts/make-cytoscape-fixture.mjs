// Writes tests/fixtures/import/cytoscape-cy-json.json with Cytoscape.js itself (cy.json()),
// so the fixture is exactly what the tool writes: node scripts/make-cytoscape-fixture.mjs <out.json>
import cytoscape from 'cytoscape';
import { writeFileSync } from 'node:fs';
const cy = cytoscape({ headless: true, styleEnabled: true, layout: { name: 'preset' }, elements: [
  { data: { id: 'vn', label: 'Vietnam', kind: 'country' }, position: { x: 0, y: 0 } },
  { data: { id: 'ua', label: 'Ukraine', kind: 'country' }, position: { x: 300, y: -40 } },
  { data: { id: 'son', label: 'Bùi Thanh Sơn', kind: 'person', country: 'vn' }, position: { x: 60, y: 120 } },
  { data: { id: 'kuleba', label: 'Dmytro Kuleba', kind: 'person', country: 'ua' }, position: { x: 260, y: 110 } },
  { data: { id: 'un', label: 'UN General Assembly', kind: 'institution' }, position: { x: 150, y: -160 } },
  { data: { id: 'c1', source: 'son', target: 'kuleba', start: '2022-03-16', interaction: 'call', label: 'Phone call about evacuating Vietnamese citizens.' } },
  { data: { id: 'v1', source: 'vn', target: 'un', start: '2022-03-02', interaction: 'vote', label: 'Vote on resolution ES-11/1.' } },
  { data: { id: 'm1', source: 'vn', target: 'ua', start: '2023-09', interaction: 'handshake', label: 'Officials met on the sidelines of the General Assembly.' } },
  { data: { id: 'r1', source: 'kuleba', target: 'ua', start: '2020-03-04', end: '2024-09-05', interaction: 'role', label: 'Minister of Foreign Affairs.' } },
]});
writeFileSync(process.argv[2], JSON.stringify(cy.json(), null, 2) + '\n');
cy.destroy();
process.exit(0); // headless cytoscape keeps a timer alive
