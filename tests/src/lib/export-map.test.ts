import { describe, expect, it } from 'vitest';
import { ORBITS } from '../../../graph/model';
import { pictureLegend, pictureTitles, savePicture, withoutViewState, type MapPictures, type PictureContext } from '../../../src/lib/export-map';

const ctx: PictureContext = {
  egoName: 'Noor Achterberg',
  orbits: ORBITS,
  counts: { core: 2, tweener: 3, outer: 5, archived: 1 },
  contactCount: 10,
  communities: null,
  date: new Date(2026, 10, 25),
};
const communities = [
  { community: 0, label: 'Maya Okafor, Sam Lee', size: 6, color: '#0072b2' },
  { community: 1, label: 'Dan Whitfield', size: 4, color: '#e69f00' },
];

describe('picture legend and titles', () => {
  it('lists the orbits on the map with their counts', () => {
    expect(pictureLegend(ctx, 'full').map((e) => [e.label, e.count])).toEqual(
      ORBITS.filter((o) => o.onMap).map((o) => [o.label, ctx.counts[o.id]]),
    );
  });

  it('lists communities by their members, unnamed when names are hidden', () => {
    expect(pictureLegend({ ...ctx, communities }, 'full').map((e) => e.label)).toEqual(['Maya Okafor, Sam Lee', 'Dan Whitfield']);
    const hidden = pictureLegend({ ...ctx, communities }, 'none');
    expect(hidden.map((e) => e.label)).toEqual(['Community 1', 'Community 2']);
    expect(hidden.map((e) => e.count)).toEqual([6, 4]);
  });

  it("leaves the owner's name out of the title when names are hidden or initials", () => {
    expect(pictureTitles(ctx, 'full').title).toBe('Noor Achterberg: career orbit map');
    expect(pictureTitles(ctx, 'initials').title).not.toContain('Noor');
    expect(pictureTitles(ctx, 'none').subtitle).toMatch(/^10 contacts · /);
  });
});

describe('savePicture', () => {
  it('asks the map for the chosen area and names', async () => {
    const asked: unknown[] = [];
    const map: MapPictures = {
      snapshot: async (o) => (asked.push(o), new Blob(['png'])),
      svgSnapshot: (o) => (asked.push(o), '<svg/>'),
    };
    // Node has no document to click a download link in: the picture is drawn first, then that fails.
    await expect(savePicture(map, 'svg', { area: 'view', names: 'none' }, ctx)).rejects.toThrow(/document/);
    expect(asked).toHaveLength(1);
    expect(asked[0]).toMatchObject({ area: 'view', names: 'none', title: 'Career orbit map' });
  });
});

describe('withoutViewState', () => {
  it('lifts hover and selection classes while drawing and puts them back', async () => {
    const { default: cytoscape } = await import('cytoscape');
    const cy = cytoscape({ headless: true, elements: [{ data: { id: 'a' }, classes: 'contact selected' }, { data: { id: 'b' }, classes: 'contact hover' }] });
    const during = withoutViewState(cy, () => cy.$('.selected, .hover').length);
    expect(during).toBe(0);
    expect(cy.getElementById('a').hasClass('selected')).toBe(true);
    expect(cy.getElementById('b').hasClass('hover')).toBe(true);
  });
});
