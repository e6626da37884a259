// The cytoscape stylesheet of the orbit map. Rings are drawn as non-interactive nodes under
// everything else, so they pan, zoom and export with the map.
import type { StylesheetJson } from 'cytoscape';
import { EGO_SCALE } from './map-elements';
import { exploreStyle } from './map-explorer';
import { overlayStyle } from './map-overlay';
import { LIGHT_PALETTE, type MapPalette } from './palette';

const FONT = 'Inter, "Segoe UI", system-ui, -apple-system, Roboto, "Helvetica Neue", Arial, sans-serif';

/** A per-element number from its data; cytoscape's typings omit data mappers for these. */
const fromData = (key: string) => `data(${key})` as unknown as number;

/**
 * The whole stylesheet in one theme: the map's own rules, then the explore and overlay classes
 * (after, so they win), so switching theme is one `cy.style(mapStyle(size, palette))`.
 */
export function mapStyle(nodeSize: number, palette: MapPalette = LIGHT_PALETTE): StylesheetJson {
  const p = palette;
  return [
    {
      selector: 'node',
      style: {
        'z-index-compare': 'manual',
        'font-family': FONT,
        color: p.ink,
      },
    },
    {
      selector: 'node.contact',
      style: {
        'z-index': 20,
        width: nodeSize,
        height: nodeSize,
        'background-color': p.orbits.outer,
        'border-width': 1.5,
        'border-color': p.nodeBorder,
        label: 'data(label)',
        'font-size': 10,
        'min-zoomed-font-size': 7,
        'text-valign': 'bottom',
        'text-margin-y': 3,
        'text-wrap': 'ellipsis',
        'text-max-width': 'data(maxw)',
        'text-background-color': p.background,
        'text-background-opacity': 0.75,
        'text-background-padding': '1px',
        'text-background-shape': 'roundrectangle',
      },
    },
    { selector: 'node.contact.core', style: { 'background-color': p.orbits.core, 'font-size': 11, 'font-weight': 600 } },
    { selector: 'node.contact.tweener', style: { 'background-color': p.orbits.tweener } },
    // Outer planets: the smallest labels, gone first when zooming out.
    { selector: 'node.contact.outer', style: { 'background-color': p.orbits.outer, 'font-size': 9.5, 'min-zoomed-font-size': 7 } },
    // Dense rings: labels along the radius (see labelPlacement).
    {
      selector: 'node.contact.radial-right, node.contact.radial-left',
      style: {
        'text-valign': 'center',
        'text-rotation': fromData('rot'),
        'text-margin-x': fromData('mx'),
        'text-margin-y': fromData('my'),
        'text-max-width': 'data(maxw)',
        'text-background-opacity': 0,
      },
    },
    { selector: 'node.contact.radial-right', style: { 'text-halign': 'right' } },
    { selector: 'node.contact.radial-left', style: { 'text-halign': 'left' } },
    {
      selector: 'node.ego',
      style: {
        'z-index': 30,
        width: nodeSize * EGO_SCALE,
        height: nodeSize * EGO_SCALE,
        'background-color': p.ego,
        'border-width': 3,
        'border-color': p.nodeBorder,
        label: 'data(label)',
        color: p.egoInk,
        'font-size': 12.5,
        'font-weight': 700,
        'text-valign': 'center',
        'text-halign': 'center',
        'text-wrap': 'wrap',
        'text-max-width': `${Math.round(nodeSize * EGO_SCALE - 14)}px`,
        'line-height': 1.15,
      },
    },
    {
      selector: 'node.band',
      style: {
        'z-index': 0,
        shape: 'ellipse',
        events: 'no',
        width: 'data(size)',
        height: 'data(size)',
        'background-opacity': 0,
        'border-position': 'inside',
        'border-width': 'data(bandWidth)',
        'border-opacity': p.bandOpacity,
      },
    },
    {
      selector: 'node.ring-label',
      style: {
        'z-index': 60,
        events: 'no',
        width: 1,
        height: 1,
        'background-opacity': 0,
        label: 'data(label)',
        'text-valign': 'center',
        'text-halign': 'center',
        'font-size': fromData('fontSize'),
        'font-weight': 700,
        'min-zoomed-font-size': 0,
        'text-transform': 'uppercase',
        'text-background-color': p.background,
        'text-background-opacity': 0.92,
        'text-background-padding': '4px',
        'text-background-shape': 'roundrectangle',
      },
    },
    {
      selector: 'node.ring',
      style: {
        'z-index': 1,
        shape: 'ellipse',
        events: 'no',
        width: 'data(size)',
        height: 'data(size)',
        'background-opacity': 0,
        'border-width': 1.5,
        'border-style': 'dashed',
        'border-dash-pattern': [6, 6],
        'border-opacity': p.ringOpacity,
      },
    },
    ...(['core', 'tweener', 'outer'] as const).map((orbit) => ({
      selector: `node.band.${orbit}, node.ring.${orbit}`,
      style: { 'border-color': p.orbits[orbit] },
    })),
    // Label text a shade of the ring's colour with enough contrast on the background.
    ...(['core', 'tweener', 'outer'] as const).map((orbit) => ({
      selector: `node.ring-label.${orbit}`,
      style: { color: p.ringLabels[orbit] },
    })),
    {
      selector: 'edge',
      style: {
        // Ties take no pointer events (nothing on them is clickable): cytoscape then leaves
        // them out of its hit test, which scans every element on each pointer move.
        events: 'no',
        'z-index': 5,
        'curve-style': 'haystack',
        'haystack-radius': 0,
        width: 0.8,
        'line-color': p.edge,
        opacity: p.edgeOpacity,
      },
    },
    { selector: 'edge.highlight', style: { opacity: 0.85, width: 1.6, 'line-color': p.ink, 'z-index': 15 } },
    // The ties of a contact being dragged, drawn with it as it follows the pointer.
    { selector: 'edge.drag-tie', style: { opacity: 0.85, width: 1.6, 'line-color': p.ink, 'z-index': 15 } },
    { selector: 'node.contact.faded', style: { opacity: 0.35 } },
    { selector: 'node.contact.hover', style: { 'border-color': p.ink, 'border-width': 2, 'z-index': 40 } },
    {
      selector: 'node.contact.selected',
      style: {
        'z-index': 50,
        'border-color': p.ink,
        'border-width': 3,
        'font-size': 12,
        'font-weight': 700,
        'min-zoomed-font-size': 0,
        'text-background-opacity': 1,
      },
    },
    { selector: 'node:selected', style: { 'overlay-opacity': 0 } },
    { selector: 'node.contact:active', style: { 'overlay-opacity': 0.08, 'overlay-color': p.ink } },
    ...exploreStyle(p),
    ...overlayStyle(p),
  ];
}
