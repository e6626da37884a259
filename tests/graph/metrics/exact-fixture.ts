// Exact betweenness and closeness of the 30,000-contact synthetic network, computed once
// (bench/metrics.ts writeExactFixture: Brandes from every one of the 30,000 sources, ~3 minutes
// here, or graphology-metrics, 30+ minutes on the loaded machine) and kept as the top 100 of
// each. The fingerprint ties it to the very graph it was computed on: if graph/sample changes
// the network, the fixture must be made again.
import { readFileSync } from 'node:fs';
import type { AbstractGraph } from 'graphology-types';

export const EXACT_FIXTURE = new URL('synthetic-30k-exact.json', import.meta.url);

export interface ExactFixture {
  network: { contacts: number; seed: number; fingerprint: string };
  /** Exact values of the top 100 contacts, largest first. */
  betweenness: [string, number][];
  closeness: [string, number][];
  /** What computed the exact values. */
  computedBy: string;
  made: string;
}

/** FNV-1a over the edge list: nodes/edges/hash. */
export function graphFingerprint(graph: AbstractGraph): string {
  let h = 0x811c9dc5;
  graph.forEachEdge((_e, _a, s, t) => {
    const text = `${s} ${t};`;
    for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193) >>> 0;
  });
  return `${graph.order}/${graph.size}/${h.toString(16)}`;
}

export function readExactFixture(): ExactFixture {
  return JSON.parse(readFileSync(EXACT_FIXTURE, 'utf8')) as ExactFixture;
}
