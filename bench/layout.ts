// Orbit layout against the naive peer: cytoscape's own `concentric` layout (headless, no
// style, avoidOverlap off because it does not terminate at 1,500 nodes, see DESIGN.md) on the
// same synthetic network. Ours is timed end to end (communities included); the peer's
// graph construction is timed apart from its layout run. Overlaps are node pairs whose
// centres are closer than the node size (36 px).
import cytoscape from 'cytoscape';
import { orbitLayout } from '../graph/layout';
import { syntheticNetwork } from '../graph/sample';
import { timeIt, type BenchRow, type BenchSuite } from './table';

const NODE_SIZE = 36;
const LEVEL = { core: 3, tweener: 2, outer: 1, archived: 0 } as const;

/** Pairs of points closer than `size`, found through a grid of cell `size`. */
function overlaps(points: { x: number; y: number }[], size: number): number {
  const grid = new Map<string, number[]>();
  const cell = (v: number) => Math.floor(v / size);
  points.forEach((p, i) => {
    const key = `${cell(p.x)},${cell(p.y)}`;
    const list = grid.get(key);
    if (list) list.push(i);
    else grid.set(key, [i]);
  });
  let count = 0;
  points.forEach((p, i) => {
    for (let dx = -1; dx <= 1; dx++) {
      for (let dy = -1; dy <= 1; dy++) {
        for (const j of grid.get(`${cell(p.x) + dx},${cell(p.y) + dy}`) ?? []) {
          if (j > i && Math.hypot(p.x - points[j].x, p.y - points[j].y) < size) count++;
        }
      }
    }
  });
  return count;
}

function best<T>(runs: number, fn: () => T): { ms: number; value: T } {
  let result = timeIt(fn);
  for (let r = 1; r < runs; r++) {
    const next = timeIt(fn);
    if (next.ms < result.ms) result = next;
  }
  return result;
}

const suite: BenchSuite = {
  name: 'layout',
  async run(sizes) {
    const rows: BenchRow[] = [];
    for (const size of sizes) {
      const net = syntheticNetwork({ contacts: size });
      const onMap = net.contacts.filter((c) => c.orbit !== 'archived');
      const label = `${size} / ${net.ties.length} ties`;

      // Best of three runs (after a warm-up) on both sides; at 30,000 the peer runs once.
      orbitLayout(net.contacts, net.ties);
      const ours = best(3, () => orbitLayout(net.contacts, net.ties));
      const oursOverlaps = overlaps(Object.values(ours.value.positions), NODE_SIZE);

      const onMapIds = new Set(onMap.map((c) => c.id));
      const build = timeIt(() =>
        cytoscape({
          headless: true,
          styleEnabled: false,
          elements: [
            ...onMap.map((c) => ({ group: 'nodes' as const, data: { id: c.id, level: LEVEL[c.orbit] } })),
            ...net.ties
              .filter((t) => onMapIds.has(t.source) && onMapIds.has(t.target))
              .map((t) => ({ group: 'edges' as const, data: { id: t.id, source: t.source, target: t.target } })),
          ],
        }),
      );
      const cy = build.value;
      const peer = best(size > 1500 ? 1 : 3, () =>
        cy
          .layout({
            name: 'concentric',
            concentric: (node: cytoscape.NodeSingular) => node.data('level') as number,
            levelWidth: () => 1,
            minNodeSpacing: NODE_SIZE + 14,
            avoidOverlap: false,
            animate: false,
          })
          .run(),
      );
      const peerOverlaps = overlaps(cy.nodes().map((n) => n.position()), NODE_SIZE);
      cy.destroy();

      rows.push({
        stage: 'orbit layout',
        size: label,
        oursMs: ours.ms,
        peer: 'cytoscape concentric',
        peerMs: peer.ms,
        note: `overlapping pairs: ours ${oursOverlaps}, peer ${peerOverlaps}; peer graph build ${build.ms.toFixed(0)} ms not counted; ours includes Louvain and tie-aware order; best of ${size > 1500 ? '3 (peer 1)' : 3}`,
      });
    }
    return rows;
  },
};

export default suite;
