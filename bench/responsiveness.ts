// Is the server still answering while it measures a big network? GET /api/metrics on a fresh
// version through a listening app, with GET /api/health sent every 25 ms meanwhile (the client
// shares the process, so a gap is the event loop stalled): ours
// measures in a worker thread (above 5,000 contacts sharing the sampled shortest paths with a
// helper thread, so both cores work); the peer computes the same measures on the event loop
// (as the route did before). Reported: the longest /api/health wait, and the metrics time, for the
// first version after start (the worker starts) and for the next one (after a write; the
// worker is kept).
import { loadavg } from 'node:os';
import { syntheticNetwork } from '../graph/sample';
import { contactGraph, networkMetrics } from '../graph/metrics';
import { buildApp } from '../server/app';
import { makeSqliteStore } from '../tests/support/stores';
import type { BenchRow, BenchSuite } from './table';

/** Runs `work` while polling /api/health; returns the longest gap between two answers. */
async function whileHealthPolled(url: string, work: () => Promise<unknown>): Promise<{ ms: number; longestWait: number }> {
  let longestWait = 0;
  let running = true;
  let last = performance.now();
  const poll = (async () => {
    while (running) {
      await fetch(`${url}/api/health`).then((r) => r.text());
      const now = performance.now();
      longestWait = Math.max(longestWait, now - last);
      last = now;
      await new Promise((r) => setTimeout(r, 25));
    }
  })();
  await new Promise((r) => setTimeout(r, 100));
  const t0 = performance.now();
  await work();
  const ms = performance.now() - t0;
  running = false;
  await poll;
  // The poller may have been asleep through a stall: one more answer closes the last gap.
  await fetch(`${url}/api/health`).then((r) => r.text());
  longestWait = Math.max(longestWait, performance.now() - last);
  return { ms, longestWait };
}

const suite: BenchSuite = {
  name: 'responsiveness',
  async run(sizes) {
    const rows: BenchRow[] = [];
    for (const size of sizes) {
      const net = syntheticNetwork({ contacts: size });
      const store = await makeSqliteStore();
      await store.applyBatch({ createContacts: net.contacts, updateContacts: [], createTies: net.ties, createInteractions: [] });
      const app = await buildApp({ store });
      await app.listen({ host: '127.0.0.1', port: 0 });
      const address = app.server.address();
      const url = typeof address === 'object' && address ? `http://127.0.0.1:${address.port}` : '';
      try {
        let how = '';
        const metrics = async () => {
          const res = await fetch(`${url}/api/metrics`);
          if (!res.ok) throw new Error(`responsiveness bench: HTTP ${res.status}`);
          const body = (await res.json()) as { sampling?: { pathSamples: number; pivots: number } };
          how = body.sampling ? `; sampled: ${body.sampling.pathSamples.toLocaleString('en')} paths on 2 threads, ${body.sampling.pivots} pivots` : '';
        };
        const load = loadavg()[0];
        const cpu0 = process.cpuUsage();
        const ours = await whileHealthPolled(url, metrics);
        const cpu = process.cpuUsage(cpu0);
        await store.updateEgo({ headline: 'next version' });
        const cpu1 = process.cpuUsage();
        const next = await whileHealthPolled(url, metrics);
        const cpuNext = process.cpuUsage(cpu1);
        const seconds = (c: NodeJS.CpuUsage) => ((c.user + c.system) / 1e6).toFixed(1);
        const peer = await whileHealthPolled(url, async () => {
          networkMetrics(contactGraph(net.contacts, net.ties));
        });
        rows.push({
          stage: 'longest gap between /api/health answers during metrics',
          size: `${size} / ${net.ties.length} ties`,
          oursMs: ours.longestWait,
          peer: 'same measures on the event loop',
          peerMs: peer.longestWait,
          note: `load average ${load.toFixed(1)} before; metrics took ${(ours.ms / 1000).toFixed(1)} s, process cpu (all threads) ${seconds(cpu)} s (ours${size > 2000 ? ', worker thread started' : ', inline below 2,000'}${how}) / ${(peer.ms / 1000).toFixed(1)} s (peer)${
            size >= 30000 ? `; target < 5 s: ${ours.ms < 5000 ? 'met' : 'MISSED'}` : ''
          }`,
        });
        rows.push({
          stage: 'the same after a write (next version)',
          size: `${size} / ${net.ties.length} ties`,
          oursMs: next.longestWait,
          peer: 'same measures on the event loop',
          peerMs: peer.longestWait,
          note: `metrics took ${(next.ms / 1000).toFixed(1)} s, process cpu (all threads) ${seconds(cpuNext)} s (ours${size > 2000 ? ', worker kept' : ''})${
            size >= 30000 ? `; target < 5 s: ${next.ms < 5000 ? 'met' : 'MISSED'}` : ''
          }`,
        });
      } finally {
        await app.close();
        await store.close();
      }
    }
    return rows;
  },
};

export default suite;
