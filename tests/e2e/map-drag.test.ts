// Dragging a contact on a 1,500-contact map drawn as cytoscape nodes (past LARGE_MAP, where
// the level of detail hides ties while the view moves), end to end in Debian's Chromium with
// the real mouse: hovering a contact and dragging it leave cytoscape's cached node layer as it
// was, while the drag layer draws the contact under the pointer with its ties
// (src/lib/map-redraw.ts); the drop still snaps it onto the ring under the pointer and saves
// the move. Such a map is normally drawn as dots (the far field, from 1,000 contacts:
// far-field.test.ts); `?far-field=100000` keeps every contact a node, as on a map zoomed in to
// a few hundred contacts. Frame times are measured in bench/browser.ts, not here.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Contact } from '../../graph/model';
import { syntheticNetwork } from '../../graph/sample';
import { ensureUiBuilt, launchChromium, nodeOnScreen, openPage, ringPointOnScreen, SCREENSHOTS, startServer, waitForStillMap, type RunningServer, type ScreenPoint } from '../support/browser';
import { chromiumPath, HOW_TO_ENABLE } from '../support/capabilities';
import { sqliteFactory } from '../support/stores';

const executablePath = chromiumPath();
if (!executablePath) console.warn(`map-drag e2e skipped: no Chromium (${HOW_TO_ENABLE.chromium})`);

const TIMEOUT = 120_000;
type MapElement = HTMLElement & { orbitCy: import('cytoscape').Core };
type Layer = 'node' | 'drag';

describe.skipIf(!executablePath)('dragging a contact on a 1,500-contact map', () => {
  let browser: Browser;
  let server: RunningServer;
  let context: BrowserContext;
  let page: Page;
  const net = syntheticNetwork({ contacts: 1500 });
  const onMap = net.contacts.filter((c) => c.orbit !== 'archived');
  const pageErrors: string[] = [];

  beforeAll(async () => {
    ensureUiBuilt();
    browser = await launchChromium(executablePath!);
    server = await startServer(sqliteFactory);
    await server.store.applyBatch({ createContacts: net.contacts, updateContacts: [], createTies: net.ties, createInteractions: [] });
    ({ context, page } = await openPage(browser, {}, pageErrors));
    page.setDefaultTimeout(TIMEOUT);
    await page.goto(`${server.url}/?test-hooks&far-field=100000`);
    await page.waitForFunction((min) => Number((document.querySelector('.orbit-map') as HTMLElement | null)?.dataset.drawnContacts ?? 0) >= min, onMap.length, {
      timeout: TIMEOUT,
      polling: 100,
    });
    await waitForStillMap(page);
  }, TIMEOUT);

  afterAll(async () => {
    await context?.close();
    await server?.close();
    await browser?.close();
  });

  /** A digest of every pixel of one of cytoscape's canvas layers. */
  const digest = (layer: Layer) =>
    page.evaluate((layer) => {
      const canvas = document.querySelector(`.orbit-map canvas[data-id$="-${layer}"]`) as HTMLCanvasElement;
      const data = new Uint32Array(canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height).data.buffer);
      let h = 2166136261;
      for (let i = 0; i < data.length; i++) h = Math.imul(h ^ data[i], 16777619) >>> 0;
      return h;
    }, layer);

  /** The most opaque pixel of a layer within `r` px of a page point (0 = nothing drawn there). */
  const inkAt = (layer: Layer, p: ScreenPoint, r = 2) =>
    page.evaluate(
      ({ layer, p, r }) => {
        const canvas = document.querySelector(`.orbit-map canvas[data-id$="-${layer}"]`) as HTMLCanvasElement;
        const box = canvas.getBoundingClientRect();
        const scale = canvas.width / box.width;
        const x = Math.round((p.x - box.left) * scale);
        const y = Math.round((p.y - box.top) * scale);
        const d = Math.ceil(r * scale);
        const px = canvas.getContext('2d')!.getImageData(x - d, y - d, 2 * d + 1, 2 * d + 1).data;
        let most = 0;
        for (let i = 3; i < px.length; i += 4) most = Math.max(most, px[i]);
        return most;
      },
      { layer, p, r },
    );

  /** Two animation frames and cytoscape's 100 ms resize debounce: whatever was asked for is drawn. */
  const settle = () => page.evaluate(() => new Promise<void>((done) => setTimeout(() => requestAnimationFrame(() => requestAnimationFrame(() => done())), 150)));

  it(
    'draws the hovered and dragged contact with its ties on the drag layer, leaves the rest cached, and saves the drop',
    async () => {
      // An outer planet in view with a tie to a contact in view.
      const pick = await page.evaluate(() => {
        const cy = (document.querySelector('.orbit-map') as MapElement).orbitCy;
        const inView = (p: { x: number; y: number }) => p.x > 150 && p.x < cy.width() - 150 && p.y > 150 && p.y < cy.height() - 150;
        for (const n of cy.nodes('node.contact.outer')) {
          if (!inView(n.renderedPosition())) continue;
          const other = n.neighborhood('node.contact').nodes().filter((m) => inView(m.renderedPosition()));
          if (other.nonempty()) return { id: n.id(), neighbour: other[0].id() };
        }
        return null;
      });
      expect(pick).not.toBeNull();
      const { id, neighbour } = pick!;

      // Hovering: the contact gets its hover border on the drag layer; the node layer stays.
      const from = await nodeOnScreen(page, id);
      const nodeLayer = await digest('node');
      expect(await inkAt('drag', from)).toBe(0);
      await page.mouse.move(from.x, from.y);
      await settle();
      expect(await page.evaluate((id) => (document.querySelector('.orbit-map') as MapElement).orbitCy.getElementById(id).hasClass('hover'), id)).toBe(true);
      expect(await inkAt('drag', from)).toBeGreaterThan(0);
      expect(await digest('node')).toBe(nodeLayer);
      // Any other restyle of the hovered contact (a filter fading it) redraws the node layer, so
      // no stale image of it is left there under the drag layer.
      const fade = (on: boolean) =>
        page.evaluate(
          ({ id, on }) => {
            (document.querySelector('.orbit-map') as MapElement).orbitCy.getElementById(id).toggleClass('faded', on);
          },
          { id, on },
        );
      await fade(true);
      await settle();
      expect(await digest('node')).not.toBe(nodeLayer);
      await fade(false);
      await settle();

      // Dragging towards the tweener ring: past the first move, moves redraw the drag layer only.
      const angle = await page.evaluate((id) => {
        const p = (document.querySelector('.orbit-map') as MapElement).orbitCy.getElementById(id).position();
        return Math.atan2(p.y, p.x);
      }, id);
      const to = await ringPointOnScreen(page, 'tweener', angle);
      const along = (f: number) => ({ x: from.x + (to.x - from.x) * f, y: from.y + (to.y - from.y) * f });
      await page.mouse.down();
      await page.mouse.move(from.x + 4, from.y + 4, { steps: 2 });
      await page.mouse.move(along(0.4).x, along(0.4).y, { steps: 8 });
      await settle();
      const dragStarted = await digest('node');
      const mid = along(0.7);
      await page.mouse.move(mid.x, mid.y, { steps: 8 });
      await settle();
      expect(await digest('node')).toBe(dragStarted);

      // Mid-drag: the contact is under the pointer, drawn there with its tie to the neighbour.
      const at = await nodeOnScreen(page, id);
      expect(Math.hypot(at.x - mid.x, at.y - mid.y)).toBeLessThan(2);
      expect(await inkAt('drag', mid)).toBeGreaterThan(0);
      const other = await nodeOnScreen(page, neighbour);
      for (const f of [0.35, 0.5, 0.65]) {
        const onTie = { x: mid.x + (other.x - mid.x) * f, y: mid.y + (other.y - mid.y) * f };
        expect(await inkAt('drag', onTie)).toBeGreaterThan(0);
      }
      // Hover does not restyle other contacts while the drag goes on.
      expect(await page.evaluate(() => (document.querySelector('.orbit-map') as MapElement).orbitCy.$('.hover').map((n) => n.id()))).toEqual([id]);
      const shots = SCREENSHOTS;
      mkdirSync(shots, { recursive: true });
      await page.screenshot({ path: join(shots, 'map-drag-mid.png') });

      // The drop: snapped onto the tweener ring and saved, as before.
      await page.mouse.move(to.x, to.y, { steps: 4 });
      await page.mouse.up();
      await waitForStillMap(page);
      await expect.poll(async () => (await server.get<Contact>(`/api/contacts/${id}`)).orbit, { timeout: 10_000 }).toBe('tweener');
      const placed = await page.evaluate((id) => {
        const cy = (document.querySelector('.orbit-map') as MapElement).orbitCy;
        const p = cy.getElementById(id).position();
        return { distance: Math.hypot(p.x, p.y), ring: cy.getElementById('ring:tweener').data('size') / 2 };
      }, id);
      expect(Math.abs(placed.distance - placed.ring)).toBeLessThan(1);
      // Nothing is left on the drag layer once the pointer leaves the contact.
      await page.mouse.move(5, 200);
      await settle();
      expect(await inkAt('drag', to, 6)).toBe(0);
      expect(pageErrors).toEqual([]);
    },
    TIMEOUT,
  );
});
