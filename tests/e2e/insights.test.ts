// The analysis on and beside the map, in Debian's Chromium: the insights panel (nurture due,
// misplaced contacts with an undoable "move to suggested orbit"), colour by community with its
// legend, size by a metric, the weak-ties view, mutual ties of a selected contact and the
// warmest intro path to an outer planet lit up on the map.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Contact, Network } from '../../graph/model';
import type { ContactInsight } from '../../graph/strength';
import { ROOT, ensureUiBuilt, launchChromium, nodeOnScreen, startServer, waitForMap, waitForStillMap, type RunningServer, SCREENSHOTS, openPage } from '../support/browser';
import { chromiumPath, HOW_TO_ENABLE } from '../support/capabilities';
import { storeFactories } from '../support/stores';

const executablePath = chromiumPath();
if (!executablePath) console.warn(`insights e2e skipped: no Chromium (${HOW_TO_ENABLE.chromium})`);

const E2E_TIMEOUT = 150_000;

interface InsightsAnswer {
  contacts: ContactInsight[];
  nurture: { id: string; name: string }[];
  weaklyHeld: string[];
}
interface PathAnswer {
  hops: { from: string; to: string }[];
}

/** Ids of contacts on the map carrying a cytoscape class. */
function withClass(page: Page, cls: string): Promise<string[]> {
  return page.evaluate((c) => {
    const el = document.querySelector('.orbit-map') as HTMLElement & { orbitCy: any };
    return el.orbitCy.$(`.${c}`).map((e: any) => e.id());
  }, cls);
}

/** A style value of every contact node on the map, by id. */
function contactStyles(page: Page, property: string): Promise<Record<string, string>> {
  return page.evaluate((p) => {
    const el = document.querySelector('.orbit-map') as HTMLElement & { orbitCy: any };
    const out: Record<string, string> = {};
    el.orbitCy.nodes('.contact').forEach((n: any) => (out[n.id()] = String(n.style(p))));
    return out;
  }, property);
}

describe.skipIf(!executablePath)('insights in Chromium', () => {
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
    let network: Network;
    const pageErrors: string[] = [];

    beforeAll(async () => {
      server = await startServer(factory);
      ({ context, page } = await openPage(browser, {}, pageErrors));
      await page.goto(`${server.url}/?test-hooks`);
      await Promise.all([
        page.waitForResponse((r) => r.url().endsWith('/api/sample') && r.request().method() === 'POST'),
        page.getByRole('button', { name: 'Try the sample network' }).click(),
      ]);
      network = await server.get<Network>('/api/network');
      await waitForMap(page, network.contacts.filter((c) => c.orbit !== 'archived').length);
    });

    afterAll(async () => {
      await context?.close();
      await server?.close();
    });

    const orbitOf = async (id: string) => (await server.get<Contact>(`/api/contacts/${id}`)).orbit;

    it(
      'lists nurture due and misplaced contacts, moves one to its suggested orbit and undoes it with Ctrl+Z',
      async () => {
        await page.getByRole('button', { name: 'Insights' }).click();
        const panel = page.locator('aside.insights');
        await panel.waitFor();
        const answer = await server.get<InsightsAnswer>('/api/insights');
        expect(answer.nurture.length).toBeGreaterThan(0);
        await expect.poll(() => panel.locator('#nurture-title .count').textContent()).toBe(String(answer.nurture.length));
        await expect.poll(() => panel.getByRole('button', { name: answer.nurture[0].name, exact: true }).count()).toBeGreaterThan(0);
        expect(await panel.getByRole('button', { name: 'Log interaction' }).count()).toBe(answer.nurture.length);
        expect(await panel.textContent()).toContain('without you');

        const misplaced = answer.contacts.filter((c) => c.flags.some((f) => f.code === 'misplaced'));
        expect(misplaced.length).toBeGreaterThan(0);
        const first = misplaced[0];
        const item = panel.locator('li', { has: page.getByRole('button', { name: first.name, exact: true }) }).filter({ hasText: 'Move to' });
        const moved = page.waitForResponse((r) => r.url().includes(`/api/contacts/${first.id}`) && r.request().method() === 'PATCH');
        await item.getByRole('button', { name: /^Move to / }).click();
        expect((await moved).status()).toBe(200);
        await expect.poll(() => orbitOf(first.id), { timeout: 10_000 }).toBe(first.suggestedOrbit);
        // The analysis follows the move: the contact is no longer flagged.
        await expect.poll(() => item.count(), { timeout: 10_000 }).toBe(0);

        await page.locator('.orbit-map').focus();
        await page.keyboard.press('Control+z');
        await expect.poll(() => orbitOf(first.id), { timeout: 10_000 }).toBe(first.orbit);
        await expect.poll(() => item.count(), { timeout: 10_000 }).toBe(1);
        await waitForStillMap(page);
      },
      E2E_TIMEOUT,
    );

    it(
      'logs an interaction from the nurture list and takes the contact off it',
      async () => {
        const panel = page.locator('aside.insights');
        const answer = await server.get<InsightsAnswer>('/api/insights');
        const due = answer.nurture[0];
        const item = () => panel.locator('li', { has: page.getByRole('button', { name: due.name, exact: true }) }).filter({ hasText: 'Log interaction' });
        await item().getByRole('button', { name: 'Log interaction' }).click();
        await expect.poll(() => page.locator('#panel-title').textContent()).toBe(due.name);
        // The contact's interaction form is ready to use.
        await expect
          .poll(() => page.evaluate(() => !!document.activeElement?.closest('form[aria-label="Add an interaction"]')))
          .toBe(true);
        const logged = page.waitForResponse((r) => r.url().endsWith('/api/interactions') && r.request().method() === 'POST');
        await page.getByRole('button', { name: 'Add interaction' }).click();
        expect((await logged).status()).toBe(201);
        await expect.poll(() => item().count(), { timeout: 10_000 }).toBe(0);
        expect((await server.get<InsightsAnswer>('/api/insights')).nurture.some((n) => n.id === due.id)).toBe(false);
        await page.getByRole('button', { name: 'Close details' }).click();
      },
      E2E_TIMEOUT,
    );

    it(
      'colours the map by community with a legend naming each one, and sizes nodes by a metric',
      async () => {
        await page.getByLabel('Colour by').selectOption('community');
        const legend = page.locator('aside.color-legend[aria-label="Communities"]');
        await legend.waitFor();
        const metrics = await server.get<{ summary: { communities: number } }>('/api/metrics');
        expect(metrics.summary.communities).toBeGreaterThan(1);
        const rows = legend.locator('li');
        expect(await rows.count()).toBe(Math.min(8, metrics.summary.communities));
        const names = new Set(network.contacts.map((c) => c.name));
        const firstLabel = (await rows.first().locator('.label').textContent())!;
        expect(firstLabel.split(', ').every((n) => names.has(n))).toBe(true);
        const colours = await contactStyles(page, 'background-color');
        expect(new Set(Object.values(colours)).size).toBeGreaterThan(1);

        await page.getByLabel('Size by').selectOption('betweenness');
        await expect.poll(async () => new Set(Object.values(await contactStyles(page, 'width'))).size).toBeGreaterThan(3);
      },
      E2E_TIMEOUT,
    );

    it(
      'highlights weakly held connections and bridges in the weak-ties view',
      async () => {
        await page.getByRole('checkbox', { name: 'Weak ties' }).check();
        const answer = await server.get<InsightsAnswer>('/api/insights');
        const onMap = new Set(network.contacts.filter((c) => c.orbit !== 'archived').map((c) => c.id));
        const expected = answer.weaklyHeld.filter((id) => onMap.has(id)).sort();
        expect(expected.length).toBeGreaterThan(0);
        await expect.poll(async () => (await withClass(page, 'ov-weak')).sort()).toEqual(expected);
        const { bridges } = await server.get<{ bridges: unknown[] }>('/api/bridges');
        expect((await withClass(page, 'ov-bridge')).length).toBe(bridges.length);
        expect((await withClass(page, 'ov-dim')).length).toBeGreaterThan(0);
        await page.getByRole('checkbox', { name: 'Weak ties' }).uncheck();
        await expect.poll(async () => (await withClass(page, 'ov-weak')).length).toBe(0);
      },
      E2E_TIMEOUT,
    );

    it(
      "highlights a selected contact's mutual ties and lights up the intro path to an outer planet",
      async () => {
        // An outer planet the warmest path reaches through someone else.
        const outer = network.contacts.filter((c) => c.orbit === 'outer');
        let target: Contact | undefined;
        let path: PathAnswer | undefined;
        await page.getByRole('button', { name: 'Fit', exact: true }).click();
        await waitForStillMap(page);
        for (const c of outer) {
          // Clear of the insights panel (left), the view bar and path summary (top), the legends (bottom).
          const at = await nodeOnScreen(page, c.id);
          if (at.x < 420 || at.x > 1000 || at.y < 420 || at.y > 640) continue;
          const p = await server.get<PathAnswer>(`/api/path?to=${c.id}`);
          if (p.hops.length >= 2) {
            target = c;
            path = p;
            break;
          }
        }
        expect(target).toBeDefined();
        await page.mouse.click(...xy(await nodeOnScreen(page, target!.id)));
        await expect.poll(() => page.locator('#panel-title').textContent()).toBe(target!.name);

        const neighbours = network.ties.flatMap((t) => (t.source === target!.id ? [t.target] : t.target === target!.id ? [t.source] : []));
        await expect.poll(async () => (await withClass(page, 'ov-mutual')).sort()).toEqual([...new Set(neighbours)].sort());

        const insight = page.locator('.panel section.insight');
        await insight.waitFor();
        expect(await insight.locator('meter').getAttribute('value')).not.toBeNull();
        await insight.getByRole('button', { name: 'Show warmest introduction path' }).click();
        const summary = page.getByRole('region', { name: 'Introduction path' });
        await summary.waitFor();
        expect(await summary.textContent()).toContain(target!.name);
        const lit = path!.hops.map((h) => h.to).sort();
        await expect.poll(async () => (await withClass(page, 'ov-path')).filter((id) => !id.startsWith('tie:')).sort()).toEqual(lit);
        const litTies = (await withClass(page, 'ov-path')).filter((id) => id.startsWith('tie:'));
        expect(litTies.length).toBe(path!.hops.length - 1);

        await page.locator('aside.insights .body').evaluate((el) => el.scrollTo(0, 0));
        await page.mouse.move(1, 1);
        await page.waitForTimeout(300);
        mkdirSync(SCREENSHOTS, { recursive: true });
        if (factory.name === 'sqlite') await page.screenshot({ path: join(SCREENSHOTS, 'insights.png') });

        await summary.getByRole('button', { name: 'Clear path' }).click();
        await expect.poll(async () => (await withClass(page, 'ov-path')).length).toBe(0);
        expect(pageErrors).toEqual([]);
      },
      E2E_TIMEOUT,
    );
  });
});

function xy(p: { x: number; y: number }): [number, number] {
  return [p.x, p.y];
}
