// Orbit colours, shared by the map, the legend and the exported image. Okabe-Ito hues (blue,
// orange) plus a slate grey: distinguishable with the common colour-vision deficiencies, and
// also by lightness alone.
import type { OrbitId } from '../../graph/model';

export const ORBIT_COLORS: Record<OrbitId, string> = {
  core: '#0072b2',
  tweener: '#e69f00',
  outer: '#8c96a3',
  archived: '#c4c9d0',
};

export const EGO_COLOR = '#1f2a37';
export const MAP_BACKGROUND = '#fbfaf7';
export const INK = '#1f2a37';
export const MUTED_INK = '#5b6573';
