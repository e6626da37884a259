import { describe, expect, it } from 'vitest';
import { contactGraph, networkMetrics } from '../../graph/metrics';
import { syntheticNetwork } from '../../graph/sample';
import { measureNetwork, metricsOffThread } from '../../server/metrics-thread';

describe('metricsOffThread', () => {
  const net = syntheticNetwork({ contacts: 400 });

  it('answers what networkMetrics answers on the main thread', async () => {
    const inline = networkMetrics(contactGraph(net.contacts, net.ties));
    const off = await metricsOffThread({ contacts: net.contacts, ties: net.ties });
    expect(off).toEqual(inline);
    expect(Object.keys(off.contacts)).toHaveLength(400);
  }, 60_000);

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
