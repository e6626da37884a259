// Look and feel end to end in Debian's Chromium: the dark theme follows the system setting
// live (page and map canvas), passes axe-core, and picture exports stay light; the legend
// counts the past date on screen; at 1280x720 and 1920x1080 the list view, the history panel,
// the contact panel, the view bar and the legend sit side by side without covering each other.
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Contact, Network, OrbitId } from '../../graph/model';
import { sampleNetwork, syntheticNetwork } from '../../graph/sample';
import { DARK_PALETTE, hexRgb, LIGHT_PALETTE } from '../../src/lib/palette';
import { ROOT, SCREENSHOTS, ensureUiBuilt, launchChromium, nodeOnScreen, openPage, startServer, waitForMap, waitForStillMap, type RunningServer } from '../support/browser';
import { chromiumPath, HOW_TO_ENABLE } from '../support/capabilities';
import { sqliteFactory } from '../support/stores';

const executablePath = chromiumPath();
if (!executablePath) console.warn(`theme e2e skipped: no Chromium (${HOW_TO_ENABLE.chromium})`);

const E2E_TIMEOUT = 120_000;
const DAY = 86_400_000;
const daysAgo = (n: number) => new Date(Date.now() - n * DAY).toISOString();

type CyHandle = HTMLElement & { orbitCy: import('cytoscape').Core };
interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

const rgb = (hex: string) => `rgb(${hexRgb(hex).join(', ')})`;

function overlaps(a: Box, b: Box): boolean {
  return a.x < b.x + b.width - 0.5 && b.x < a.x + a.width - 0.5 && a.y < b.y + b.height - 0.5 && b.y < a.y + a.height - 0.5;
}

describe.skipIf(!executablePath)('look and feel in Chromium', () => {
  let browser: Browser;
  let server: RunningServer;
  let network: Network;
  let promoted: Contact;
  const contexts: BrowserContext[] = [];
  const servers: RunningServer[] = [];

  beforeAll(async () => {
    ensureUiBuilt();
    browser = await launchChromium(executablePath!);
    server = await startServer(sqliteFactory);
    // Everyone added two months ago; one outer planet moved to the core three weeks ago.
    const sample = sampleNetwork(daysAgo(0).slice(0, 10));
    const created = daysAgo(60);
    const contacts = sample.contacts.map((c) => ({ ...c, createdAt: created, updatedAt: created }));
    const target = contacts.find((c) => c.orbit === 'outer')!;
    target.orbit = 'core';
    await server.store.applyBatch({
      createContacts: contacts,
      updateContacts: [],
      createTies: sample.ties,
      createInteractions: sample.interactions,
      createOrbitMoves: [{ id: 'move-1', contactId: target.id, from: 'outer', to: 'core', at: daysAgo(21) }],
    });
    await server.store.updateEgo({ name: sample.ego.name, headline: sample.ego.headline });
    network = await server.get<Network>('/api/network');
    promoted = network.contacts.find((c) => c.id === target.id)!;
  }, E2E_TIMEOUT);

  afterAll(async () => {
    for (const c of contexts) await c.close();
    for (const s of servers) await s.close();
    await server?.close();
    await browser?.close();
  });

  const onMap = () => network.contacts.filter((c) => c.orbit !== 'archived');

  async function open(viewport: { width: number; height: number }, colorScheme: 'light' | 'dark'): Promise<{ page: Page; errors: string[] }> {
    const errors: string[] = [];
    const { context, page } = await openPage(browser, { viewport, colorScheme, reducedMotion: 'reduce', bypassCSP: true, acceptDownloads: true }, errors);
    contexts.push(context);
    await page.goto(`${server.url}/?test-hooks`);
    await waitForMap(page, onMap().length);
    return { page, errors };
  }

  const pageBackground = (page: Page) => page.evaluate(() => getComputedStyle(document.querySelector('.orbit-map')!).backgroundColor);
  const toolbarBackground = (page: Page) => page.evaluate(() => getComputedStyle(document.querySelector('[role="search"]')!).backgroundColor);
  const nodeStyle = (page: Page, id: string, property: string) =>
    page.evaluate(([nodeId, prop]) => String((document.querySelector('.orbit-map') as CyHandle).orbitCy.getElementById(nodeId!).style(prop!)), [id, property]);
  /** The colour the map's canvas shows at a contact's centre (the first opaque layer). */
  const canvasPixel = (page: Page, id: string) =>
    page.evaluate((nodeId) => {
      const el = document.querySelector('.orbit-map') as CyHandle;
      const p = el.orbitCy.getElementById(nodeId).renderedPosition();
      const ratio = devicePixelRatio || 1;
      for (const canvas of el.querySelectorAll('canvas')) {
        const d = canvas.getContext('2d')!.getImageData(Math.round(p.x * ratio), Math.round(p.y * ratio), 1, 1).data;
        if (d[3]! > 200) return `rgb(${d[0]}, ${d[1]}, ${d[2]})`;
      }
      return 'none';
    }, id);
  const tap = (page: Page, id: string) =>
    page.evaluate((nodeId) => {
      (document.querySelector('.orbit-map') as CyHandle).orbitCy.getElementById(nodeId).emit('tap');
    }, id);

  /** Open the history panel, wait for the moves, and show the map of a month ago. */
  async function showMonthAgo(page: Page): Promise<void> {
    await page.getByRole('button', { name: 'History' }).click();
    const panel = page.getByRole('region', { name: 'History' });
    await expect.poll(() => panel.locator('.timeline li').filter({ hasText: promoted.name }).count()).toBe(1);
    await panel.locator('input[type="date"]').fill(daysAgo(30).slice(0, 10));
    await expect.poll(() => page.locator('aside.legend .count[data-orbit="core"]').textContent()).toBe(String(network.contacts.filter((c) => c.orbit === 'core').length - 1));
  }

  async function axeSerious(page: Page): Promise<{ id: string; impact: string; targets: string[] }[]> {
    await page.addScriptTag({ path: join(ROOT, 'node_modules/axe-core/axe.min.js') });
    const violations = await page.evaluate(async () => {
      const axe = (window as unknown as { axe: { run(ctx: Document): Promise<{ violations: { id: string; impact: string; nodes: { target: string[] }[] }[] }> } }).axe;
      const result = await axe.run(document);
      return result.violations.map((v) => ({ id: v.id, impact: v.impact, targets: v.nodes.slice(0, 3).map((n) => n.target.join(' ')) }));
    });
    return violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  }

  it('switches page and map to the dark theme live when the system setting changes', async () => {
    const { page, errors } = await open({ width: 1440, height: 900 }, 'light');
    const core = onMap().find((c) => c.orbit === 'core' && c.id !== promoted.id)!;
    await page.mouse.move(2, 300);
    expect(await pageBackground(page)).toBe(rgb(LIGHT_PALETTE.background));
    await expect.poll(() => canvasPixel(page, core.id)).toBe(rgb(LIGHT_PALETTE.orbits.core));
    const lightBar = await toolbarBackground(page);

    await page.emulateMedia({ colorScheme: 'dark' });
    await expect.poll(() => pageBackground(page)).toBe(rgb(DARK_PALETTE.background));
    expect(await toolbarBackground(page)).not.toBe(lightBar);
    await expect.poll(() => nodeStyle(page, core.id, 'background-color')).toBe(rgb(DARK_PALETTE.orbits.core).replaceAll(' ', ''));
    expect(await nodeStyle(page, core.id, 'color')).toBe(rgb(DARK_PALETTE.ink).replaceAll(' ', ''));
    expect(await nodeStyle(page, 'ego', 'background-color')).toBe(rgb(DARK_PALETTE.ego).replaceAll(' ', ''));
    await expect.poll(() => canvasPixel(page, core.id)).toBe(rgb(DARK_PALETTE.orbits.core));
    // The legend's swatches follow too (CSS variables).
    const swatch = () => page.locator('aside.legend .swatch').first().evaluate((el) => getComputedStyle(el).backgroundColor);
    expect(await swatch()).toBe(rgb(DARK_PALETTE.orbits.core));

    await page.emulateMedia({ colorScheme: 'light' });
    await expect.poll(() => canvasPixel(page, core.id)).toBe(rgb(LIGHT_PALETTE.orbits.core));
    expect(await swatch()).toBe(rgb(LIGHT_PALETTE.orbits.core));
    expect(errors).toEqual([]);
  }, E2E_TIMEOUT);

  it('repaints a big map’s far-field dots in the dark palette', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 720 }, colorScheme: 'light', reducedMotion: 'reduce' });
    contexts.push(context);
    const page = await context.newPage();
    // Far field from 50 contacts on 600: its contacts are dots on a canvas (too many in view
    // to become nodes, unlike the sample's hundred or so, which all would once the view rests).
    const big = await startServer(sqliteFactory);
    servers.push(big);
    const net = syntheticNetwork({ contacts: 600, seed: 5 });
    await big.store.applyBatch({ createContacts: net.contacts, updateContacts: [], createTies: net.ties, createInteractions: [] });
    await page.goto(`${big.url}/?test-hooks&far-field=50`);
    await page.locator('.orbit-far-field').waitFor({ state: 'attached' });
    const dotPixels = (hex: string) =>
      page.evaluate((wanted) => {
        const canvas = document.querySelector('.orbit-far-field') as HTMLCanvasElement;
        const px = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height).data;
        let n = 0;
        for (let i = 0; i < px.length; i += 4) if (px[i + 3] === 255 && px[i] === wanted[0] && px[i + 1] === wanted[1] && px[i + 2] === wanted[2]) n++;
        return n;
      }, hexRgb(hex));
    await expect.poll(() => dotPixels(LIGHT_PALETTE.orbits.outer)).toBeGreaterThan(100);
    await page.emulateMedia({ colorScheme: 'dark' });
    await expect.poll(() => dotPixels(DARK_PALETTE.orbits.outer)).toBeGreaterThan(100);
    expect(await dotPixels(LIGHT_PALETTE.orbits.outer)).toBe(0);
  }, E2E_TIMEOUT);

  it('counts the orbits of the past date shown, not today’s', async () => {
    const { page } = await open({ width: 1440, height: 900 }, 'light');
    const legendCount = (orbit: OrbitId) => page.locator(`aside.legend .count[data-orbit="${orbit}"]`).textContent();
    const today = (orbit: OrbitId) => String(network.contacts.filter((c) => c.orbit === orbit).length);
    expect(await legendCount('core')).toBe(today('core'));
    await page.getByRole('button', { name: 'History' }).click();
    const monthAgo = daysAgo(30).slice(0, 10);
    await page.getByRole('region', { name: 'History' }).locator('input[type="date"]').fill(monthAgo);
    // A month ago the promoted contact was still an outer planet.
    await expect.poll(() => legendCount('core')).toBe(String(Number(today('core')) - 1));
    expect(await legendCount('outer')).toBe(String(Number(today('outer')) + 1));
    expect(await legendCount('tweener')).toBe(today('tweener'));
    const shown = await page.evaluate(() => {
      const cy = (document.querySelector('.orbit-map') as CyHandle).orbitCy;
      return Object.fromEntries(['core', 'tweener', 'outer'].map((o) => [o, String(cy.nodes(`.contact[orbit = "${o}"]`).length)]));
    });
    expect({ core: await legendCount('core'), tweener: await legendCount('tweener'), outer: await legendCount('outer') }).toEqual(shown);
    const legend = page.getByRole('complementary', { name: 'Legend' });
    expect(await legend.textContent()).toContain(`On ${monthAgo}`);
    expect(await legend.textContent()).toContain('Ringed: in another orbit today');
    await page.getByRole('button', { name: 'Back to today' }).click();
    await expect.poll(() => legendCount('core')).toBe(today('core'));
    expect(await legend.textContent()).not.toContain('On ');
  }, E2E_TIMEOUT);

  it('passes an axe-core audit in the dark theme with panels, list, history and legends open', async () => {
    const { page, errors } = await open({ width: 1440, height: 900 }, 'dark');
    expect(await pageBackground(page)).toBe(rgb(DARK_PALETTE.background));
    await tap(page, promoted.id);
    await expect.poll(() => page.getByRole('region', { name: 'Details' }).count()).toBe(1);
    await page.getByRole('button', { name: 'List view' }).click();
    await page.getByRole('button', { name: 'Insights' }).click();
    const bar = page.getByRole('toolbar', { name: 'Map view' });
    await bar.getByLabel('Colour by').selectOption('community');
    await bar.getByLabel('Size by').selectOption('pagerank');
    await bar.getByLabel('Weak ties').check();
    await expect.poll(() => page.getByRole('complementary', { name: 'Communities' }).count()).toBe(1);
    await showMonthAgo(page);
    await expect.poll(() => page.getByRole('complementary', { name: 'Legend' }).textContent()).toContain('Size: PageRank');
    // Community colours on the map are the dark palette's.
    const fills = await page.evaluate(() =>
      (document.querySelector('.orbit-map') as CyHandle).orbitCy.nodes('.contact').map((n) => n.style('background-color') as string),
    );
    const darkCommunity = new Set(DARK_PALETTE.community.map((c) => rgb(c).replaceAll(' ', '')));
    expect(fills.every((f) => darkCommunity.has(f))).toBe(true);
    await waitForStillMap(page);
    mkdirSync(SCREENSHOTS, { recursive: true });
    await page.screenshot({ path: join(SCREENSHOTS, 'theme-dark-analysis.png') });
    expect(await axeSerious(page)).toEqual([]);
    await page.getByRole('button', { name: /^Filters/ }).click();
    expect(await axeSerious(page)).toEqual([]);
    expect(errors).toEqual([]);
  }, E2E_TIMEOUT);

  it('exports light SVG and PNG pictures from the dark theme and stays dark on screen', async () => {
    const { page } = await open({ width: 1440, height: 900 }, 'dark');
    const core = onMap().find((c) => c.orbit === 'core')!;
    await page.getByRole('button', { name: 'Export' }).click();
    const [download] = await Promise.all([page.waitForEvent('download', { timeout: 30_000 }), page.getByRole('menuitem', { name: 'SVG image' }).click()]);
    const svg = readFileSync((await download.path())!, 'utf8');
    const fills = new Set([...svg.matchAll(/fill="([^"]+)"/g)].map((m) => m[1]!.replaceAll(' ', '')));
    expect(fills.has(rgb(LIGHT_PALETTE.orbits.core).replaceAll(' ', ''))).toBe(true);
    expect(fills.has(rgb(LIGHT_PALETTE.ink).replaceAll(' ', ''))).toBe(true);
    expect(fills.has(rgb(DARK_PALETTE.ink).replaceAll(' ', ''))).toBe(false);
    expect(fills.has(rgb(DARK_PALETTE.orbits.core).replaceAll(' ', ''))).toBe(false);
    expect(await nodeStyle(page, core.id, 'background-color')).toBe(rgb(DARK_PALETTE.orbits.core).replaceAll(' ', ''));

    // The PNG too: core contacts in the light blue, none in the dark theme's.
    await page.getByRole('button', { name: 'Export' }).click();
    const [png] = await Promise.all([page.waitForEvent('download', { timeout: 30_000 }), page.getByRole('menuitem', { name: 'PNG image' }).click()]);
    const counts = await page.evaluate(
      async ({ b64, light, dark }) => {
        const raw = atob(b64);
        const bytes = new Uint8Array(raw.length);
        for (let i = 0; i < raw.length; i++) bytes[i] = raw.charCodeAt(i);
        const bitmap = await createImageBitmap(new Blob([bytes], { type: 'image/png' }));
        const canvas = document.createElement('canvas');
        canvas.width = bitmap.width;
        canvas.height = bitmap.height;
        const ctx = canvas.getContext('2d')!;
        ctx.drawImage(bitmap, 0, 0);
        const px = ctx.getImageData(0, 0, canvas.width, canvas.height).data;
        const near = (i: number, c: number[]) => Math.abs(px[i]! - c[0]!) < 4 && Math.abs(px[i + 1]! - c[1]!) < 4 && Math.abs(px[i + 2]! - c[2]!) < 4;
        let lightCore = 0;
        let darkCore = 0;
        for (let i = 0; i < px.length; i += 4) {
          if (near(i, light)) lightCore++;
          else if (near(i, dark)) darkCore++;
        }
        return { lightCore, darkCore };
      },
      { b64: readFileSync((await png.path())!).toString('base64'), light: hexRgb(LIGHT_PALETTE.orbits.core), dark: hexRgb(DARK_PALETTE.orbits.core) },
    );
    expect(counts.lightCore).toBeGreaterThan(1000);
    expect(counts.darkCore).toBe(0);
    expect(await nodeStyle(page, core.id, 'background-color')).toBe(rgb(DARK_PALETTE.orbits.core).replaceAll(' ', ''));
  }, E2E_TIMEOUT);

  for (const viewport of [
    { width: 1280, height: 720 },
    { width: 1920, height: 1080 },
  ]) {
    it(`keeps list, history or filters, contact panel, view bar and legend apart at ${viewport.width}x${viewport.height}`, async () => {
      const { page, errors } = await open(viewport, 'light');
      const contact = onMap().find((c) => c.orbit === 'tweener')!;
      await tap(page, contact.id);
      await expect.poll(() => page.getByRole('region', { name: 'Details' }).count()).toBe(1);
      await page.getByRole('button', { name: 'List view' }).click();
      await showMonthAgo(page);
      if (viewport.width >= 1920) await page.getByRole('button', { name: 'Insights' }).click();
      await waitForStillMap(page);

      const parts: Record<string, Locator> = {
        list: page.locator('.explore-list'),
        history: page.locator('#explore-panel'),
        contact: page.locator('aside[aria-labelledby="panel-title"]'),
        viewBar: page.getByRole('toolbar', { name: 'Map view' }),
        legend: page.getByRole('complementary', { name: 'Legend' }),
        ...(viewport.width >= 1920 ? { insights: page.locator('.insights') } : {}),
      };
      for (const scheme of ['light', 'dark'] as const) {
        await page.emulateMedia({ colorScheme: scheme });
        await expect.poll(() => pageBackground(page)).toBe(rgb(scheme === 'dark' ? DARK_PALETTE.background : LIGHT_PALETTE.background));
        const boxes: Record<string, Box> = {};
        for (const [name, locator] of Object.entries(parts)) {
          const box = await locator.boundingBox();
          expect(box, name).not.toBeNull();
          boxes[name] = box!;
          // Inside the window, whole.
          expect(box!.x, name).toBeGreaterThanOrEqual(0);
          expect(box!.y + box!.height, name).toBeLessThanOrEqual(viewport.height + 0.5);
          expect(box!.x + box!.width, name).toBeLessThanOrEqual(viewport.width + 0.5);
        }
        const names = Object.keys(boxes);
        for (const a of names) for (const b of names) if (a < b) expect(overlaps(boxes[a]!, boxes[b]!), `${a} overlaps ${b}`).toBe(false);
        // The contact panel keeps room for its content (it scrolls inside).
        expect(boxes.contact!.height).toBeGreaterThan(250);
        mkdirSync(SCREENSHOTS, { recursive: true });
        await page.screenshot({ path: join(SCREENSHOTS, `layout-${viewport.width}x${viewport.height}-${scheme}.png`) });
      }
      // Picking a row flies the map to that contact in the part of the map in view, not under the list.
      const row = onMap().find((c) => c.orbit === 'core' && c.id !== promoted.id)!;
      await parts.list!.locator(`tr[data-id="${row.id}"] button.name`).scrollIntoViewIfNeeded();
      await parts.list!.locator(`tr[data-id="${row.id}"] button.name`).click();
      await waitForStillMap(page);
      const at = await nodeOnScreen(page, row.id);
      const list = (await parts.list!.boundingBox())!;
      const right = (await parts.contact!.boundingBox())!;
      expect(at.x).toBeGreaterThan(list.x + list.width);
      expect(at.x).toBeLessThan(right.x);

      // The filter panel (instead of the history) opens in the left column, the rest moves over.
      await page.getByRole('button', { name: /^Filters/ }).click();
      await page.getByRole('region', { name: 'Filters' }).waitFor();
      await waitForStillMap(page);
      const { history: _history, ...others } = parts;
      const withFilters: Record<string, Box> = { filters: (await page.locator('#explore-panel').boundingBox())! };
      for (const [name, locator] of Object.entries(others)) withFilters[name] = (await locator.boundingBox())!;
      for (const a of Object.keys(withFilters)) {
        for (const b of Object.keys(withFilters)) if (a < b) expect(overlaps(withFilters[a]!, withFilters[b]!), `${a} overlaps ${b}`).toBe(false);
      }
      await page.screenshot({ path: join(SCREENSHOTS, `layout-${viewport.width}x${viewport.height}-filters.png`) });
      expect(errors).toEqual([]);
    }, E2E_TIMEOUT);
  }
});
