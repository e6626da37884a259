// What a map picture (PNG or SVG) carries besides the map: the user's choice of area and
// names, a title with the date, and the legend of what the colours mean right now (orbits,
// or communities when the map is coloured by community).
import type { Core } from 'cytoscape';
import type { OrbitDef, OrbitId } from '../../graph/model';
import { downloadBlob, snapshotFileName, type LegendEntry, type PngSnapshotOptions } from './export-png';
import { svgBlob, svgFileName, type NameMode, type SvgSnapshotOptions } from './export-svg';
import type { CommunityLegendEntry } from './map-view.svelte';
import { ORBIT_COLORS } from './orbit-colors';

/** What a picture export shows: the whole map or the current view, and how names appear. */
export interface PictureChoice {
  area: 'all' | 'view';
  names: NameMode;
}

export interface PictureContext {
  egoName: string;
  orbits: readonly OrbitDef[];
  counts: Record<OrbitId, number>;
  contactCount: number;
  /** Set when the map is coloured by community. */
  communities: readonly CommunityLegendEntry[] | null;
  date: Date;
}

/** Communities listed in a picture's legend; smaller ones are left out of it. */
const LEGEND_COMMUNITIES = 8;

export function pictureLegend(ctx: Pick<PictureContext, 'orbits' | 'counts' | 'communities'>, names: NameMode): LegendEntry[] {
  if (ctx.communities) {
    // Communities are named after their members; a picture without names keeps them unnamed.
    return ctx.communities.slice(0, LEGEND_COMMUNITIES).map((c, i) => ({
      label: names === 'full' ? c.label : `Community ${i + 1}`,
      color: c.color,
      count: c.size,
    }));
  }
  return ctx.orbits
    .filter((o) => o.onMap)
    .map((o) => ({ label: o.label, color: ORBIT_COLORS[o.id], count: ctx.counts[o.id] ?? 0 }));
}

export function pictureTitles(ctx: Pick<PictureContext, 'egoName' | 'contactCount' | 'date'>, names: NameMode): { title: string; subtitle: string } {
  const owner = names === 'full' ? `${ctx.egoName}: career orbit map` : 'Career orbit map';
  return {
    title: owner,
    subtitle: `${ctx.contactCount} contacts · ${ctx.date.toLocaleDateString(undefined, { dateStyle: 'long' })}`,
  };
}

/** The map component's picture functions. */
export interface MapPictures {
  snapshot(options: PngSnapshotOptions): Promise<Blob>;
  svgSnapshot(options: SvgSnapshotOptions): string;
}

/** Draw the map as a PNG or SVG as chosen and hand it to the browser as a download. */
export async function savePicture(map: MapPictures, kind: 'png' | 'svg', choice: PictureChoice, ctx: PictureContext): Promise<void> {
  const options = { ...pictureTitles(ctx, choice.names), legend: pictureLegend(ctx, choice.names), area: choice.area, names: choice.names };
  // A picture without names does not carry the owner's name in its file name either.
  const pngName = snapshotFileName(choice.names === 'full' ? ctx.egoName : 'career', ctx.date);
  if (kind === 'png') downloadBlob(await map.snapshot(options), pngName);
  else downloadBlob(svgBlob(map.svgSnapshot(options)), svgFileName(pngName));
}

/** View-state classes (hover, selection) left out of a picture, as the PNG export does. */
const VIEW_CLASSES = ['hover', 'selected', 'highlight'] as const;

/** Run `draw` with the view-state classes lifted off the map, and put them back after. */
export function withoutViewState<T>(cy: Core, draw: () => T): T {
  const held = VIEW_CLASSES.map((c) => [c, cy.elements(`.${c}`)] as const);
  for (const [c, eles] of held) eles.removeClass(c);
  try {
    return draw();
  } finally {
    for (const [c, eles] of held) eles.addClass(c);
  }
}
