// The map's colours in the light and the dark theme. Cytoscape cannot read CSS variables, so
// the map takes one of these palettes; the UI's own colours are the variables in app.css, and
// the orbit, score and overlay colours there match these (tests/src/lib/palette.test.ts).
// Light is also what picture exports use, whatever the theme on screen.
import type { OrbitId } from '../../graph/model';
import { EGO_COLOR, INK, MAP_BACKGROUND, MUTED_INK, ORBIT_COLORS } from './orbit-colors';

export type ThemeName = 'light' | 'dark';
export type MapOrbit = 'core' | 'tweener' | 'outer';

export interface MapPalette {
  name: ThemeName;
  background: string;
  /** Contact labels, highlighted ties, hover and selection rings. */
  ink: string;
  mutedInk: string;
  ego: string;
  /** The ego's name, drawn on its fill. */
  egoInk: string;
  /** The thin ring around every contact that separates neighbours. */
  nodeBorder: string;
  orbits: Record<OrbitId, string>;
  /** Ring names: a shade of the ring's colour with 4.5:1 contrast on the background. */
  ringLabels: Record<MapOrbit, string>;
  bandOpacity: number;
  ringOpacity: number;
  edge: string;
  edgeOpacity: number;
  /** Past-date view: contacts in another orbit today. */
  changed: string;
  /** Keyboard cursor halo. */
  cursor: string;
  weak: string;
  path: string;
  /** Ring around contacts who also know the selected one. */
  mutual: string;
  community: readonly string[];
  /** Ends of the tie-strength ramp, 0 and 100; the ramp is their straight sRGB mix. */
  scoreWeak: string;
  scoreStrong: string;
}

export const LIGHT_PALETTE: MapPalette = {
  name: 'light',
  background: MAP_BACKGROUND,
  ink: INK,
  mutedInk: MUTED_INK,
  ego: EGO_COLOR,
  egoInk: '#ffffff',
  nodeBorder: '#ffffff',
  orbits: ORBIT_COLORS,
  ringLabels: { core: '#005a8c', tweener: '#8a5d00', outer: '#525c69' },
  bandOpacity: 0.07,
  ringOpacity: 0.45,
  edge: '#6b7685',
  edgeOpacity: 0.16,
  changed: '#cc3d8a',
  cursor: '#0072b2',
  weak: '#d55e00',
  path: '#009e73',
  mutual: '#1f2933',
  // Okabe-Ito and Tol hues; the rest cycle (the legend names each one).
  community: ['#0072b2', '#e69f00', '#009e73', '#cc79a7', '#56b4e9', '#d55e00', '#f0e442', '#332288', '#88ccee', '#44aa99', '#117733', '#999933'],
  scoreWeak: '#c4c9d0',
  scoreStrong: '#005493',
};

/**
 * Dark: the same hues, lifted where the light theme's were too dark to see on a dark
 * background (core blue becomes Okabe-Ito sky blue); every fill keeps 3:1 against the
 * background, text 4.5:1.
 */
export const DARK_PALETTE: MapPalette = {
  name: 'dark',
  background: '#13171d',
  ink: '#e7eaee',
  mutedInk: '#a3adb9',
  ego: '#e7eaee',
  egoInk: '#13171d',
  nodeBorder: '#13171d',
  orbits: { core: '#56b4e9', tweener: '#e69f00', outer: '#7f8a97', archived: '#5c6470' },
  ringLabels: { core: '#7cc3ef', tweener: '#f2b441', outer: '#aeb7c2' },
  bandOpacity: 0.1,
  ringOpacity: 0.55,
  edge: '#9aa5b3',
  edgeOpacity: 0.22,
  changed: '#f28cc4',
  cursor: '#56b4e9',
  weak: '#ff8a3d',
  path: '#33c99a',
  mutual: '#e7eaee',
  community: ['#56b4e9', '#e69f00', '#2fbf8f', '#e58fc2', '#a6dcff', '#ff8a3d', '#f0e442', '#a99cf0', '#5fd0c0', '#bbcc33', '#ee8866', '#d9d9d9'],
  scoreWeak: '#4b5361',
  scoreStrong: '#6cc4ff',
};

export function paletteFor(theme: ThemeName): MapPalette {
  return theme === 'dark' ? DARK_PALETTE : LIGHT_PALETTE;
}

/** `#rrggbb` as [r, g, b] in 0-255. */
export function hexRgb(hex: string): [number, number, number] {
  const m = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex);
  if (!m) throw new Error(`palette: '${hex}' is not a #rrggbb colour`);
  return [parseInt(m[1]!, 16), parseInt(m[2]!, 16), parseInt(m[3]!, 16)];
}

/** WCAG 2 relative luminance of an sRGB colour. */
export function luminance([r, g, b]: readonly [number, number, number]): number {
  const lin = (c: number) => {
    const s = c / 255;
    return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
}

/** WCAG 2 contrast ratio of two `#rrggbb` colours (1 to 21). */
export function contrastRatio(a: string, b: string): number {
  const [hi, lo] = [luminance(hexRgb(a)), luminance(hexRgb(b))].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}
