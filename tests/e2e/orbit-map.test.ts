// The walking skeleton end to end, in Debian's Chromium: load the sample network, drag a real
// outer planet onto the core ring with the mouse, find it there after a reload, undo, export
// the PNG, and keep a screenshot for the README.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Contact, Network } from '../../graph/model';
import { ROOT, dragMouse, ensureUiBuilt, launchChromium, nodeOnScreen, pngSize, ringPointOnScreen, startServer, waitForMap, waitForStillMap, type RunningServer, SCREENSHOTS, openPage } from '../support/browser';
import { chromiumPath, HOW_TO_ENABLE } from '../support/capabilities';
import { storeFactories } from '../support/stores';

const executablePath = chromiumPath();
if (!executablePath) console.warn(`orbit-map e2e skipped: no Chromium (${HOW_TO_ENABLE.chromium})`);

const E2E_TIMEOUT = 120_000;

describe.skipIf(!executablePath)('orbit map in Chromium', () => {
  let browser: Browser;

  beforeAll(async () => {
    ensureUiBuilt();
    browser = await launchChromium(executablePath!);
  });

  afterAll(async () => {
    await browser?.close();
  });

  describe.each(storeFactories())('on the $name store', (factory) => {
    let server: RunningServer;
    let context: BrowserContext;
    let page: Page;
    const pageErrors: string[] = [];

    beforeAll(async () => {
      server = await startServer(factory);
      ({ context, page } = await openPage(browser, { acceptDownloads: true }, pageErrors));
    });

    afterAll(async () => {
      await context?.close();
      await server?.close();
    });

    const contactFromApi = async (id: string) => server.get<Contact>(`/api/contacts/${id}`);
    const legendCount = async (orbit: string) =>
      Number(await page.locator(`.legend .count[data-orbit="${orbit}"]`).textContent());

    it(
      'moves a dragged outer planet to the core, keeps it there after a reload, undoes and exports',
      async () => {
        await page.goto(`${server.url}/?test-hooks`);
        const sampleLoaded = page.waitForResponse((r) => r.url().endsWith('/api/sample') && r.request().method() === 'POST');
        await page.getByRole('button', { name: 'Try the sample network' }).click();
        expect((await sampleLoaded).status()).toBe(201);
        const network = await server.get<Network>('/api/network');
        const onMap = network.contacts.filter((c) => c.orbit !== 'archived');
        expect(onMap.length).toBeGreaterThanOrEqual(60);
        await waitForMap(page, onMap.length);
        await expect.poll(() => page.locator('#onboarding-title').count()).toBe(0);

        // A real outer planet, the one drawn nearest the top of the map (clear of the legend).
        const outer = network.contacts.filter((c) => c.orbit === 'outer');
        expect(outer.length).toBeGreaterThan(0);
        const placed = await Promise.all(outer.map(async (c) => ({ c, at: await nodeOnScreen(page, c.id) })));
        const mapBox = (await page.locator('.orbit-map').boundingBox())!;
        const centre = { x: mapBox.x + mapBox.width / 2, y: mapBox.y + mapBox.height / 2 };
        const visible = placed.filter(({ at }) => at.y > mapBox.y + 20 && at.y < mapBox.y + mapBox.height - 20);
        const { c: mover, at: from } = visible.sort((a, b) => a.at.y - b.at.y)[0];
        const coreBefore = await legendCount('core');

        // Drop it on the core ring along the same direction from the centre.
        const angle = Math.atan2(from.y - centre.y, from.x - centre.x);
        const onCore = await ringPointOnScreen(page, 'core', angle);
        await dragMouse(page, from, onCore);
        await expect.poll(async () => (await contactFromApi(mover.id)).orbit, { timeout: 10_000 }).toBe('core');
        await expect.poll(() => legendCount('core')).toBe(coreBefore + 1);
        await waitForStillMap(page);

        // After a reload the server's answer puts it on the core ring, and its panel says so.
        await page.reload();
        await waitForMap(page, onMap.length);
        expect((await contactFromApi(mover.id)).orbit).toBe('core');
        await page.mouse.click(...xy(await nodeOnScreen(page, mover.id)));
        await expect.poll(() => page.locator('#panel-title').textContent()).toBe(mover.name);
        expect(await page.locator('.panel .orbit').getAttribute('data-orbit')).toBe('core');
        expect(await page.locator('.panel select[name="orbit"]').inputValue()).toBe('core');
        const coreRing = await page.evaluate(() => {
          const el = document.querySelector('.orbit-map') as HTMLElement & { orbitCy: any };
          return el.orbitCy.getElementById('ring:core').data('size') / 2;
        });
        const pos = await page.evaluate((id) => {
          const el = document.querySelector('.orbit-map') as HTMLElement & { orbitCy: any };
          return el.orbitCy.getElementById(id).position();
        }, mover.id);
        expect(Math.abs(Math.hypot(pos.x, pos.y) - coreRing)).toBeLessThan(60);

        // Ctrl+Z reverses the move (the history survives the reload), Ctrl+Shift+Z redoes it.
        await page.keyboard.press('Escape');
        await page.keyboard.press('Control+z');
        await expect.poll(async () => (await contactFromApi(mover.id)).orbit, { timeout: 10_000 }).toBe('outer');
        await page.keyboard.press('Control+Shift+z');
        await expect.poll(async () => (await contactFromApi(mover.id)).orbit, { timeout: 10_000 }).toBe('core');
        await page.getByRole('button', { name: 'Undo' }).click();
        await expect.poll(async () => (await contactFromApi(mover.id)).orbit, { timeout: 10_000 }).toBe('outer');
        await expect.poll(() => legendCount('core')).toBe(coreBefore);
        await waitForStillMap(page);

        // Export: a real PNG of the whole map, at least 1600 px wide, named after the network.
        const egoName = network.ego.name;
        await page.getByRole('button', { name: 'Export' }).click();
        const [download] = await Promise.all([
          page.waitForEvent('download', { timeout: 30_000 }),
          page.getByRole('menuitem', { name: 'PNG image' }).click(),
        ]);
        const slug = egoName.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
        expect(download.suggestedFilename()).toMatch(new RegExp(`^${slug}-orbit-map-\\d{4}-\\d{2}-\\d{2}\\.png$`));
        const bytes = new Uint8Array(readFileSync((await download.path())!));
        const size = pngSize(bytes);
        expect(size.width).toBeGreaterThanOrEqual(1600);
        expect(size.height).toBeGreaterThan(1000);
        const exportDir = join(tmpdir(), 'orbit-e2e');
        mkdirSync(exportDir, { recursive: true });
        writeFileSync(join(exportDir, `export-${factory.name}.png`), bytes);

        // The README's screenshot: the sample network as a person first sees it.
        await page.getByRole('button', { name: 'Fit' }).click();
        await page.mouse.move(1, 1);
        await page.waitForTimeout(400);
        // The README's picture comes from the embedded store; other backends' go to the temp dir.
        const shotDir = factory.name === 'sqlite' ? SCREENSHOTS : exportDir;
        mkdirSync(shotDir, { recursive: true });
        await page.screenshot({ path: join(shotDir, factory.name === 'sqlite' ? 'orbit-map.png' : `orbit-map-${factory.name}.png`) });
        expect(pageErrors).toEqual([]);
      },
      E2E_TIMEOUT,
    );

    it(
      'moves a contact back and says why when the server refuses the move',
      async () => {
        await page.goto(`${server.url}/?test-hooks`);
        const network = await server.get<Network>('/api/network');
        await waitForMap(page, network.contacts.filter((c) => c.orbit !== 'archived').length);
        const outer = network.contacts.filter((c) => c.orbit === 'outer');
        const placed = await Promise.all(outer.map(async (c) => ({ c, at: await nodeOnScreen(page, c.id) })));
        const { c: mover, at: from } = placed.sort((a, b) => a.at.x - b.at.x)[0];
        await page.route('**/api/contacts/*', (route) =>
          route.request().method() === 'PATCH'
            ? route.fulfill({
                status: 409,
                contentType: 'application/json',
                body: JSON.stringify({ error: 'ConflictError', message: 'contact changed since you loaded it' }),
              })
            : route.fallback(),
        );
        try {
          const mapBox = (await page.locator('.orbit-map').boundingBox())!;
          const angle = Math.atan2(from.y - (mapBox.y + mapBox.height / 2), from.x - (mapBox.x + mapBox.width / 2));
          await dragMouse(page, from, await ringPointOnScreen(page, 'core', angle));
          await expect.poll(() => page.locator('.toast.error').first().textContent()).toContain('contact changed since you loaded it');
          await expect
            .poll(async () => {
              const back = await nodeOnScreen(page, mover.id);
              return Math.hypot(back.x - from.x, back.y - from.y);
            })
            .toBeLessThan(3);
          expect(await page.evaluate((id) => {
            const el = document.querySelector('.orbit-map') as HTMLElement & { orbitCy: any };
            return el.orbitCy.getElementById(id).data('orbit');
          }, mover.id)).toBe('outer');
          expect((await contactFromApi(mover.id)).orbit).toBe('outer');
        } finally {
          await page.unroute('**/api/contacts/*');
        }
      },
      E2E_TIMEOUT,
    );

    it(
      'saves edits from the side panel and shows them on the map at once',
      async () => {
        await page.goto(`${server.url}/?test-hooks`);
        const network = await server.get<Network>('/api/network');
        await waitForMap(page, network.contacts.filter((c) => c.orbit !== 'archived').length);
        const person = network.contacts.find((c) => c.orbit === 'tweener')!;
        await page.mouse.click(...xy(await nodeOnScreen(page, person.id)));
        await expect.poll(() => page.locator('#panel-title').textContent()).toBe(person.name);

        const renamed = `${person.name} Jr.`;
        const panel = page.locator('.panel');
        await panel.getByLabel('Name', { exact: true }).fill(renamed);
        await panel.getByLabel('Company').fill('Orbit Works');
        await panel.getByLabel('Company').press('Tab');
        await expect.poll(async () => (await contactFromApi(person.id)).company, { timeout: 10_000 }).toBe('Orbit Works');
        expect((await contactFromApi(person.id)).name).toBe(renamed);
        expect(await page.evaluate((id) => {
          const el = document.querySelector('.orbit-map') as HTMLElement & { orbitCy: any };
          return el.orbitCy.getElementById(id).data('label');
        }, person.id)).toBe(renamed);
        await expect.poll(() => page.locator('#panel-title').textContent()).toBe(renamed);

        await panel.getByLabel('Board').check();
        await expect.poll(async () => (await contactFromApi(person.id)).contexts).toContain('board');

        const form = page.getByRole('form', { name: 'Add an interaction' });
        await form.getByLabel('Kind').selectOption('advice');
        await form.getByLabel('Direction').selectOption('received');
        await form.getByLabel('Note').fill('Portfolio review over coffee');
        await form.getByRole('button', { name: 'Add interaction' }).click();
        await expect.poll(() => page.locator('.interactions li').first().textContent()).toContain('Portfolio review over coffee');
        const listed = await server.get<{ kind: string; note: string }[]>(`/api/contacts/${person.id}/interactions`);
        expect(listed.some((i) => i.kind === 'advice' && i.note === 'Portfolio review over coffee')).toBe(true);
        await page.keyboard.press('Escape');
      },
      E2E_TIMEOUT,
    );

    it(
      'shows a name with markup as plain text',
      async () => {
        const name = '<img src=x onerror="window.__pwned=1"><b>Eve</b>';
        const res = await fetch(`${server.url}/api/contacts`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', origin: server.url },
          body: JSON.stringify({ name, orbit: 'tweener' }),
        });
        expect(res.status).toBe(201);
        const created = (await res.json()) as Contact;
        await page.reload();
        await page.locator('.legend').waitFor();
        await waitForStillMap(page);
        await page.mouse.click(...xy(await nodeOnScreen(page, created.id)));
        await expect.poll(() => page.locator('#panel-title').textContent()).toBe(name);
        expect(await page.locator('#panel-title b').count()).toBe(0);
        expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
      },
      E2E_TIMEOUT,
    );
  });
});

function xy(p: { x: number; y: number }): [number, number] {
  return [p.x, p.y];
}
