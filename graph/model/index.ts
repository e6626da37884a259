export * from './vocabulary';
export * from './orbits';
export * from './types';
export * from './contact';
export * from './ids';
export * from './columns';
