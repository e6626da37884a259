import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { scoreColor } from '../../../src/lib/insight-views';
import { contrastRatio, DARK_PALETTE, LIGHT_PALETTE, type MapPalette } from '../../../src/lib/palette';

/** The custom properties of app.css's light `:root` and of its dark media block. */
function cssThemes(): { light: Record<string, string>; dark: Record<string, string> } {
  const css = readFileSync(new URL('../../../src/app.css', import.meta.url), 'utf8');
  const vars = (block: string) => Object.fromEntries([...block.matchAll(/--([\w-]+):\s*(#[0-9a-f]{6})\s*;/gi)].map((m) => [m[1]!, m[2]!.toLowerCase()]));
  const darkAt = css.indexOf('@media (prefers-color-scheme: dark)');
  expect(darkAt).toBeGreaterThan(0);
  const lightBlock = css.slice(css.indexOf(':root {'), css.indexOf('}', css.indexOf(':root {')));
  const darkBlock = css.slice(darkAt, css.indexOf('}', darkAt));
  return { light: vars(lightBlock), dark: vars(darkBlock) };
}

const PALETTES: [string, MapPalette][] = [
  ['light', LIGHT_PALETTE],
  ['dark', DARK_PALETTE],
];

describe('contrastRatio', () => {
  it('gives 21 for black on white and 1 for a colour on itself', () => {
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrastRatio('#ffffff', '#000000')).toBeCloseTo(21, 5);
    expect(contrastRatio('#0072b2', '#0072b2')).toBe(1);
  });
});

describe('map palettes', () => {
  it.each(PALETTES)('keeps text on the %s map at 4.5:1 or more', (_, p) => {
    expect(contrastRatio(p.ink, p.background)).toBeGreaterThanOrEqual(4.5);
    expect(contrastRatio(p.egoInk, p.ego)).toBeGreaterThanOrEqual(4.5);
    for (const color of Object.values(p.ringLabels)) expect(contrastRatio(color, p.background)).toBeGreaterThanOrEqual(4.5);
  });

  it('keeps every dark fill and mark at 3:1 against the dark background', () => {
    const p = DARK_PALETTE;
    const marks = [p.orbits.core, p.orbits.tweener, p.orbits.outer, p.ego, p.weak, p.path, p.changed, p.mutual, p.cursor, ...p.community];
    for (const color of marks) expect(contrastRatio(color, p.background), color).toBeGreaterThanOrEqual(3);
    expect(contrastRatio(p.scoreStrong, p.background)).toBeGreaterThanOrEqual(3);
  });

  it('draws the tie-strength ramp between the palette ends', () => {
    expect(scoreColor(0)).toBe('rgb(196, 201, 208)');
    expect(scoreColor(100)).toBe('rgb(0, 84, 147)');
    expect(scoreColor(0, DARK_PALETTE)).toBe('rgb(75, 83, 97)');
    expect(scoreColor(100, DARK_PALETTE)).toBe('rgb(108, 196, 255)');
  });
});

describe('app.css themes', () => {
  it.each(PALETTES)('uses the %s map palette for orbits, marks and the score ramp', (name, p) => {
    const css = cssThemes()[name as 'light' | 'dark'];
    expect(css['map-bg']).toBe(p.background);
    expect(css['ink']).toBe(p.ink);
    expect({ core: css['core'], tweener: css['tweener'], outer: css['outer'], archived: css['archived'] }).toEqual(p.orbits);
    expect([css['edge'], css['changed'], css['weak'], css['path'], css['mutual']]).toEqual([p.edge, p.changed, p.weak, p.path, p.mutual]);
    expect([css['score-weak'], css['score-strong']]).toEqual([p.scoreWeak, p.scoreStrong]);
  });

  it.each(['light', 'dark'] as const)('keeps UI text in the %s theme at 4.5:1 or more (WCAG AA)', (name) => {
    const css = cssThemes()[name];
    const pairs: [string, string][] = [
      ['ink', 'surface'],
      ['ink', 'map-bg'],
      ['ink', 'hover'],
      ['ink', 'selected-row'],
      ['ink', 'warn-bg'],
      ['ink-soft', 'surface'],
      ['ink-soft', 'hover'],
      ['muted', 'surface'],
      ['muted', 'map-bg'],
      ['muted', 'hover'],
      ['danger', 'surface'],
      ['danger', 'danger-bg'],
      ['success', 'surface'],
      ['on-ink', 'ink'],
      ['on-ink', 'ink-hover'],
    ];
    for (const [text, bg] of pairs) {
      expect(css[text], `--${text}`).toBeDefined();
      expect(css[bg], `--${bg}`).toBeDefined();
      expect(contrastRatio(css[text]!, css[bg]!), `--${text} on --${bg}`).toBeGreaterThanOrEqual(4.5);
    }
  });
});
