export * from './types';
export { syntheticNetwork, SYNTHETIC_DEFAULTS, type SyntheticOptions } from './synthetic-network';
export { mulberry32, hashSeed, addDays, type Rng } from './random';
export { sampleNetwork } from './sample-network';
export { SAMPLE_EGO } from './sample-people';
