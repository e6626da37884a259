// Seeded pseudo-random numbers: mulberry32 (Tommy Ettinger, public domain), a 32-bit state,
// fast and identical in every JS engine, so Louvain, pivot sampling and the generated networks
// give the same answer for the same seed on every run.

/** A function returning floats in [0, 1), the same sequence for the same seed. */
export type Rng = () => number;

export function mulberry32(seed: number): Rng {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
