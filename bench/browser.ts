// The orbit map in headless Chromium (no GPU: software rendering, so absolute frame times are
// far from a desktop's; read the ratios). Per size, the built UI on a fresh SQLite store
// holding a synthetic network: time to the first frame of the full map, mean frame time while
// panning and zooming programmatically, mean frame time while dragging a contact with the
// mouse (1,500), and the PNG export. The peer is plain cytoscape (defaults, every label, every
// edge, no level of detail) on the same elements in the same page.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page, Request as PageRequest } from 'playwright-core';
import type { NodeSingular } from 'cytoscape';
import { syntheticNetwork } from '../graph/sample';
import { ROOT, dragMouse, ensureUiBuilt, launchChromium, pngSize, startServer, waitForStillMap } from '../tests/support/browser';
import { chromiumPath } from '../tests/support/capabilities';
import { sqliteFactory } from '../tests/support/stores';
import type { BenchRow, BenchSuite } from './table';

const FRAMES = 30;
const PEER_TIMEOUT_MS = 120_000;
const CYTOSCAPE_JS = join(ROOT, 'node_modules/cytoscape/dist/cytoscape.min.js');

type MapWindow = Window & { orbitCy?: import('cytoscape').Core; cytoscape?: typeof import('cytoscape'); peerCy?: import('cytoscape').Core };

/** Mean milliseconds between animation frames while `move` runs once per frame on `target`. */
async function panZoomFrames(page: Page, target: 'orbitCy' | 'peerCy', frames: number): Promise<number> {
  return page.evaluate(
    ({ target, frames }) =>
      new Promise<number>((resolve) => {
        const w = window as unknown as Record<string, import('cytoscape').Core>;
        const cy = target === 'orbitCy' ? (document.querySelector('.orbit-map') as unknown as Record<string, import('cytoscape').Core>).orbitCy : w.peerCy;
        const center = { x: cy.width() / 2, y: cy.height() / 2 };
        let i = 0;
        let start = 0;
        const step = (now: number) => {
          if (i === 1) start = now;
          if (i > frames) return resolve((now - start) / frames);
          // Pan most frames, zoom in and out every fourth.
          if (i % 4 === 3) cy.zoom({ level: cy.zoom() * (i % 8 === 3 ? 1.15 : 1 / 1.15), renderedPosition: center });
          else cy.panBy({ x: 9, y: 5 });
          i++;
          requestAnimationFrame(step);
        };
        requestAnimationFrame(step);
      }),
    { target, frames },
  );
}

interface FrameStats {
  mean: number;
  worst: number;
  frames: number;
  /** Frames a 60 Hz display showed again for lack of a new one (a 50 ms gap drops 2). */
  dropped: number;
}

/** Record animation-frame intervals from now until `stop` is called; returns their mean. */
async function startFrameRecorder(page: Page): Promise<() => Promise<FrameStats>> {
  await page.evaluate(() => {
    const w = window as unknown as { frameLog: number[]; frameOn: boolean };
    w.frameLog = [];
    w.frameOn = true;
    const tick = (now: number) => {
      w.frameLog.push(now);
      if (w.frameOn) requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  });
  return () =>
    page.evaluate(() => {
      const w = window as unknown as { frameLog: number[]; frameOn: boolean };
      w.frameOn = false;
      const t = w.frameLog;
      const gaps = t.slice(1).map((v, i) => v - t[i]);
      const dropped = gaps.reduce((n, g) => n + Math.max(0, Math.round(g / (1000 / 60)) - 1), 0);
      return { mean: (t[t.length - 1] - t[0]) / Math.max(1, gaps.length), worst: Math.max(0, ...gaps), frames: gaps.length, dropped };
    });
}

/** Several gestures' frames as one record: frames and drops added up, the mean over all frames. */
function combine(runs: FrameStats[]): FrameStats {
  const frames = runs.reduce((n, r) => n + r.frames, 0);
  return {
    mean: runs.reduce((n, r) => n + r.mean * r.frames, 0) / Math.max(1, frames),
    worst: Math.max(0, ...runs.map((r) => r.worst)),
    frames,
    dropped: runs.reduce((n, r) => n + r.dropped, 0),
  };
}

/** Drags measured per size: each a third of the way to the centre, then 300 ms for the drop to settle. */
const DRAGS = 3;

/**
 * Drag from `from` with the real mouse, recording frames from before the pointer gets there
 * until the drop has settled. Each drag starts from a settled page: garbage left by what ran
 * before (the PNG export, the peers built and destroyed) is collected first, not mid-gesture.
 */
async function recordDrag(page: Page, from: { x: number; y: number }, to = { x: from.x + (720 - from.x) / 3, y: from.y + (450 - from.y) / 3 }): Promise<FrameStats> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.detach();
  await page.mouse.move(from.x - 60, from.y - 60);
  await page.waitForTimeout(300);
  const stop = await startFrameRecorder(page);
  await dragMouse(page, from, to, 30);
  await page.waitForTimeout(300);
  return stop();
}

/** A point of the page over the map's canvas with no node under it, to pan from. */
async function emptyMapPoint(page: Page, target: 'orbitCy' | 'peerCy'): Promise<{ x: number; y: number }> {
  return page.evaluate((target) => {
    const w = window as unknown as MapWindow;
    const cy = target === 'orbitCy' ? (document.querySelector('.orbit-map') as unknown as MapWindow).orbitCy! : w.peerCy!;
    const box = cy.container()!.getBoundingClientRect();
    for (let fy = 0.5; fy < 0.95; fy += 0.05) {
      for (const fx of [0.03, 0.97, 0.1, 0.9, 0.2, 0.8]) {
        const x = box.left + box.width * fx;
        const y = box.top + box.height * fy;
        const under = document.elementFromPoint(x, y);
        if (!under || under.tagName !== 'CANVAS' || !cy.container()!.contains(under)) continue;
        const hit = cy.nodes().some((n) => {
          const b = n.renderedBoundingBox();
          return x - box.left >= b.x1 - 4 && x - box.left <= b.x2 + 4 && y - box.top >= b.y1 - 4 && y - box.top <= b.y2 + 4;
        });
        if (!hit) return { x, y };
      }
    }
    throw new Error('no empty place on the map to pan from');
  }, target);
}

/** Mean frame time while a person pans (drags the background) and zooms (wheel) with the mouse. */
async function mousePanZoom(page: Page, target: 'orbitCy' | 'peerCy', steps: number) {
  const from = await emptyMapPoint(page, target);
  const stop = await startFrameRecorder(page);
  await page.mouse.move(from.x, from.y);
  await page.mouse.down();
  await page.mouse.move(from.x - 240, from.y - 120, { steps });
  await page.mouse.up();
  for (let i = 0; i < 6; i++) await page.mouse.wheel(0, i < 3 ? -120 : 120);
  return stop();
}

async function withTimeout<T>(p: Promise<T>, ms: number): Promise<T | null> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<null>((resolve) => (timer = setTimeout(() => resolve(null), ms)));
  try {
    return await Promise.race([p, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

/** `p`, or an error naming `step` when the page does not answer within the peer's time limit. */
async function must<T>(p: Promise<T>, step: string): Promise<T> {
  const value = await withTimeout(p, PEER_TIMEOUT_MS);
  if (value === null) throw new Error(`${step}: no answer from the page in ${PEER_TIMEOUT_MS / 1000} s`);
  return value;
}


/**
 * The peer: plain cytoscape (defaults, every label, every tie) on every contact and tie, at
 * the app's layout positions, in a container over the map; `webgl` turns on cytoscape's WebGL
 * renderer (3.31+). Resolves to the milliseconds to its first frame.
 */
function buildPeer(page: Page, people: string[][], links: string[][], webgl: boolean): Promise<number> {
  return page.evaluate(({ people, links, webgl }) => {
    const w = window as unknown as MapWindow;
    const source = (document.querySelector('.orbit-map') as unknown as MapWindow).orbitCy!;
    const positions = (source.scratch('orbitLayout') as { positions: Record<string, { x: number; y: number }> }).positions;
    const div = document.createElement('div');
    div.style.cssText = 'position:fixed;inset:0;background:#fff;z-index:1000';
    document.body.append(div);
    const t0 = performance.now();
    const elements: import('cytoscape').ElementDefinition[] = [{ group: 'nodes', data: { id: 'ego', label: 'You' }, position: { x: 0, y: 0 } }];
    for (const [id, label] of people) elements.push({ group: 'nodes', data: { id, label }, position: { ...positions[id]! } });
    for (const [id, source, target] of links) elements.push({ group: 'edges', data: { id: `tie:${id}`, source, target } });
    w.peerCy = w.cytoscape!({
      container: div,
      elements,
      layout: { name: 'preset' },
      style: [{ selector: 'node', style: { label: 'data(label)' } }],
      ...(webgl ? { renderer: { name: 'canvas', webgl: true } } : {}),
    } as import('cytoscape').CytoscapeOptions);
    return new Promise<number>((r) => requestAnimationFrame(() => requestAnimationFrame(() => r(performance.now() - t0))));
  }, { people, links, webgl });
}

const fps = (ms: number) => `${(1000 / ms).toFixed(1)} fps`;
/** Issue 6's targets, said beside the rows they apply to (30,000 contacts; dragging at 1,500). */
const verdict = (met: boolean, target: string) => `; target ${target}: ${met ? 'met' : 'MISSED'}`;
const TARGET_SIZE = 30000;

const suite: BenchSuite = {
  name: 'browser',
  async run(sizes) {
    const executablePath = chromiumPath();
    if (!executablePath) {
      console.error('browser: skipped (no Chromium)');
      return [];
    }
    ensureUiBuilt();
    const rows: BenchRow[] = [];
    const browser = await launchChromium(executablePath);
    try {
      for (const size of sizes) {
        const net = syntheticNetwork({ contacts: size });
        const onMap = net.contacts.filter((c) => c.orbit !== 'archived').length;
        const label = `${size} / ${net.ties.length} ties`;
        const server = await startServer(sqliteFactory);
        // A bulk write, as an import is: the server starts reading the new network for the
        // page's GET at once (routes/network.ts), so the first frame below includes less of it.
        await server.store.applyBatch({ createContacts: net.contacts, updateContacts: [], createTies: net.ties, createInteractions: [] });
        // bypassCSP: the peer's cytoscape is injected as a script into our (strict CSP) page.
        const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, acceptDownloads: true, bypassCSP: true });
        // tsx keeps function names with a `__name` helper that the page does not have.
        await context.addInitScript('window.__name = (f) => f');
        const page = await context.newPage();
        page.setDefaultTimeout(180_000);
        try {
          console.error(`browser: ${label}`);
          // First frame: from navigation start to the frame after the map holds every contact.
          await page.goto(`${server.url}/?test-hooks`);
          // Every contact drawn: as a cytoscape node, or on a big map as a far-field dot.
          await page.waitForFunction(
            (min) => {
              const el = document.querySelector('.orbit-map') as HTMLElement | null;
              return Number(el?.dataset.drawnContacts ?? 0) >= min;
            },
            onMap,
            { timeout: 180_000, polling: 50 },
          );
          const firstFrame = await must(
            page.evaluate(() => new Promise<number>((r) => requestAnimationFrame(() => requestAnimationFrame(() => r(performance.now()))))),
            'first frame',
          );
          // Where the time went: the page's User Timing marks (src/lib/timing.ts) and the network's resource timing.
          const steps = await page.evaluate(() => {
            const at = (name: string) => performance.getEntriesByName(`orbit:${name}`)[0]?.startTime ?? null;
            const net = performance.getEntriesByType('resource').find((e) => e.name.includes('/api/network')) as PerformanceResourceTiming | undefined;
            return { received: net?.responseEnd ?? null, parsed: at('network-parsed'), laidOut: at('layout-done'), drawn: at('map-first-render') };
          });
          const sec = (ms: number | null) => (ms === null ? '-' : `${(ms / 1000).toFixed(1)}`);
          const breakdown = `network in at ${sec(steps.received)} s, parsed ${sec(steps.parsed)}, laid out ${sec(steps.laidOut)}, drawn ${sec(steps.drawn)}`;
          await waitForStillMap(page);

          const frames = size > 5000 ? 20 : FRAMES;
          const ours = await must(panZoomFrames(page, 'orbitCy', frames), 'pan/zoom by script');
          await waitForStillMap(page);
          const oursMouse = await must(mousePanZoom(page, 'orbitCy', frames), 'pan/zoom by mouse');
          await waitForStillMap(page);

          // PNG export of the whole map through the menu, click to download.
          await page.getByRole('button', { name: 'Export' }).click();
          const t0 = performance.now();
          const [download] = await Promise.all([
            page.waitForEvent('download', { timeout: PEER_TIMEOUT_MS }),
            page.getByRole('menuitem', { name: 'PNG image' }).click(),
          ]);
          const png = pngSize(new Uint8Array(readFileSync((await download.path())!)));
          const exportMs = performance.now() - t0;
          // Peer: cytoscape's own full-map PNG at 2x, without our scale caps.
          const peerPng = await withTimeout(
            page.evaluate(async () => {
              const cy = (document.querySelector('.orbit-map') as unknown as MapWindow).orbitCy!;
              const t = performance.now();
              try {
                const blob = await cy.png({ full: true, scale: 2, output: 'blob-promise' });
                return { ms: performance.now() - t, ok: !!blob && blob.size > 0 };
              } catch {
                return { ms: performance.now() - t, ok: false };
              }
            }),
            PEER_TIMEOUT_MS,
          );
          rows.push({
            stage: 'map: PNG export of the whole map',
            size: label,
            oursMs: exportMs,
            peer: "cytoscape png({ full, scale: 2 })",
            peerMs: peerPng?.ms ?? null,
            note: `ours ${png.width} x ${png.height} px with title and legend; peer ${peerPng === null ? 'did not finish' : peerPng.ok ? 'gave a PNG' : 'gave no image (canvas cap)'}${size >= TARGET_SIZE ? verdict(exportMs < 10_000, '< 10 s') : ''}`,
          });

          // The peer: plain cytoscape on the same elements, in a container over the map.
          await page.addScriptTag({ content: readFileSync(CYTOSCAPE_JS, 'utf8') });
          // Every contact and tie of the network, at the app's layout positions.
          const people = net.contacts.filter((c) => c.orbit !== 'archived').map((c) => [c.id, c.name]);
          const present = new Set(people.map(([id]) => id));
          const links = net.ties.filter((t) => present.has(t.source) && present.has(t.target)).map((t) => [t.id, t.source, t.target]);
          const peerBuild = await withTimeout(buildPeer(page, people, links, false), PEER_TIMEOUT_MS);
          const peer = peerBuild === null ? null : await withTimeout(panZoomFrames(page, 'peerCy', frames), PEER_TIMEOUT_MS);
          const peerMouse = peer === null ? null : await withTimeout(mousePanZoom(page, 'peerCy', frames), PEER_TIMEOUT_MS);
          // The peer drags a contact the same way at 1,500 (every contact a node there; ours are dots, see below).
          let peerDrag: FrameStats | null = null;
          if (peer !== null && size === 1500) {
            const starts = await page.evaluate((count) => {
              const w = window as unknown as MapWindow;
              const box = w.peerCy!.container()!.getBoundingClientRect();
              const places = w
                .peerCy!.nodes()
                .filter((x) => x.id() !== 'ego')
                .map((x) => (x as NodeSingular).renderedPosition())
                .filter((p) => p.x > 200 && p.x < 1200 && p.y > 150 && p.y < 750);
              return places
                .filter((_, i) => i % 7 === 0)
                .slice(0, count)
                .map((p) => ({ x: box.left + p.x, y: box.top + p.y }));
            }, DRAGS);
            const runs: FrameStats[] = [];
            for (const at of starts) runs.push(await recordDrag(page, at));
            if (runs.length > 0) peerDrag = combine(runs);
          }
          rows.push({
            stage: 'map: first frame (navigation to full map)',
            size: label,
            oursMs: firstFrame,
            peer: 'plain cytoscape: build + first frame',
            peerMs: peerBuild,
            note: `peer excludes fetching, layout and the app; ours includes them (${breakdown})${size >= TARGET_SIZE ? verdict(firstFrame < 3000, '< 3 s') : ''}`,
          });
          rows.push({
            stage: 'map: pan/zoom by mouse, frame',
            size: label,
            oursMs: oursMouse.mean,
            peer: 'plain cytoscape defaults, all labels',
            peerMs: peerMouse?.mean ?? null,
            note: `ours ${fps(oursMouse.mean)}, worst ${oursMouse.worst.toFixed(0)} ms${peerMouse ? `; peer ${fps(peerMouse.mean)}, worst ${peerMouse.worst.toFixed(0)} ms` : '; peer did not finish'}${size >= TARGET_SIZE ? verdict(oursMouse.mean <= 1000 / 30, '>= 30 fps') : ''}`,
          });
          rows.push({
            stage: 'map: pan/zoom by script (cy.panBy/zoom), frame',
            size: label,
            oursMs: ours,
            peer: 'plain cytoscape defaults, all labels',
            peerMs: peer,
            note: `ours ${fps(ours)}${peer === null ? `; peer gave no frame in ${PEER_TIMEOUT_MS / 1000} s` : `, peer ${fps(peer)}`}; software rendering`,
          });
          const dropPeer = () =>
            withTimeout(
              page.evaluate(() => {
                const w = window as unknown as MapWindow;
                const div = w.peerCy?.container();
                w.peerCy?.destroy();
                div?.remove();
                w.peerCy = undefined;
              }),
              PEER_TIMEOUT_MS,
            );
          await dropPeer();

          // The same peer on cytoscape's WebGL renderer (here WebGL runs on the CPU: SwiftShader),
          // unless the plain one could not even pan.
          if (peer !== null) {
            const glBuild = await withTimeout(buildPeer(page, people, links, true), PEER_TIMEOUT_MS);
            const glMouse = glBuild === null ? null : await withTimeout(mousePanZoom(page, 'peerCy', frames), PEER_TIMEOUT_MS);
            rows.push({
              stage: 'map: pan/zoom by mouse, frame (WebGL peer)',
              size: label,
              oursMs: oursMouse.mean,
              peer: 'plain cytoscape, webgl: true',
              peerMs: glMouse?.mean ?? null,
              note: glMouse ? `first frame ${((glBuild ?? 0) / 1000).toFixed(1)} s; peer ${fps(glMouse.mean)}, worst ${glMouse.worst.toFixed(0)} ms; no GPU here` : 'peer did not finish',
            });
            await dropPeer();
          }

          if (size >= 1500) {
            // Drag a contact a third of the way to the centre with the real mouse: an outer
            // planet on screen, a node or (past the far field's threshold) a dot, which the
            // pointer turns into a node on the way. The recording starts before the pointer
            // reaches it, so hovering and picking it up are in the frames. At 30,000 the dots
            // at overview are too small to point at: the view is first zoomed in on the outer
            // ring, as a person would, until a dot is ~12 px across.
            const zoomed = size >= TARGET_SIZE;
            if (zoomed) {
              await page.evaluate(() => {
                const cy = (document.querySelector('.orbit-map') as unknown as MapWindow).orbitCy!;
                const layout = cy.scratch('orbitLayout') as { options: { nodeSize: number } };
                const ring = cy.getElementById('ring:outer');
                const r = Number(ring.data('size')) / 2;
                const level = 12 / layout.options.nodeSize;
                cy.zoom(level);
                // The outer ring's lower-left stretch in the middle of the view.
                cy.pan({ x: cy.width() / 2 - (-r * 0.7) * level, y: cy.height() / 2 - r * 0.7 * level });
              });
              await page.waitForTimeout(1500);
            }
            const starts = await page.evaluate((count) => {
              const el = document.querySelector('.orbit-map') as unknown as MapWindow & HTMLElement;
              const cy = el.orbitCy!;
              const box = el.getBoundingClientRect();
              const far = cy.scratch('farField') as { active: boolean; planets(orbit: string): { id: string; x: number; y: number }[] } | undefined;
              const onScreen = (p: { x: number; y: number }) => p.x > 200 && p.x < 1200 && p.y > 150 && p.y < 750;
              for (const orbit of ['outer', 'tweener', 'core']) {
                const places = far?.active
                  ? far.planets(orbit).map((d) => ({ x: d.x * cy.zoom() + cy.pan().x, y: d.y * cy.zoom() + cy.pan().y }))
                  : cy.nodes(`node.contact.${orbit}`).map((n) => n.renderedPosition());
                const found = places.filter(onScreen);
                // Every seventh: apart, and none of them moved by an earlier drag.
                if (found.length > 0) return found.filter((_, i) => i % 7 === 0).slice(0, count).map((p) => ({ x: box.left + p.x, y: box.top + p.y }));
              }
              return [];
            }, DRAGS);
            const runs: FrameStats[] = [];
            for (const from of starts) {
              runs.push(await recordDrag(page, from));
              await waitForStillMap(page);
            }
            // Then the gesture the map is for: a contact dragged from its orbit onto another
            // (outer onto the tweener ring, at the same angle), which saves the move, places the
            // contact where it was dropped (the rest of the map stays) and syncs the map while
            // it snaps onto its ring. Other outer contacts than those above. At 30,000 the view
            // is first moved, at the same zoom, to where the tweener ring meets the outer one,
            // and the drags start on the outer ring's first band.
            const moveRuns: FrameStats[] = [];
            if (zoomed) {
              await page.evaluate(() => {
                const cy = (document.querySelector('.orbit-map') as unknown as MapWindow).orbitCy!;
                const layout = cy.scratch('orbitLayout') as { rings: { inner: number; outer: number }[] };
                const middle = (layout.rings[1]!.outer + layout.rings[2]!.inner) / 2;
                const at = { x: middle * Math.cos(-Math.PI / 4), y: middle * Math.sin(-Math.PI / 4) };
                cy.pan({ x: cy.width() / 2 - at.x * cy.zoom(), y: cy.height() / 2 - at.y * cy.zoom() });
              });
              await page.waitForTimeout(1500);
            }
            const moves = await page.evaluate(
              ({ count, firstBand }) => {
                const el = document.querySelector('.orbit-map') as unknown as MapWindow & HTMLElement;
                const cy = el.orbitCy!;
                const box = el.getBoundingClientRect();
                const layout = cy.scratch('orbitLayout') as { rings: { orbit: string; radius: number; bands: number[] }[] };
                const tweener = layout.rings.find((r) => r.orbit === 'tweener')!.radius;
                const outerFirst = layout.rings.find((r) => r.orbit === 'outer')!.bands[0]!;
                const far = cy.scratch('farField') as { active: boolean; planets(orbit: string): { id: string; x: number; y: number }[] } | undefined;
                const model = far?.active ? far.planets('outer') : cy.nodes('node.contact.outer').map((n) => ({ id: n.id(), ...n.position() }));
                const screen = (p: { x: number; y: number }) => ({ x: box.left + p.x * cy.zoom() + cy.pan().x, y: box.top + p.y * cy.zoom() + cy.pan().y });
                const onScreen = (p: { x: number; y: number }) => p.x > box.left + 200 && p.x < box.left + 1200 && p.y > box.top + 150 && p.y < box.top + 750;
                const onTweener = (p: { x: number; y: number }) => {
                  const r = Math.hypot(p.x, p.y);
                  return { x: (p.x / r) * tweener, y: (p.y / r) * tweener };
                };
                return model
                  .filter((p) => onScreen(screen(p)) && onScreen(screen(onTweener(p))) && (!firstBand || Math.hypot(p.x, p.y) < outerFirst + 1))
                  .filter((_, i) => i % 7 === 3)
                  .slice(0, count)
                  .map((p) => ({ from: screen(p), to: screen(onTweener(p)) }));
              },
              { count: DRAGS, firstBand: zoomed },
            );
            // Each drop saves the move: a PATCH of the contact's orbit.
            let movesSaved = 0;
            const saves = (req: PageRequest) => void (req.method() === 'PATCH' && req.url().includes('/api/contacts/') && movesSaved++);
            page.on('request', saves);
            for (const { from, to } of moves) {
              moveRuns.push(await recordDrag(page, from, to));
              await waitForStillMap(page);
            }
            page.off('request', saves);
            if (moves.length !== DRAGS || movesSaved !== moves.length) throw new Error(`bench: ${moves.length} drags onto another orbit (of ${DRAGS}) saved ${movesSaved} moves`);
            if (runs.length > 0) {
              const drag = combine(runs);
              const peerNote = peerDrag ? `; peer ${peerDrag.frames} frames, ${peerDrag.dropped} dropped, worst ${peerDrag.worst.toFixed(0)} ms` : '';
              rows.push({
                stage: zoomed ? 'map: drag a contact (mouse, zoomed in), frame' : 'map: drag a contact (mouse), frame',
                size: label,
                oursMs: drag.mean,
                peer: peerDrag ? 'plain cytoscape, same drags' : '-',
                peerMs: peerDrag?.mean ?? null,
                note: `${runs.length} drags from hover to settled drop${zoomed ? ', view zoomed in to dots 12 px across' : ''}: ours ${drag.frames} frames, ${drag.dropped} dropped, worst ${drag.worst.toFixed(0)} ms${peerNote}; 60 fps = 16.7 ms${size === 1500 ? verdict(drag.dropped === 0, 'no dropped frames') : ''}`,
              });
            }
            if (moveRuns.length > 0) {
              const drag = combine(moveRuns);
              rows.push({
                stage: zoomed ? 'map: drag a contact onto another orbit (mouse, zoomed in), frame' : 'map: drag a contact onto another orbit (mouse), frame',
                size: label,
                oursMs: drag.mean,
                peer: '-',
                peerMs: null,
                note: `${moveRuns.length} drags, outer onto the tweener ring, each saved as a move, from hover to settled drop (placed where dropped, the rest of the map still)${zoomed ? ', view zoomed in to dots 12 px across' : ''}: ours ${drag.frames} frames, ${drag.dropped} dropped, worst ${drag.worst.toFixed(0)} ms; 60 fps = 16.7 ms${size === 1500 ? verdict(drag.dropped === 0, 'no dropped frames') : ''}`,
              });
            }
          }
        } catch (err) {
          rows.push({
            stage: 'map: did not finish',
            size: label,
            oursMs: NaN,
            peer: '-',
            peerMs: null,
            note: (err as Error).message.split('\n')[0].slice(0, 160),
          });
        } finally {
          await context.close().catch(() => undefined);
          await server.close();
        }
      }
    } finally {
      await browser.close();
    }
    return rows;
  },
};

export default suite;
