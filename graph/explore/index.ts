export * from './filters';
export * from './history';
export * from './search';
export * from './text';
export * from './neighbourhood';
