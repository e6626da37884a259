// The main thread's side of sqlite-reader-thread.mjs: one worker per store file, started on first
// use and kept (idle, it does not keep the process alive); close() ends it. A worker that dies
// fails the reads in flight and is replaced by the next read.
import { Worker } from 'node:worker_threads';

export interface SnapshotQuery {
  sql: string;
  /** The first column of the first row, else the first row as an object. */
  pluck: boolean;
  /** A text result comes back as its UTF-8 bytes (moved between threads rather than copied). */
  bytes?: boolean;
}

type Waiting = { resolve: (results: unknown[]) => void; reject: (err: Error) => void };

export class SnapshotReader {
  #worker: Worker | null = null;
  #next = 1;
  readonly #waiting = new Map<number, Waiting>();
  constructor(private readonly file: string) {}

  /** Start the thread now (its connection opened, idle), so the first big read does not wait for it. */
  warm(): void {
    this.#ensure();
  }

  /** The results of `queries`, read in one transaction of a separate connection. */
  read(queries: SnapshotQuery[]): Promise<unknown[]> {
    const worker = this.#ensure();
    const id = this.#next++;
    worker.ref();
    return new Promise<unknown[]>((resolve, reject) => {
      this.#waiting.set(id, { resolve, reject });
      worker.postMessage({ id, queries });
    });
  }

  async close(): Promise<void> {
    const worker = this.#worker;
    this.#worker = null;
    if (worker) await worker.terminate();
  }

  #ensure(): Worker {
    if (this.#worker) return this.#worker;
    const worker = new Worker(new URL('./sqlite-reader-thread.mjs', import.meta.url), { workerData: { file: this.file } });
    const failAll = (err: Error) => {
      if (this.#worker === worker) this.#worker = null;
      for (const w of this.#waiting.values()) w.reject(err);
      this.#waiting.clear();
    };
    worker.on('message', (m: { id: number; results?: unknown[]; error?: string }) => {
      const waiting = this.#waiting.get(m.id);
      this.#waiting.delete(m.id);
      if (this.#waiting.size === 0) worker.unref();
      if (m.error !== undefined) waiting?.reject(new Error(m.error));
      else waiting?.resolve(m.results ?? []);
    });
    worker.on('error', (err) => failAll(err));
    worker.on('exit', (code) => failAll(new Error(`the SQLite reader thread stopped (exit code ${code})`)));
    worker.unref();
    this.#worker = worker;
    return worker;
  }
}
