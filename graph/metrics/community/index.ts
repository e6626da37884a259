export { louvain, communities, type Partition } from './louvain';
export { components, componentCount, componentIndex } from './components';
