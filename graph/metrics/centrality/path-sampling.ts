// Betweenness estimated from sampled shortest paths (Riondato & Kornaropoulos 2016; the
// balanced bidirectional search of KADABRA, Borassi & Natale 2019): draw an ordered pair of
// distinct contacts uniformly, search from both ends at once (always growing the side whose
// next level has fewer ties to scan) until the two meet, draw one of the pair's shortest paths
// uniformly and count a hit for each contact inside it. A contact's hit rate estimates its
// share of all pairs' shortest paths, i.e. its normalised betweenness, without bias; the hits
// are binomial, so the standard error of each estimate is known from the estimate itself.
//
// Per unit of work this is far more accurate for the top brokers than pivot sampling: a
// search from one pivot costs the whole graph (~180,000 tie scans at 30,000 contacts / 90,000
// ties) and a broker's dependency on pivots varies wildly (coefficient of variation ~4 for the
// top brokers of the synthetic 30,000 network, mostly from pivots next to it), where a
// bidirectional search between two contacts scans ~900 ties. Measured there: 500 pivots
// (uniform or stratified by community) leave a 15% standard error at the 20th broker; the same
// CPU time buys ~200,000 path samples, which leave 1.9% (300,000, the default: 1.5%; see
// tests/graph/metrics/sampling.test.ts).
//
// Samples come in blocks, each drawn from its own seeded generator, so any split of the blocks
// (another worker thread runs some) gives, merged, exactly the hits of one run over all (hits
// are counts). Blocks are claimed one at a time through `claim`, so two threads sharing a
// counter (Atomics on a SharedArrayBuffer) balance the work between them whatever else each
// has to do or however loaded its core is, and still give the same answer.
import { seededRandom } from '../random';

export interface PathPlan {
  /** The index to search (any node order; the pivot plan's locality order is fastest). */
  starts: Int32Array;
  neighbors: Int32Array;
  seed: number;
  blockSize: number;
  blocks: number;
}

export interface PathSums {
  /** Per node: sampled shortest paths it lies inside of. */
  hits: Float64Array;
  samples: number;
}

export const PATH_BLOCK_SIZE = 4096;

/** A plan for about `samples` path samples (whole blocks). */
export function planPaths(starts: Int32Array, neighbors: Int32Array, samples: number, seed: number): PathPlan {
  const blocks = Math.max(1, Math.ceil(samples / PATH_BLOCK_SIZE));
  return { starts, neighbors, seed, blockSize: PATH_BLOCK_SIZE, blocks };
}

function blockRandom(seed: number, block: number) {
  return seededRandom((Math.imul(seed ^ 0x5bd1e995, 0x9e3779b1) ^ Math.imul(block + 1, 0x85ebca6b)) >>> 0);
}

/** Claims blocks from..to-1 in turn (then `to` and beyond: none left). */
export function blockRange(from: number, to: number): () => number {
  let next = from;
  return () => (next < to ? next++ : Number.MAX_SAFE_INTEGER);
}

/** Claims blocks through a counter shared between threads (an Int32Array on a SharedArrayBuffer, starting at 0). */
export function sharedBlocks(counter: Int32Array): () => number {
  return () => Atomics.add(counter, 0, 1);
}

export function emptyPathSums(n: number): PathSums {
  return { hits: new Float64Array(n), samples: 0 };
}

/**
 * The samples of every block `claim` hands out until it gives one past the last (all of them
 * by default), their hits added into `sums` (a fresh one by default).
 */
export function samplePathBlocks(
  plan: PathPlan,
  claim: () => number = blockRange(0, plan.blocks),
  sums: PathSums = emptyPathSums(plan.starts.length - 1),
): PathSums {
  const { starts, neighbors, blockSize } = plan;
  const n = starts.length - 1;
  const { hits } = sums;
  if (n < 2) return sums;
  // mark[v]: 0 unreached, d + 1 when the search from s reached v at distance d, -(d + 1) when
  // the search from t did (one read per tie scanned tells both whether and from which side).
  const mark = new Int32Array(n);
  // Shortest paths from the end whose search reached v (one array serves both: a node is
  // reached by one side only).
  const sigma = new Float64Array(n);
  const queueA = new Int32Array(n);
  const queueB = new Int32Array(n);
  // Ties between the two searches where they met, and the shortest paths through each.
  const meetNear = new Int32Array(neighbors.length + 1);
  const meetFar = new Int32Array(neighbors.length + 1);
  const meetPaths = new Float64Array(neighbors.length + 1);

  for (let b = claim(); b < plan.blocks; b = claim()) {
    const random = blockRandom(plan.seed, b);
    for (let k = 0; k < blockSize; k++) {
      const s = Math.floor(random() * n);
      let t = Math.floor(random() * (n - 1));
      if (t >= s) t++;
      let headA = 0;
      let tailA = 0;
      let headB = 0;
      let tailB = 0;
      queueA[tailA++] = s;
      mark[s] = 1;
      sigma[s] = 1;
      queueB[tailB++] = t;
      mark[t] = -1;
      sigma[t] = 1;
      let workA = starts[s + 1] - starts[s];
      let workB = starts[t + 1] - starts[t];
      let meetings = 0;
      let total = 0;
      let metFromA = false;
      while (meetings === 0 && headA < tailA && headB < tailB) {
        // Grow the side whose next level scans fewer ties, one whole level. The two sides are
        // written out apart (no sign to multiply by, no array to pick): ~8% less time per sample.
        if (workA <= workB) {
          // Side A: its marks are +(d + 1), the other side's negative.
          const levelEnd = tailA;
          let work = 0;
          for (; headA < levelEnd; headA++) {
            const v = queueA[headA];
            const next = mark[v] + 1;
            const sv = sigma[v];
            const end = starts[v + 1];
            for (let j = starts[v]; j < end; j++) {
              const w = neighbors[j];
              const m = mark[w];
              if (m < 0) {
                const paths = sv * sigma[w];
                meetNear[meetings] = v;
                meetFar[meetings] = w;
                meetPaths[meetings++] = paths;
                total += paths;
              } else if (meetings === 0) {
                if (m === 0) {
                  mark[w] = next;
                  sigma[w] = sv;
                  queueA[tailA++] = w;
                  work += starts[w + 1] - starts[w];
                } else if (m === next) sigma[w] += sv;
              }
            }
          }
          workA = work;
          metFromA = true;
        } else {
          // Side B: the same with the signs flipped.
          const levelEnd = tailB;
          let work = 0;
          for (; headB < levelEnd; headB++) {
            const v = queueB[headB];
            const next = mark[v] - 1;
            const sv = sigma[v];
            const end = starts[v + 1];
            for (let j = starts[v]; j < end; j++) {
              const w = neighbors[j];
              const m = mark[w];
              if (m > 0) {
                const paths = sv * sigma[w];
                meetNear[meetings] = v;
                meetFar[meetings] = w;
                meetPaths[meetings++] = paths;
                total += paths;
              } else if (meetings === 0) {
                if (m === 0) {
                  mark[w] = next;
                  sigma[w] = sv;
                  queueB[tailB++] = w;
                  work += starts[w + 1] - starts[w];
                } else if (m === next) sigma[w] += sv;
              }
            }
          }
          workB = work;
          metFromA = false;
        }
      }
      if (meetings > 0) {
        // One of the shortest paths, uniformly: a meeting tie by its paths, then back to each end.
        let r = random() * total;
        let e = 0;
        while (e < meetings - 1 && r >= meetPaths[e]) r -= meetPaths[e++];
        const nearA = metFromA ? meetNear[e] : meetFar[e];
        const nearB = metFromA ? meetFar[e] : meetNear[e];
        for (let side = 0; side < 2; side++) {
          const sign = side === 0 ? 1 : -1;
          const end = side === 0 ? s : t;
          let x = side === 0 ? nearA : nearB;
          while (x !== end) {
            hits[x]++;
            // A predecessor with probability sigma[u] / sigma[x].
            let pick = random() * sigma[x];
            const up = sign * mark[x] - 1;
            let next = -1;
            for (let j = starts[x]; j < starts[x + 1]; j++) {
              const u = neighbors[j];
              if (sign * mark[u] === up) {
                next = u;
                pick -= sigma[u];
                if (pick < 0) break;
              }
            }
            x = next;
          }
        }
      }
      for (let i = 0; i < tailA; i++) mark[queueA[i]] = 0;
      for (let i = 0; i < tailB; i++) mark[queueB[i]] = 0;
    }
    sums.samples += blockSize;
  }
  return sums;
}

export function mergePathSums(into: PathSums, from: PathSums): PathSums {
  for (let i = 0; i < into.hits.length; i++) into.hits[i] += from.hits[i];
  into.samples += from.samples;
  return into;
}

/**
 * Ordered-pair betweenness sums (as Brandes accumulates them) and their standard errors, per
 * node of the plan's index. The error is binomial, with the hit rate shrunk to (hits + 1) /
 * (samples + 2) so a contact no sample passed through still gets a non-zero error.
 */
export function betweennessFromPaths(sums: PathSums): { betweenness: Float64Array; error: Float64Array } {
  const n = sums.hits.length;
  const pairs = n * (n - 1);
  const betweenness = new Float64Array(n);
  const error = new Float64Array(n);
  const S = sums.samples;
  if (S === 0) return { betweenness, error };
  for (let v = 0; v < n; v++) {
    betweenness[v] = (pairs * sums.hits[v]) / S;
    const p = (sums.hits[v] + 1) / (S + 2);
    error[v] = pairs * Math.sqrt((p * (1 - p)) / S);
  }
  return { betweenness, error };
}
