// End-to-end helpers: build the UI when it is stale, serve it with the real API on a fresh
// store, drive Debian's Chromium through playwright-core, and read the map's geometry.
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type BrowserContext, type BrowserContextOptions, type Page } from 'playwright-core';
import { buildApp } from '../../server/app';
import type { Store } from '../../server/store/store';
import type { StoreFactory } from './stores';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
export const DIST = join(ROOT, 'dist');
/**
 * Where browser tests save screenshots: test-results/screenshots (ignored by git), or the
 * README's tests/e2e/screenshots when refreshing them with `npm run screenshots`.
 */
export const SCREENSHOTS = process.env.ORBIT_SCREENSHOTS_DIR
  ? resolve(ROOT, process.env.ORBIT_SCREENSHOTS_DIR)
  : join(ROOT, 'test-results', 'screenshots');

const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

function newestMtime(path: string): number {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs;
  for (const entry of readdirSync(path)) newest = Math.max(newest, newestMtime(join(path, entry)));
  return newest;
}

/**
 * Run `vite build` unless dist/ is newer than everything the bundle is built from, so a run
 * builds at most once and not at all when nothing changed.
 */
export function ensureUiBuilt(): void {
  const built = existsSync(join(DIST, 'index.html')) ? newestMtime(DIST) : 0;
  const sources = Math.max(
    newestMtime(join(ROOT, 'src')),
    newestMtime(join(ROOT, 'graph')),
    newestMtime(join(ROOT, 'vite.config.ts')),
    newestMtime(join(ROOT, 'package-lock.json')),
  );
  if (built > sources) return;
  execFileSync(process.execPath, [join(ROOT, 'node_modules/vite/bin/vite.js'), 'build', '--logLevel', 'warn'], {
    cwd: ROOT,
    stdio: ['ignore', 'inherit', 'inherit'],
    timeout: 170_000,
  });
}

export interface RunningServer {
  url: string;
  store: Store;
  /** GET an API path (`/api/...`) as JSON. */
  get<T>(path: string): Promise<T>;
  close(): Promise<void>;
}

/** The real app (API and built UI) on a fresh store, listening on 127.0.0.1 at a free port. */
export async function startServer(factory: StoreFactory): Promise<RunningServer> {
  const store = await factory.make();
  const app = await buildApp({ store, staticDir: DIST, host: '127.0.0.1' });
  await app.listen({ host: '127.0.0.1', port: 0 });
  const address = app.server.address();
  if (address === null || typeof address === 'string') throw new Error('server: no TCP address');
  const url = `http://127.0.0.1:${address.port}`;
  return {
    url,
    store,
    async get<T>(path: string): Promise<T> {
      const res = await fetch(url + path);
      if (!res.ok) throw new Error(`GET ${path}: HTTP ${res.status} ${await res.text()}`);
      return (await res.json()) as T;
    },
    async close() {
      await app.close();
      await store.close();
    },
  };
}

export function launchChromium(executablePath: string): Promise<Browser> {
  return chromium.launch({ executablePath, args: CHROMIUM_ARGS, headless: true });
}

/**
 * A new context and page (1440x900 unless `options` say otherwise) whose uncaught page errors
 * are pushed onto `errors`, for the tests to assert there were none.
 */
export async function openPage(browser: Browser, options: BrowserContextOptions, errors: string[]): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, ...options });
  const page = await context.newPage();
  page.on('pageerror', (err) => errors.push(err.message));
  return { context, page };
}

export interface ScreenPoint {
  x: number;
  y: number;
}

/**
 * The map is opened with `?test-hooks`, which puts the cytoscape instance on the map
 * container as `orbitCy`; these helpers read positions from it and turn them into page
 * coordinates for the real mouse.
 */
export async function waitForMap(page: Page, minContacts: number): Promise<void> {
  await page.waitForFunction(
    (min) => {
      const el = document.querySelector('.orbit-map') as (HTMLElement & { orbitCy?: { nodes(s: string): { length: number } } }) | null;
      return !!el?.orbitCy && el.orbitCy.nodes('node.contact').length >= min;
    },
    minContacts,
    { timeout: 15_000 },
  );
  await waitForStillMap(page);
}

/** Wait until no node is animating (snaps and layout changes take a few hundred ms). */
export async function waitForStillMap(page: Page): Promise<void> {
  await page.waitForFunction(
    () => {
      const el = document.querySelector('.orbit-map') as (HTMLElement & { orbitCy?: { nodes(): { animated(): boolean } } }) | null;
      return !!el?.orbitCy && !el.orbitCy.nodes().animated();
    },
    undefined,
    { timeout: 10_000, polling: 100 },
  );
}

/** Page coordinates of a node's centre. */
export async function nodeOnScreen(page: Page, id: string): Promise<ScreenPoint> {
  return page.evaluate((nodeId) => {
    const el = document.querySelector('.orbit-map') as HTMLElement & {
      orbitCy: { getElementById(id: string): { empty(): boolean; renderedPosition(): { x: number; y: number } } };
    };
    const node = el.orbitCy.getElementById(nodeId);
    if (node.empty()) throw new Error(`no node '${nodeId}' on the map`);
    const box = el.getBoundingClientRect();
    const p = node.renderedPosition();
    return { x: box.left + p.x, y: box.top + p.y };
  }, id);
}

/** Page coordinates of the point on an orbit's ring line at the given angle (radians). */
export async function ringPointOnScreen(page: Page, orbit: string, angle: number): Promise<ScreenPoint> {
  return page.evaluate(
    ({ orbit, angle }) => {
      const el = document.querySelector('.orbit-map') as HTMLElement & {
        orbitCy: {
          getElementById(id: string): { empty(): boolean; data(key: string): number };
          zoom(): number;
          pan(): { x: number; y: number };
        };
      };
      const cy = el.orbitCy;
      const ring = cy.getElementById(`ring:${orbit}`);
      if (ring.empty()) throw new Error(`no ring for '${orbit}'`);
      const radius = ring.data('size') / 2;
      const zoom = cy.zoom();
      const pan = cy.pan();
      const box = el.getBoundingClientRect();
      return {
        x: box.left + pan.x + radius * Math.cos(angle) * zoom,
        y: box.top + pan.y + radius * Math.sin(angle) * zoom,
      };
    },
    { orbit, angle },
  );
}

/** Drag with the real mouse, in small steps, as a person would. */
export async function dragMouse(page: Page, from: ScreenPoint, to: ScreenPoint, steps = 20): Promise<void> {
  await page.mouse.move(from.x, from.y);
  await page.mouse.down();
  await page.mouse.move(from.x + 4, from.y + 4, { steps: 2 });
  await page.mouse.move(to.x, to.y, { steps });
  await page.mouse.up();
}

/** Width and height from a PNG's IHDR chunk, after checking its signature. */
export function pngSize(bytes: Uint8Array): { width: number; height: number } {
  const signature = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
  if (bytes.length < 24 || signature.some((b, i) => bytes[i] !== b)) throw new Error('not a PNG (bad signature)');
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const chunkType = String.fromCharCode(...bytes.subarray(12, 16));
  if (chunkType !== 'IHDR') throw new Error(`PNG: first chunk is ${chunkType}, not IHDR`);
  return { width: view.getUint32(16), height: view.getUint32(20) };
}
