// Level of detail for big maps. Past LARGE_MAP contacts the canvas renderer cannot redraw every
// tie at a usable frame rate under software rendering, so while the user pans, zooms or drags
// the view cytoscape leaves the ties out (`hideEdgesOnViewport`); at rest everything is drawn.
// Cytoscape's other option, a cached bitmap of the map while moving (`textureOnViewport`), was
// measured and left off: at 1,500 contacts building that bitmap at the start of each gesture
// cost up to 1.3 s, against 200 ms worst without it (bench/browser.ts). Past FAR_FIELD_MIN the
// far field (map-far.ts) keeps cytoscape small instead. Small maps keep full detail in motion.
import type { Core } from 'cytoscape';

export const LARGE_MAP = 1000;

/** The renderer fields cytoscape reads on every frame (set from its init options). */
interface ViewportDetail {
  hideEdgesOnViewport: boolean;
  textureOnViewport: boolean;
}

export function levelOfDetail(contactCount: number): ViewportDetail {
  const large = contactCount >= LARGE_MAP;
  return { hideEdgesOnViewport: large, textureOnViewport: false };
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
