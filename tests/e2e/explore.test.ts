import { mkdirSync } from 'node:fs';
// Exploring the map end to end in Debian's Chromium, on a sample network whose contacts were
// added two months ago and one of whom moved to the core three weeks ago: search, a combined
// filter, focus depth, a keyboard-only move with its announcement, list/map sync, the map as
// it was a month ago, and an axe-core audit.
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { neighbourhood } from '../../graph/explore';
import type { Contact, Network } from '../../graph/model';
import { sampleNetwork } from '../../graph/sample';
import { ROOT, ensureUiBuilt, launchChromium, nodeOnScreen, startServer, waitForMap, waitForStillMap, type RunningServer, SCREENSHOTS, openPage } from '../support/browser';
import { chromiumPath, HOW_TO_ENABLE } from '../support/capabilities';
import { sqliteFactory } from '../support/stores';

const executablePath = chromiumPath();
if (!executablePath) console.warn(`explore e2e skipped: no Chromium (${HOW_TO_ENABLE.chromium})`);

const E2E_TIMEOUT = 120_000;
const DAY = 86_400_000;
const daysAgo = (n: number) => new Date(Date.now() - n * DAY).toISOString();

type CyHandle = HTMLElement & { orbitCy: import('cytoscape').Core };

describe.skipIf(!executablePath)('exploring the map in Chromium', () => {
  let browser: Browser;
  let server: RunningServer;
  let context: BrowserContext;
  let page: Page;
  let network: Network;
  let promoted: Contact;
  const pageErrors: string[] = [];

  beforeAll(async () => {
    ensureUiBuilt();
    browser = await launchChromium(executablePath!);
    server = await startServer(sqliteFactory);
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
    ({ context, page } = await openPage(browser, { reducedMotion: 'reduce', bypassCSP: true }, pageErrors));
    await page.goto(`${server.url}/?test-hooks`);
    await waitForMap(page, network.contacts.filter((c) => c.orbit !== 'archived').length);
  }, E2E_TIMEOUT);

  afterAll(async () => {
    await context?.close();
    await server?.close();
    await browser?.close();
  });

  const onMap = () => network.contacts.filter((c) => c.orbit !== 'archived');
  const announcer = () => page.locator('#map-announcer');
  const classCount = (cls: string) =>
    page.evaluate((c) => (document.querySelector('.orbit-map') as CyHandle).orbitCy.nodes(`.contact.${c}`).length, cls);
  const selectedOnMap = () =>
    page.evaluate(() => (document.querySelector('.orbit-map') as CyHandle).orbitCy.nodes('.contact.selected').map((n) => n.id()));

  it('finds a contact by typing part of their company and flies to them on Enter', async () => {
    const wanted = onMap().find((c) => c.company && onMap().filter((o) => o.company === c.company).length === 1)!;
    await page.keyboard.press('/');
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('explore-search');
    await page.keyboard.type(wanted.company.slice(0, 6));
    await expect.poll(() => page.getByRole('option').filter({ hasText: wanted.name }).count()).toBe(1);
    await page.getByRole('option').filter({ hasText: wanted.name }).click();
    await expect.poll(selectedOnMap).toEqual([wanted.id]);
    await waitForStillMap(page);
    const view = await page.evaluate((id) => {
      const el = document.querySelector('.orbit-map') as CyHandle;
      const cy = el.orbitCy;
      const p = cy.getElementById(id).renderedPosition();
      // The part of the map in view: left of the contact panel that opened.
      const seen = document.querySelector('.stage > .area')!.getBoundingClientRect();
      const middle = seen.left + seen.width / 2 - el.getBoundingClientRect().left;
      return { dx: Math.abs(p.x - middle) / seen.width, dy: Math.abs(p.y - cy.height() / 2) / cy.height(), zoom: cy.zoom() };
    }, wanted.id);
    // Flown to: near the middle of the map in view (not under the contact panel), zoomed in to read it.
    expect(view.dx).toBeLessThan(0.1);
    expect(view.dy).toBeLessThan(0.1);
    expect(view.zoom).toBeGreaterThanOrEqual(1.2);
    await expect.poll(() => announcer().textContent()).toContain(`Selected ${wanted.name}`);
    // Hovering shows the small card: name, company, orbit, last contact.
    const at = await nodeOnScreen(page, wanted.id);
    await page.mouse.move(at.x, at.y);
    const card = page.getByRole('tooltip');
    await expect.poll(() => card.textContent()).toContain(wanted.name);
    expect(await card.textContent()).toContain(wanted.company);
    await expect.poll(() => card.textContent()).toMatch(/Last contact: (\d{4}-\d{2}-\d{2}|none logged)/);
    await page.mouse.move(5, 300);
    await page.keyboard.press('Escape');
  }, E2E_TIMEOUT);

  it('combines an orbit and a context filter, fades the rest and shows the count', async () => {
    const expected = onMap().filter((c) => (c.orbit === 'core' || c.orbit === 'tweener') && c.contexts.includes('worked-together'));
    expect(expected.length).toBeGreaterThan(0);
    await page.getByRole('button', { name: /^Filters/ }).click();
    const filters = page.getByRole('region', { name: 'Filters' });
    await filters.getByRole('checkbox', { name: 'Core' }).check();
    await filters.getByRole('checkbox', { name: 'Tweeners' }).check();
    await filters.getByRole('checkbox', { name: 'Worked together' }).check();
    await expect.poll(() => page.locator('output.shown').textContent()).toBe(`Showing ${expected.length} of ${onMap().length}`);
    expect(await classCount('explore-out')).toBe(onMap().length - expected.length);
    await page.getByRole('button', { name: 'Clear filters' }).click();
    await expect.poll(() => page.locator('output.shown').textContent()).toBe(`Showing ${onMap().length} of ${onMap().length}`);
    expect(await classCount('explore-out')).toBe(0);
    await page.getByRole('button', { name: /^Filters/ }).click();
  }, E2E_TIMEOUT);

  it('focuses a contact’s neighbourhood, widens it with + and leaves with Esc', async () => {
    const mapIds = new Set(onMap().map((c) => c.id));
    const ties = network.ties.filter((t) => mapIds.has(t.source) && mapIds.has(t.target));
    // A contact with a few ties whose friends have friends of their own: depth 2 adds people.
    let hub: { c: Contact; one: number; two: number } | undefined;
    for (const c of onMap()) {
      const one = neighbourhood(ties, c.id, 1).size;
      const two = one > 1 ? neighbourhood(ties, c.id, 2).size : one;
      if (two > one && one > 1) {
        hub = { c, one, two };
        break;
      }
    }
    if (!hub) throw new Error('the sample network has no contact with friends of friends');
    // The block returns nothing: returning the cytoscape element would be serialised whole.
    await page.evaluate((id) => {
      (document.querySelector('.orbit-map') as CyHandle).orbitCy.getElementById(id).emit('tap');
    }, hub.c.id);
    await expect.poll(selectedOnMap).toEqual([hub.c.id]);
    await page.getByRole('button', { name: 'Focus', exact: true }).click();
    await expect.poll(() => classCount('focus-out')).toBe(onMap().length - hub.one);
    await page.locator('body').press('+');
    await expect.poll(() => classCount('focus-out')).toBe(onMap().length - hub.two);
    await expect.poll(() => page.getByText('Focus: 2 ties deep').count()).toBe(1);
    await page.locator('body').press('Escape');
    await expect.poll(() => classCount('focus-out')).toBe(0);
    await page.keyboard.press('Escape');
  }, E2E_TIMEOUT);

  it('moves a contact to the core with the keyboard alone and announces it', async () => {
    await page.locator('body').click({ position: { x: 5, y: 5 } }).catch(() => undefined);
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    let tabs = 0;
    while (tabs < 80 && !(await page.evaluate(() => document.activeElement?.classList.contains('orbit-map')))) {
      await page.keyboard.press('Tab');
      tabs++;
    }
    expect(tabs).toBeLessThan(80);
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    const cursor = await page.evaluate(() => (document.querySelector('.orbit-map') as CyHandle).orbitCy.nodes('.kbd-cursor').map((n) => n.id()));
    expect(cursor).toHaveLength(1);
    const person = network.contacts.find((c) => c.id === cursor[0])!;
    expect(person.orbit).toBe('outer');
    await expect.poll(() => announcer().textContent()).toContain(`${person.name}, Outer planets`);
    await page.keyboard.press('1');
    await expect.poll(() => announcer().textContent()).toContain(`Moved ${person.name} from Outer planets to Core`);
    // Reduced motion: the contact is already on its new ring, not gliding there.
    const gliding = await page.evaluate(() => (document.querySelector('.orbit-map') as CyHandle).orbitCy.nodes().filter((n) => n.animated()).length);
    expect(gliding).toBe(0);
    expect((await server.get<Contact>(`/api/contacts/${person.id}`)).orbit).toBe('core');
    await page.keyboard.press('Enter');
    await expect.poll(selectedOnMap).toEqual([person.id]);
    network = await server.get<Network>('/api/network');
  }, E2E_TIMEOUT);

  it('keeps the list view in sync with the map selection and moves from the list', async () => {
    await page.getByRole('button', { name: 'List view' }).click();
    const table = page.getByRole('table', { name: 'Contacts shown on the map' });
    await expect.poll(() => table.locator('tr.selected').count()).toBe(1);
    const selectedId = (await selectedOnMap())[0]!;
    expect(await table.locator('tr.selected').getAttribute('data-id')).toBe(selectedId);
    // Sorting by name and picking the first row selects it on the map.
    const first = [...onMap()].sort((a, b) => a.name.toLowerCase().localeCompare(b.name.toLowerCase()))[0]!;
    await page.locator('.explore-list .list').evaluate((el) => (el.scrollTop = 0));
    await table.locator(`tr[data-id="${first.id}"] button.name`).click();
    await expect.poll(selectedOnMap).toEqual([first.id]);
    const to = first.orbit === 'tweener' ? 'outer' : 'tweener';
    await table.getByRole('combobox', { name: `Orbit of ${first.name}` }).selectOption(to);
    await expect.poll(async () => (await server.get<Contact>(`/api/contacts/${first.id}`)).orbit).toBe(to);
    await page.keyboard.press('Control+z');
    await expect.poll(async () => (await server.get<Contact>(`/api/contacts/${first.id}`)).orbit).toBe(first.orbit);
    await page.getByRole('button', { name: 'List view' }).click();
  }, E2E_TIMEOUT);

  it('shows the map as it was a month ago and the moves since', async () => {
    await page.getByRole('button', { name: 'History' }).click();
    const panel = page.getByRole('region', { name: 'History' });
    await expect.poll(() => panel.locator('.timeline li').filter({ hasText: promoted.name }).count()).toBe(1);
    const monthAgo = daysAgo(30).slice(0, 10);
    await panel.locator('input[type="date"]').fill(monthAgo);
    const orbitOnMap = (id: string) =>
      page.evaluate((nodeId) => (document.querySelector('.orbit-map') as CyHandle).orbitCy.getElementById(nodeId).data('orbit'), id);
    await expect.poll(() => orbitOnMap(promoted.id)).toBe('outer');
    expect(await classCount('changed-since')).toBeGreaterThanOrEqual(2);
    await expect.poll(() => panel.locator('li[data-orbit="core"] .in').textContent()).toMatch(/^\+[2-9]/);
    await page.getByRole('button', { name: 'Fit' }).click();
    await waitForStillMap(page);
    mkdirSync(SCREENSHOTS, { recursive: true });
    await page.screenshot({ path: join(SCREENSHOTS, 'explore.png') });
    await panel.getByRole('button', { name: 'Back to today' }).click();
    await expect.poll(() => orbitOnMap(promoted.id)).toBe('core');
    await page.getByRole('button', { name: 'History' }).click();
  }, E2E_TIMEOUT);

  it('passes an axe-core audit with no serious or critical violations', async () => {
    // The filter panel, the list view and a contact's panel with its tie strength all open.
    await page.getByRole('button', { name: /^Filters/ }).click();
    await page.getByRole('button', { name: 'List view' }).click();
    await expect.poll(() => page.getByRole('region', { name: 'Details' }).count()).toBe(1);
    await page.addScriptTag({ path: join(ROOT, 'node_modules/axe-core/axe.min.js') });
    const violations = await page.evaluate(async () => {
      const axe = (window as unknown as { axe: { run(ctx: Document): Promise<{ violations: { id: string; impact: string; nodes: { target: string[] }[] }[] }> } }).axe;
      const result = await axe.run(document);
      return result.violations.map((v) => ({ id: v.id, impact: v.impact, targets: v.nodes.slice(0, 3).map((n) => n.target.join(' ')) }));
    });
    const serious = violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
    expect(serious).toEqual([]);
    expect(pageErrors).toEqual([]);
  }, E2E_TIMEOUT);
});
