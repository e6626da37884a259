/** A random id for a new record; works in the browser and in Node (Web Crypto global). */
export function newId(): string {
  return globalThis.crypto.randomUUID();
}

/** The current instant as an ISO string; one place so tests can reason about it. */
export function nowIso(): string {
  return new Date().toISOString();
}
