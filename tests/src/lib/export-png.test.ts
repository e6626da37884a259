import { describe, expect, it } from 'vitest';
import { exportScale, PNG_LIMITS, snapshotFileName } from '../../../src/lib/export-png';

describe('snapshotFileName', () => {
  it('names the file after the network and the day', () => {
    expect(snapshotFileName('Noor Achterberg', new Date(2026, 10, 5))).toBe('noor-achterberg-orbit-map-2026-11-05.png');
  });

  it('folds accents and drops characters that do not belong in a file name', () => {
    expect(snapshotFileName('  Zoë <b>Ünal</b> / "Q&A" ', new Date(2026, 0, 31))).toBe('zoe-b-unal-b-q-a-orbit-map-2026-01-31.png');
  });

  it('falls back to a neutral name when nothing is left', () => {
    expect(snapshotFileName('李小龍', new Date(2026, 0, 1))).toBe('my-orbit-map-2026-01-01.png');
  });
});

describe('exportScale', () => {
  const chrome = { x: 160, y: 260 };

  it('renders at 2x a map that is wide enough', () => {
    expect(exportScale(1200, 1200, chrome)).toBe(2);
  });

  it('raises the scale so a small map still makes a 1600 px image', () => {
    const scale = exportScale(300, 300, chrome);
    expect(300 * scale + chrome.x).toBeGreaterThanOrEqual(PNG_LIMITS.minWidth - 1e-6);
  });

  it('lowers the scale to stay inside the canvas caps for a huge map', () => {
    const w = 40_000;
    const scale = exportScale(w, w, chrome);
    const side = w * scale + chrome.x * (scale / 2);
    expect(side).toBeLessThanOrEqual(PNG_LIMITS.maxSide);
    expect(side * (w * scale + chrome.y * (scale / 2))).toBeLessThanOrEqual(PNG_LIMITS.maxPixels);
  });
});
