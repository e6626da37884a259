// A big network end to end in Debian's Chromium: the map draws every contact, pans, moves a
// contact between rings with the mouse (the API sees the move) and exports a PNG inside the
// canvas caps. 5,000 contacts keep the suite short for CI (ORBIT_SCALE_CONTACTS=30000 runs
// the LinkedIn maximum, drawn with the far field: ~30 s here); timings belong to
// bench/browser.ts, not here.
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Contact } from '../../graph/model';
import { syntheticNetwork } from '../../graph/sample';
import { FAR_FIELD_MIN } from '../../src/lib/map-far';
import {
  dragMouse,
  ensureUiBuilt,
  launchChromium,
  nodeOnScreen,
  pngSize,
  ringPointOnScreen,
  startServer,
  openPage,
  type RunningServer,
} from '../support/browser';
import { chromiumPath, HOW_TO_ENABLE } from '../support/capabilities';
import { sqliteFactory } from '../support/stores';

const executablePath = chromiumPath();
if (!executablePath) console.warn(`scale e2e skipped: no Chromium (${HOW_TO_ENABLE.chromium})`);

const CONTACTS = Number(process.env.ORBIT_SCALE_CONTACTS ?? 5000);
const TIMEOUT = 240_000;

type MapElement = HTMLElement & { orbitCy: import('cytoscape').Core };

describe.skipIf(!executablePath)(`a ${CONTACTS}-contact network in Chromium`, () => {
  let browser: Browser;
  let server: RunningServer;
  let context: BrowserContext;
  let page: Page;
  const net = syntheticNetwork({ contacts: CONTACTS });
  const onMap = net.contacts.filter((c) => c.orbit !== 'archived');
  const pageErrors: string[] = [];

  beforeAll(async () => {
    ensureUiBuilt();
    browser = await launchChromium(executablePath!);
    server = await startServer(sqliteFactory);
    await server.store.applyBatch({ createContacts: net.contacts, updateContacts: [], createTies: net.ties, createInteractions: [] });
    ({ context, page } = await openPage(browser, { acceptDownloads: true }, pageErrors));
    page.setDefaultTimeout(TIMEOUT);
  }, TIMEOUT);

  afterAll(async () => {
    await context?.close();
    await server?.close();
    await browser?.close();
  });

  /** No node animating; a big map on a busy machine can take longer than the shared helper waits. */
  const waitForStillMap = () =>
    page.waitForFunction(
      () => !(document.querySelector('.orbit-map') as HTMLElement & { orbitCy: { nodes(): { animated(): boolean } } }).orbitCy.nodes().animated(),
      undefined,
      {
        timeout: 90_000,
        polling: 250,
      },
    );

  /** Share of sampled pixels of the map's canvases that differ from the top-left one. */
  const inkedShare = () =>
    page.evaluate(() => {
      const el = document.querySelector('.orbit-map') as HTMLElement;
      const box = el.getBoundingClientRect();
      const out = document.createElement('canvas');
      out.width = Math.floor(box.width);
      out.height = Math.floor(box.height);
      const ctx = out.getContext('2d')!;
      for (const c of el.querySelectorAll('canvas')) ctx.drawImage(c, 0, 0, out.width, out.height);
      const px = ctx.getImageData(0, 0, out.width, out.height).data;
      let inked = 0;
      let seen = 0;
      for (let i = 0; i < px.length; i += 4 * 97) {
        seen++;
        if (px[i] !== px[0] || px[i + 1] !== px[1] || px[i + 2] !== px[2] || px[i + 3] !== px[3]) inked++;
      }
      return inked / seen;
    });

  it(
    'draws every contact, pans, moves a dragged contact to the tweener ring and exports a PNG',
    async () => {
      await page.goto(`${server.url}/?test-hooks`);
      // Every contact drawn: as a node, or from FAR_FIELD_MIN contacts (the far field) as a dot.
      await page.waitForFunction(
        (min) => Number((document.querySelector('.orbit-map') as MapElement | null)?.dataset.drawnContacts ?? 0) >= min,
        onMap.length,
        { timeout: TIMEOUT, polling: 200 },
      );
      await waitForStillMap();
      const counts = await page.evaluate(() => {
        const el = document.querySelector('.orbit-map') as MapElement;
        const far = el.orbitCy.scratch('farField') as { active: boolean };
        return { contacts: el.orbitCy.nodes('node.contact').length, drawn: Number(el.dataset.drawnContacts), ties: el.orbitCy.edges().length, far: far.active };
      });
      expect(counts.drawn).toBe(onMap.length);
      expect(counts.far).toBe(onMap.length >= FAR_FIELD_MIN);
      if (!counts.far) {
        expect(counts.contacts).toBe(onMap.length);
        expect(counts.ties).toBeGreaterThan(net.ties.length * 0.9);
      }
      await expect.poll(inkedShare, { timeout: 30_000 }).toBeGreaterThan(0.05);

      // Pan: drag the background where no panel covers the map and no node is under the mouse.
      const mapBox = (await page.locator('.orbit-map').boundingBox())!;
      const panBefore = await page.evaluate(() => (document.querySelector('.orbit-map') as MapElement).orbitCy.pan());
      const start = await page.evaluate(() => {
        const el = document.querySelector('.orbit-map') as MapElement;
        const box = el.getBoundingClientRect();
        for (let fy = 0.3; fy < 0.95; fy += 0.05) {
          for (const fx of [0.03, 0.97, 0.1, 0.9, 0.2, 0.8, 0.3, 0.7]) {
            const x = box.left + box.width * fx;
            const y = box.top + box.height * fy;
            const under = document.elementFromPoint(x, y);
            if (!under || under.tagName !== 'CANVAS' || !el.contains(under)) continue;
            const hit = el.orbitCy.nodes('node.contact, node.ego').some((n) => {
              const b = n.renderedBoundingBox();
              return x - box.left >= b.x1 - 4 && x - box.left <= b.x2 + 4 && y - box.top >= b.y1 - 4 && y - box.top <= b.y2 + 4;
            });
            if (!hit) return { x, y };
          }
        }
        throw new Error('no free place on the map to pan from');
      });
      await dragMouse(page, start, { x: start.x + 200, y: start.y - 80 }, 10);
      const panAfter = await page.evaluate(() => (document.querySelector('.orbit-map') as MapElement).orbitCy.pan());
      expect(Math.hypot(panAfter.x - panBefore.x, panAfter.y - panBefore.y)).toBeGreaterThan(50);

      // Zoom so an outer planet and the tweener ring beside it are both on screen and the
      // planet is big enough to grab, then drag it onto the tweener ring.
      const mover = onMap.find((c) => c.orbit === 'outer')!;
      await page.evaluate(
        ({ id, width, height }) => {
          const cy = (document.querySelector('.orbit-map') as MapElement).orbitCy;
          const p = (cy.scratch('orbitLayout') as { positions: Record<string, { x: number; y: number }> }).positions[id]!;
          const r = Math.hypot(p.x, p.y);
          const ring = cy.getElementById('ring:tweener').data('size') / 2;
          const target = { x: (p.x / r) * ring, y: (p.y / r) * ring };
          const zoom = Math.min(1, (Math.min(width, height) * 0.6) / Math.max(1, Math.hypot(p.x - target.x, p.y - target.y)));
          const mid = { x: (p.x + target.x) / 2, y: (p.y + target.y) / 2 };
          cy.viewport({ zoom, pan: { x: width / 2 - mid.x * zoom, y: height / 2 - mid.y * zoom } });
        },
        { id: mover.id, width: mapBox.width, height: mapBox.height },
      );
      await waitForStillMap();
      // On a big map the planet is a dot until the pointer is over it.
      const place = await page.evaluate((id) => {
        const el = document.querySelector('.orbit-map') as MapElement;
        const cy = el.orbitCy;
        const p = (cy.scratch('orbitLayout') as { positions: Record<string, { x: number; y: number }> }).positions[id]!;
        const box = el.getBoundingClientRect();
        return { x: box.left + cy.pan().x + p.x * cy.zoom(), y: box.top + cy.pan().y + p.y * cy.zoom() };
      }, mover.id);
      await page.mouse.move(place.x - 10, place.y - 10);
      await page.mouse.move(place.x, place.y, { steps: 2 });
      const from = await nodeOnScreen(page, mover.id);
      const centre = await page.evaluate(() => (document.querySelector('.orbit-map') as MapElement).orbitCy.pan());
      const angle = Math.atan2(from.y - (mapBox.y + centre.y), from.x - (mapBox.x + centre.x));
      await dragMouse(page, from, await ringPointOnScreen(page, 'tweener', angle));
      await expect
        .poll(async () => (await server.get<Contact>(`/api/contacts/${mover.id}`)).orbit, { timeout: 30_000 })
        .toBe('tweener');
      await waitForStillMap();

      // Export the whole map: a real PNG inside Chromium's canvas caps.
      await page.getByRole('button', { name: 'Export' }).click();
      const [download] = await Promise.all([
        page.waitForEvent('download', { timeout: TIMEOUT }),
        page.getByRole('menuitem', { name: 'PNG image' }).click(),
      ]);
      const size = pngSize(new Uint8Array(readFileSync((await download.path())!)));
      expect(size.width).toBeGreaterThanOrEqual(1600);
      expect(size.width).toBeLessThanOrEqual(8_192);
      expect(size.height).toBeLessThanOrEqual(8_192);
      expect(pageErrors).toEqual([]);
    },
    TIMEOUT,
  );
});
