export { louvain, louvainOnIndex, communities, type Partition, type IndexPartition } from './louvain';
export { components, componentCount, componentIndex } from './components';
