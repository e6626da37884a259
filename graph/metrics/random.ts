// Louvain and pivot sampling draw from the shared seeded generator.
export { mulberry32 as seededRandom } from '../random';
