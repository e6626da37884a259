import { describe, expect, it } from 'vitest';
import { contactGraph, networkMetrics } from '../../graph/metrics';
import { syntheticNetwork } from '../../graph/sample';
import { measureNetwork, metricsOffThread, MetricsWorker } from '../../server/metrics-thread';

describe('metricsOffThread', () => {
  const net = syntheticNetwork({ contacts: 400 });

  it('answers what networkMetrics answers on the main thread', async () => {
    const inline = networkMetrics(contactGraph(net.contacts, net.ties));
    const off = await metricsOffThread({ contacts: net.contacts, ties: net.ties });
    expect(off).toEqual(inline);
    expect(Object.keys(off.contacts)).toHaveLength(400);
  }, 60_000);

  it('skips the ties contactGraph skips (self-loops, repeats, unknown contacts)', async () => {
    const contacts = ['a', 'b', 'c', 'd'].map((id) => ({ id, name: id }));
    const tie = (id: string, source: string, target: string, weight: number | null = null) => ({ id, source, target, weight });
    const ties = [tie('1', 'a', 'b', 0.5), tie('2', 'b', 'a', 0.9), tie('3', 'b', 'c'), tie('4', 'c', 'c'), tie('5', 'c', 'nobody'), tie('6', 'c', 'd')];
    const off = await metricsOffThread({ contacts, ties });
    expect(off).toEqual(networkMetrics(contactGraph(contacts, ties)));
    expect(off.summary).toMatchObject({ nodes: 4, edges: 3 });
  }, 60_000);

  it('answers job after job from one kept worker, and starts a new one after close', async () => {
    const worker = new MetricsWorker();
    const small = syntheticNetwork({ contacts: 120, seed: 4 });
    try {
      const [a, b] = await Promise.all([worker.measure(net), worker.measure(small)]);
      expect(a).toEqual(networkMetrics(contactGraph(net.contacts, net.ties)));
      expect(b).toEqual(networkMetrics(contactGraph(small.contacts, small.ties)));
      await worker.close();
      worker.warm();
      worker.warm();
      expect((await worker.measure(small)).summary.nodes).toBe(120);
    } finally {
      await worker.close();
    }
  }, 60_000);

  it('shares sampled betweenness with a helper thread above 5,000 contacts and answers what the main thread answers', async () => {
    const big = syntheticNetwork({ contacts: 5200, seed: 2 });
    const worker = new MetricsWorker();
    try {
      const off = await worker.measure(big);
      const inline = networkMetrics(contactGraph(big.contacts, big.ties));
      expect(off.approximate).toBe(true);
      expect(off.sampling).toMatchObject({ pathSamples: expect.any(Number), topBrokers: { count: 20 } });
      expect(off).toEqual(inline);
      const someone = Object.values(off.contacts).find((c) => c.betweenness > 0)!;
      expect(someone.betweennessError).toBeGreaterThan(0);
      expect(someone.closenessError).toBeGreaterThan(0);
    } finally {
      await worker.close();
    }
  }, 300_000);

  it('keeps the event loop free while the worker computes', async () => {
    let ticks = 0;
    const timer = setInterval(() => ticks++, 5);
    const t0 = performance.now();
    await measureNetwork({ contacts: net.contacts, ties: net.ties }, 0);
    clearInterval(timer);
    const elapsed = performance.now() - t0;
    // A blocked loop would tick about once; a free one about every 5 ms of the wait.
    expect(ticks).toBeGreaterThan(Math.min(20, elapsed / 5 / 4));
  }, 60_000);
});
