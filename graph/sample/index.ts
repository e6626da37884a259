export * from './types';
export { syntheticNetwork, SYNTHETIC_DEFAULTS, type SyntheticOptions } from './synthetic-network';
export { mulberry32, hashSeed, addDays, type Rng } from './random';
