// Switching the live map between palettes: the whole stylesheet is replaced (element style
// bypasses, such as the overlay's sizes and colours, stay), and picture exports are drawn
// in the light palette whatever the screen shows, then the screen's look is put back before
// the next frame.
import type { Core } from 'cytoscape';
import { farFieldOf } from './map-far';
import { applyOverlay, type MapOverlay } from './map-overlay';
import { mapStyle } from './map-style';
import type { MapPalette } from './palette';
import { setScratch } from './map-redraw';

export interface MapLook {
  nodeSize: number;
  palette: MapPalette;
  /** The analysis overlay in the same palette (its colours are bypasses). */
  overlay: MapOverlay;
}

/** The palette a map was last styled in; a new map starts light (mapStyle's default). */
export function mapPaletteName(cy: Core): string {
  return (cy.scratch('palette') as string | undefined) ?? 'light';
}

/** Restyle `cy` in `palette`; nothing to do when it already is. */
export function themeMap(cy: Core, nodeSize: number, palette: MapPalette): void {
  if (mapPaletteName(cy) === palette.name) return;
  cy.style(mapStyle(nodeSize, palette));
  setScratch(cy, 'palette', palette.name);
  // A big map's far-field dots take their ring colours from the stylesheet: repaint them.
  farFieldOf(cy)?.invalidate();
}

/**
 * Run `draw` (which must draw synchronously, as the PNG and SVG exports do) with the map in
 * `look`, then put `current` back.
 */
export function drawnIn<T>(cy: Core, look: MapLook, current: MapLook, draw: () => T): T {
  if (look.palette.name === mapPaletteName(cy)) return draw();
  themeMap(cy, look.nodeSize, look.palette);
  applyOverlay(cy, look.overlay);
  try {
    return draw();
  } finally {
    themeMap(cy, current.nodeSize, current.palette);
    applyOverlay(cy, current.overlay);
  }
}
