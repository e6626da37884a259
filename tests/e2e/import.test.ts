// Import and export from the UI, in Debian's Chromium: a LinkedIn export dropped on the map is
// previewed, imported with a progress bar and lands on the outer ring; importing it again adds
// nothing; a bad file is refused with its line numbers and changes nothing; the map exports as
// SVG without names and as a PNG of the current view.
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Network } from '../../graph/model';
import { ROOT, ensureUiBuilt, launchChromium, pngSize, startServer, waitForMap, waitForStillMap, type RunningServer, SCREENSHOTS, openPage } from '../support/browser';
import { chromiumPath, HOW_TO_ENABLE } from '../support/capabilities';
import { storeFactories } from '../support/stores';

const executablePath = chromiumPath();
if (!executablePath) console.warn(`import e2e skipped: no Chromium (${HOW_TO_ENABLE.chromium})`);

const FIXTURES = join(ROOT, 'tests/fixtures/import');
const E2E_TIMEOUT = 150_000;

/** Drag a fixture file over the map and drop it, as the browser does for a file from the desktop. */
async function dropFile(page: Page, fixture: string, check?: () => Promise<void>): Promise<void> {
  const text = readFileSync(join(FIXTURES, fixture), 'utf8');
  const transfer = await page.evaluateHandle(
    ({ name, text }) => {
      const dt = new DataTransfer();
      dt.items.add(new File([text], name, { type: 'text/csv' }));
      return dt;
    },
    { name: fixture, text },
  );
  await page.dispatchEvent('.orbit-map', 'dragenter', { dataTransfer: transfer });
  await page.dispatchEvent('.orbit-map', 'dragover', { dataTransfer: transfer });
  await check?.();
  await page.dispatchEvent('.orbit-map', 'drop', { dataTransfer: transfer });
}

const onMap = (n: Network) => n.contacts.filter((c) => c.orbit !== 'archived');

describe.skipIf(!executablePath)('import and export in Chromium', () => {
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
      await page.goto(`${server.url}/?test-hooks`);
      await Promise.all([
        page.waitForResponse((r) => r.url().endsWith('/api/sample') && r.request().method() === 'POST'),
        page.getByRole('button', { name: 'Try the sample network' }).click(),
      ]);
      await waitForMap(page, onMap(await server.get<Network>('/api/network')).length);
    });

    afterAll(async () => {
      await context?.close();
      await server?.close();
    });

    const legendCount = async (orbit: string) => Number(await page.locator(`.legend .count[data-orbit="${orbit}"]`).textContent());
    const dialog = () => page.locator('dialog.import');
    const summaryValue = (label: string) => dialog().locator('dl div', { has: page.locator('dt', { hasText: label }) }).locator('dd');

    it(
      'previews a dropped LinkedIn export, imports it with a progress bar and puts the newcomers on the outer ring',
      async () => {
        const before = await server.get<Network>('/api/network');
        const outerBefore = await legendCount('outer');
        await dropFile(page, 'linkedin-connections.csv', async () => {
          await expect.poll(() => page.getByText('Drop the file to import it').isVisible()).toBe(true);
        });

        await dialog().waitFor();
        const preview = dialog().getByRole('region', { name: 'Import preview' });
        await preview.waitFor();
        const created = Number(await summaryValue('New').textContent());
        expect(created).toBeGreaterThan(3);
        expect(await dialog().locator('select').inputValue()).toBe('linkedin');
        // Nothing is written by the preview.
        expect((await server.get<Network>('/api/network')).contacts.length).toBe(before.contacts.length);

        // Hold the real import back a moment so the progress bar can be seen.
        await page.route('**/api/import?*', async (route) => {
          if (!route.request().url().includes('dryRun')) await new Promise((r) => setTimeout(r, 700));
          await route.continue();
        });
        await dialog().getByRole('button', { name: 'Import', exact: true }).click();
        await expect.poll(() => dialog().locator('.progress').isVisible()).toBe(true);
        expect(await dialog().locator('.progress progress').count()).toBe(1);
        await dialog().getByRole('region', { name: 'Import result' }).waitFor();
        await page.unroute('**/api/import?*');
        expect(await dialog().textContent()).toContain(`Imported: ${created} new`);

        const after = await server.get<Network>('/api/network');
        const known = new Set(before.contacts.map((c) => c.id));
        const newcomers = after.contacts.filter((c) => !known.has(c.id));
        expect(newcomers.length).toBe(created);
        expect(newcomers.every((c) => c.orbit === 'outer')).toBe(true);
        await expect.poll(() => legendCount('outer')).toBe(outerBefore + created);

        // On the map they sit on the outer ring.
        await waitForMap(page, onMap(after).length);
        const radii = await page.evaluate((ids) => {
          const el = document.querySelector('.orbit-map') as HTMLElement & { orbitCy: any };
          const cy = el.orbitCy;
          const band = cy.getElementById('band:outer');
          const tweener = cy.getElementById('band:tweener');
          return {
            outer: band.data('size') / 2,
            inner: tweener.data('size') / 2,
            at: ids.map((id: string) => Math.hypot(cy.getElementById(id).position().x, cy.getElementById(id).position().y)),
          };
        }, newcomers.map((c) => c.id));
        for (const r of radii.at) {
          expect(r).toBeGreaterThan(radii.inner);
          expect(r).toBeLessThanOrEqual(radii.outer + 1);
        }

        await page.mouse.move(1, 1);
        mkdirSync(SCREENSHOTS, { recursive: true });
        if (factory.name === 'sqlite') await page.screenshot({ path: join(SCREENSHOTS, 'import.png') });
        await dialog().getByRole('button', { name: 'Close' }).click();
        await expect.poll(() => dialog().isVisible()).toBe(false);
      },
      E2E_TIMEOUT,
    );

    it(
      'says nothing is new when the same file is imported again',
      async () => {
        const before = await server.get<Network>('/api/network');
        await dropFile(page, 'linkedin-connections.csv');
        await dialog().getByRole('region', { name: 'Import preview' }).waitFor();
        expect(await summaryValue('New').textContent()).toBe('0');
        expect(Number(await summaryValue('Merged').textContent()) + Number(await summaryValue('Skipped').textContent())).toBeGreaterThan(0);
        await dialog().getByRole('button', { name: 'Import', exact: true }).click();
        await dialog().getByRole('region', { name: 'Import result' }).waitFor();
        expect(await dialog().textContent()).toContain('Imported: 0 new, 0 updated');
        const after = await server.get<Network>('/api/network');
        expect(after.contacts.length).toBe(before.contacts.length);
        await dialog().getByRole('button', { name: 'Close' }).click();
      },
      E2E_TIMEOUT,
    );

    it(
      'refuses a bad file with its line numbers and changes nothing',
      async () => {
        const before = await server.get<Network>('/api/network');
        await page.getByRole('button', { name: 'Import', exact: true }).click();
        await dialog().waitFor();
        await dialog().locator('input[type="file"]').setInputFiles(join(FIXTURES, 'linkedin-connections-bad.csv'));
        const preview = dialog().getByRole('region', { name: 'Import preview' });
        await preview.waitFor();
        const problems = preview.locator('.errors li');
        expect(await problems.count()).toBeGreaterThan(0);
        expect(await problems.first().textContent()).toMatch(/^line \d+ /);
        expect(await problems.first().textContent()).toContain('line 3');
        expect(await dialog().getByRole('button', { name: 'Import', exact: true }).isDisabled()).toBe(true);
        expect(await dialog().locator('.message.error').textContent()).toContain('nothing will be imported');
        await dialog().getByRole('button', { name: 'Cancel' }).click();
        const after = await server.get<Network>('/api/network');
        expect(after.contacts.length).toBe(before.contacts.length);
        expect(after.contacts.map((c) => c.id).sort()).toEqual(before.contacts.map((c) => c.id).sort());
      },
      E2E_TIMEOUT,
    );

    it(
      'exports the map as an SVG without names and as a PNG of the current view',
      async () => {
        const network = await server.get<Network>('/api/network');
        await waitForStillMap(page);
        await page.getByRole('button', { name: 'Export' }).click();
        await page.getByRole('menu', { name: 'Export' }).getByLabel('Hidden').check();
        const [svgDownload] = await Promise.all([page.waitForEvent('download', { timeout: 30_000 }), page.getByRole('menuitem', { name: 'SVG image' }).click()]);
        expect(svgDownload.suggestedFilename()).toMatch(/^career-orbit-map-\d{4}-\d{2}-\d{2}\.svg$/);
        const svg = readFileSync((await svgDownload.path())!, 'utf8');
        const parsed = await page.evaluate((text) => {
          const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
          return {
            error: doc.querySelector('parsererror')?.textContent ?? null,
            root: doc.documentElement.nodeName,
            texts: [...doc.querySelectorAll('text')].map((t) => t.textContent ?? ''),
            shapes: doc.querySelectorAll('ellipse, circle').length,
          };
        }, svg);
        expect(parsed.error).toBeNull();
        expect(parsed.root).toBe('svg');
        expect(parsed.shapes).toBeGreaterThan(onMap(network).length);
        const texts = parsed.texts.join('\n');
        for (const c of network.contacts.slice(0, 20)) expect(texts).not.toContain(c.name);
        expect(texts).not.toContain(network.ego.name === 'You' ? '\u0000' : network.ego.name);
        expect(texts).toContain('CORE');

        await page.getByRole('button', { name: 'Export' }).click();
        await page.getByRole('menu', { name: 'Export' }).getByLabel('Current view').check();
        await page.getByRole('menu', { name: 'Export' }).getByLabel('Full names').check();
        const viewport = await page.evaluate(() => {
          const el = document.querySelector('.orbit-map') as HTMLElement & { orbitCy: any };
          return { w: el.orbitCy.width(), h: el.orbitCy.height() };
        });
        const [pngDownload] = await Promise.all([page.waitForEvent('download', { timeout: 30_000 }), page.getByRole('menuitem', { name: 'PNG image' }).click()]);
        const size = pngSize(new Uint8Array(readFileSync((await pngDownload.path())!)));
        // The view at 2x, with the title above and the legend below (160 x 260 px of chrome).
        expect(size.width).toBe(viewport.w * 2 + 160);
        expect(size.height).toBe(viewport.h * 2 + 260);
        expect(pageErrors).toEqual([]);
      },
      E2E_TIMEOUT,
    );
  });
});
