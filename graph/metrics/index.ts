export * from './centrality';
export * from './clustering';
export * from './community';
export * from './structural-holes';
export { density } from './density';
export { mutualTies, mutualTiesOf, mutualTiesBetween } from './mutual-ties';
export { bridges, bridgesOfEdges, type Bridge } from './bridges';
export { contactGraph, type ContactGraph } from './contact-graph';
export {
  networkMetrics,
  networkMetricsOfEdges,
  metricsByContact,
  type MetricsArrays,
  type NetworkMetrics,
  type ContactMetrics,
  type NetworkSummary,
  type SamplingReport,
} from './network-metrics';
export { buildCsr, csrFromEdges, type Csr, type EdgeList } from './csr';
export { communityLabels, type CommunityLabel } from './community/community-labels';
export { describeContact, describeThresholds } from './describe-contact';
export { seededRandom } from './random';
export type { EdgeWeightGetter, EdgeWeightFn } from './weights';
