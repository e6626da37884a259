export * from './types';
export { orbitLayout, orbitLayoutIndexed } from './orbit-layout';
export { placeMoves, prepareMoves, type LayoutMove, type PlaceMovesOptions } from './moves';
export { orbitAt, snapToOrbit, bandCapacity, LAYOUT_DEFAULTS } from './ring-geometry';
