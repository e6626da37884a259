// Shared shape of benchmark results: one row per stage and size, ours beside the peer's.
export interface BenchRow {
  stage: string;
  size: string;
  /** Our time in milliseconds. */
  oursMs: number;
  /** What we compare against, e.g. 'exact graphology-metrics', 'one query per row'. */
  peer: string;
  /** The peer's time on the same data in the same run; null when it was not run (say why in note). */
  peerMs: number | null;
  note?: string;
}

export interface BenchSuite {
  name: string;
  /** Sizes to run, e.g. [150, 1500, 30000]; the runner may pass a smaller list (--quick). */
  run(sizes: number[]): Promise<BenchRow[]>;
}

export function timeIt<T>(fn: () => T): { ms: number; value: T } {
  const t0 = performance.now();
  const value = fn();
  return { ms: performance.now() - t0, value };
}

export async function timeAsync<T>(fn: () => Promise<T>): Promise<{ ms: number; value: T }> {
  const t0 = performance.now();
  const value = await fn();
  return { ms: performance.now() - t0, value };
}

function fmt(ms: number | null): string {
  if (ms === null) return '-';
  return ms >= 1000 ? `${(ms / 1000).toFixed(2)} s` : `${ms.toFixed(1)} ms`;
}

export function printTable(rows: BenchRow[]): string {
  const header = ['stage', 'size', 'ours', 'peer', 'peer time', 'peer/ours', 'note'];
  const body = rows.map((r) => [
    r.stage,
    r.size,
    fmt(r.oursMs),
    r.peer,
    fmt(r.peerMs),
    r.peerMs === null ? '-' : `${(r.peerMs / r.oursMs).toFixed(1)}x`,
    r.note ?? '',
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...body.map((row) => row[i].length)));
  const line = (cells: string[]) => cells.map((c, i) => c.padEnd(widths[i])).join(' | ');
  return [line(header), widths.map((w) => '-'.repeat(w)).join('-|-'), ...body.map(line)].join('\n');
}
