import { describe, expect, it } from 'vitest';
import { legendMarks, type MapMarks } from '../../../src/lib/legend';

const PLAIN: MapMarks = { ties: 0, sizeBy: null, asOf: null, selectedName: null, mutual: 0, path: false, focusName: null, filtered: false };
const labels = (patch: Partial<MapMarks>) => legendMarks({ ...PLAIN, ...patch }).map((m) => m.label);

describe('legendMarks', () => {
  it('explains nothing beyond the orbits on a map without ties', () => {
    expect(legendMarks(PLAIN)).toEqual([]);
  });

  it('explains tie lines, sizes and the past-date ring when they are on screen', () => {
    const marks = legendMarks({ ...PLAIN, ties: 3, sizeBy: 'PageRank', asOf: '2026-10-01' });
    expect(marks.map((m) => m.kind)).toEqual(['line', 'size', 'ring']);
    expect(marks[1]!.label).toContain('PageRank');
    expect(marks[2]).toEqual({ kind: 'ring', color: 'var(--changed)', label: 'Ringed: in another orbit today' });
  });

  it('names the selected contact and rings their mutual ties only when there are some', () => {
    expect(labels({ selectedName: 'Ada' })).toEqual(['Thick ring: Ada, ties in bold']);
    expect(labels({ selectedName: 'Ada', mutual: 2 })).toContain('Ringed: also knows Ada');
  });

  it('says why contacts are faded: focus first, else the filters', () => {
    expect(labels({ filtered: true })).toEqual(['Faded: not matching the filters']);
    expect(labels({ filtered: true, focusName: 'Ada' })).toEqual(["Faded: outside Ada's neighbourhood"]);
  });

  it('takes its colours from theme variables', () => {
    const marks = legendMarks({ ...PLAIN, ties: 1, asOf: '2026-10-01', selectedName: 'Ada', mutual: 1, path: true, filtered: true, sizeBy: 'Degree' });
    for (const m of marks) expect(m.color).toMatch(/^var\(--[a-z-]+\)$/);
  });
});
