// Entry of a worker thread: loads the TypeScript module named in workerData.entry through
// tsx, as the main thread was (workers do not inherit the main thread's loader).
import { workerData } from 'node:worker_threads';
import { tsImport } from 'tsx/esm/api';

await tsImport(workerData.entry, import.meta.url);
