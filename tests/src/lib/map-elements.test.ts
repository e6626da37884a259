import { describe, expect, it } from 'vitest';
import { orbitLayout } from '../../../graph/layout';
import type { OrbitId } from '../../../graph/model';
import { labelPlacement, ringElements } from '../../../src/lib/map-elements';

function layoutOf(counts: Partial<Record<OrbitId, number>>) {
  const nodes = Object.entries(counts).flatMap(([orbit, n]) =>
    Array.from({ length: n }, (_, i) => ({ id: `${orbit}-${i}`, orbit: orbit as OrbitId })),
  );
  return orbitLayout(nodes, []);
}

describe('labelPlacement', () => {
  it('puts names under the node on a sparse ring', () => {
    const layout = layoutOf({ core: 3, tweener: 4, outer: 5 });
    const placement = labelPlacement('core', layout.positions['core-0'], layout);
    expect(placement.classes).toBe('contact core');
    expect(placement.data.rot).toBe(0);
  });

  it('turns names along the radius on a dense ring, never upside down', () => {
    const layout = layoutOf({ core: 30, tweener: 60, outer: 200 });
    for (const [id, at] of Object.entries(layout.positions)) {
      if (id === 'ego') continue;
      const orbit = id.split('-')[0] as OrbitId;
      const placement = labelPlacement(orbit, at, layout);
      expect(placement.classes).toMatch(/radial-(left|right)/);
      expect(Math.cos(placement.data.rot)).toBeGreaterThanOrEqual(-1e-9);
    }
  });

  it('points inner rings inward and the outermost band outward', () => {
    const layout = layoutOf({ core: 30, tweener: 60, outer: 200 });
    const outerRing = layout.rings.find((r) => r.orbit === 'outer')!;
    expect(outerRing.bands.length).toBeGreaterThan(1);
    const lastBand = outerRing.bands[outerRing.bands.length - 1];
    for (const [id, at] of Object.entries(layout.positions)) {
      if (id === 'ego') continue;
      const orbit = id.split('-')[0] as OrbitId;
      const { data, classes } = labelPlacement(orbit, at, layout);
      // Text runs along `rot` from a right-aligned anchor, against it from a left-aligned one.
      const direction = data.rot + (classes.includes('radial-left') ? Math.PI : 0);
      const outward = Math.cos(direction) * at.x + Math.sin(direction) * at.y > 0;
      // The anchor sits on the radial line through the node, on the side the text runs to.
      const reach = layout.options.nodeSize / 2 + 4;
      const anchorX = data.mx + (classes.includes('radial-left') ? -reach : reach);
      expect(anchorX * at.y - data.my * at.x).toBeCloseTo(0, 6);
      const expected = orbit === 'outer' && Math.abs(Math.hypot(at.x, at.y) - lastBand) < 1;
      expect(outward).toBe(expected);
    }
  });

  it('keeps an inward name short enough to stop before the ring inside it', () => {
    const layout = layoutOf({ core: 30, tweener: 60, outer: 10 });
    const core = layout.rings.find((r) => r.orbit === 'core')!;
    const at = layout.positions['tweener-0'];
    const { data } = labelPlacement('tweener', at, layout);
    const size = layout.options.nodeSize;
    const room = Math.hypot(at.x, at.y) - size / 2 - core.bands[core.bands.length - 1] - size / 2;
    expect(data.maxw).toBeLessThanOrEqual(room);
  });
});

describe('ringElements', () => {
  it('draws each map orbit as a band, a line and a name, none of them grabbable', () => {
    const layout = layoutOf({ core: 2, tweener: 2, outer: 2 });
    const elements = ringElements(layout);
    expect(elements.map((e) => e.data.id)).toEqual([
      'band:core', 'ring:core', 'ring-label:core',
      'band:tweener', 'ring:tweener', 'ring-label:tweener',
      'band:outer', 'ring:outer', 'ring-label:outer',
    ]);
    expect(elements.every((e) => e.grabbable === false && e.selectable === false)).toBe(true);
    const core = layout.rings[0];
    expect(elements[1].data.size).toBeCloseTo(2 * core.radius);
    expect(elements[2].data.label).toBe('Core');
  });
});
