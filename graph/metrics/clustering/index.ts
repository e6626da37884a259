export { localClustering } from './local-clustering';
