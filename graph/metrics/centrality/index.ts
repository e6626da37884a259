export { degree } from './degree';
export { betweenness, isSampled } from './betweenness';
export { closeness } from './closeness';
export { eigenvector, eigenvectorOnIndex } from './eigenvector';
export { pagerank, pagerankOnIndex } from './pagerank';
export { estimateByPivots } from './pivot-sampling';
