import type { OrbitId } from '../model';

export interface LayoutNode {
  id: string;
  orbit: OrbitId;
}

export interface LayoutTie {
  source: string;
  target: string;
}

/** Model units: pixels at zoom 1. */
export interface OrbitLayoutOptions {
  /** Node diameter; no two node centres end up closer than this. */
  nodeSize: number;
  /** Extra room between neighbouring nodes. */
  spacing: number;
  /** Radius of the core ring's first band. */
  firstRadius: number;
  /** Distance between one ring's last band and the next ring's first band (at least). */
  ringGap: number;
}

export interface RingGeometry {
  orbit: OrbitId;
  label: string;
  /** Where the ring line and label are drawn: the middle of its bands. */
  radius: number;
  /** The span a dropped point counts as over this ring, from the centre. */
  inner: number;
  outer: number;
  /** Radii of its bands, inside-out; at least one, even for an empty ring. */
  bands: number[];
  count: number;
}

export interface OrbitLayout {
  /** Every non-archived node by id, plus 'ego' at (0, 0). */
  positions: Record<string, { x: number; y: number }>;
  /** core, tweener, outer in that order; archived never. */
  rings: RingGeometry[];
  options: OrbitLayoutOptions;
  /**
   * Set by placeMoves: this layout is `from` except for the contacts in `ids` (moved, making
   * room for one, or gone from the map); every place that changed is among them, every other
   * place is as it was. The map updates just those.
   */
  moved?: { from: OrbitLayout; ids: readonly string[] };
}
