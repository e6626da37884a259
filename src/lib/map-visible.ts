// The part of the map no panel covers. The app lays the panels out beside the map's own area
// (the analysis layer's `.area`: view bar and legends), so that area's box is what a person
// sees of the map; contacts flown to land in its middle, not under the list view.
import type { Core } from 'cytoscape';

export interface Point {
  x: number;
  y: number;
}

/** The middle of the map's visible area in rendered (container) coordinates. */
export function visibleCentre(cy: Core): Point {
  const whole = { x: cy.width() / 2, y: cy.height() / 2 };
  const container = cy.container();
  const area = container?.parentElement?.querySelector(':scope > .area');
  if (!container || !area) return whole;
  const box = container.getBoundingClientRect();
  const seen = area.getBoundingClientRect();
  if (seen.width <= 0) return whole;
  return { x: seen.left + seen.width / 2 - box.left, y: whole.y };
}
