// Front-end state classes against the real app without a socket: a fetch routed through
// app.inject, and an in-memory stand-in for sessionStorage.
import type { HistoryStorage } from '../../src/lib/network-state.svelte';
import { SAME_ORIGIN, type TestApp } from './app';

/** A fetch that answers from `test.app.inject`, as the browser's would from the server. */
export function injectFetch(test: TestApp): typeof fetch {
  return async (input, init) => {
    const res = await test.app.inject({
      method: (init?.method ?? 'GET') as 'GET',
      url: String(input),
      headers: { ...SAME_ORIGIN, ...(init?.headers as Record<string, string>) },
      payload: init?.body as string | undefined,
    });
    return new Response(res.statusCode === 204 ? null : res.body, {
      status: res.statusCode,
      headers: { 'content-type': String(res.headers['content-type'] ?? 'application/json') },
    });
  };
}

export class MemoryStorage implements HistoryStorage {
  readonly items = new Map<string, string>();
  getItem(key: string): string | null {
    return this.items.get(key) ?? null;
  }
  setItem(key: string, value: string): void {
    this.items.set(key, value);
  }
  removeItem(key: string): void {
    this.items.delete(key);
  }
}
