export * from './types';
export { orbitLayout, orbitLayoutIndexed } from './orbit-layout';
export { orbitAt, snapToOrbit, bandCapacity, LAYOUT_DEFAULTS } from './ring-geometry';
