// Level of detail for big maps. Past LARGE_MAP contacts the canvas renderer cannot redraw every
// tie and label at a usable frame rate (software rendering: ~8 fps at 1,500 with everything
// drawn), so while the user pans, zooms or drags, cytoscape shows a cached bitmap of the map
// (`textureOnViewport`) and leaves the ties out (`hideEdgesOnViewport`); at rest everything is
// drawn. Small maps keep full detail in motion.
import type { Core } from 'cytoscape';

export const LARGE_MAP = 1000;

/** The renderer fields cytoscape reads on every frame (set from its init options). */
interface ViewportDetail {
  hideEdgesOnViewport: boolean;
  textureOnViewport: boolean;
}

export function levelOfDetail(contactCount: number): ViewportDetail {
  const large = contactCount >= LARGE_MAP;
  return { hideEdgesOnViewport: large, textureOnViewport: large };
}

/**
 * Apply the level of detail for `contactCount` contacts to a live instance. The map is created
 * before the network arrives, so the init options cannot know its size; cytoscape 3.34 reads
 * these two options from its renderer on each frame, where they are set here.
 */
export function applyLevelOfDetail(cy: Core, contactCount: number): void {
  const renderer = (cy as Core & { renderer(): Partial<ViewportDetail> | undefined }).renderer();
  if (!renderer) return;
  Object.assign(renderer, levelOfDetail(contactCount));
}
