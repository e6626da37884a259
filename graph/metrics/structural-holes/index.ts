export { constraint } from './constraint';
export { effectiveSize } from './effective-size';
