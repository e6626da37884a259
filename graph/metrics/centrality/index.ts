export { degree } from './degree';
export { betweenness, isSampled } from './betweenness';
export { closeness } from './closeness';
export { eigenvector } from './eigenvector';
export { pagerank } from './pagerank';
export { estimateByPivots } from './pivot-sampling';
