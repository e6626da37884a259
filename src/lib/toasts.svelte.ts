// The error funnel: every failed action ends here and is shown as a toast with the server's
// message. Nothing else in the UI reports errors on its own.
import { ApiError } from './api';

export interface Toast {
  id: number;
  kind: 'error' | 'info';
  message: string;
}

const LIFETIME_MS = { error: 8000, info: 3500 } as const;

export class Toasts {
  #items = $state<Toast[]>([]);
  #nextId = 1;

  get items(): readonly Toast[] {
    return this.#items;
  }

  /** Show a failure; `action` says what the user was doing ("Saving Ada"). */
  error(err: unknown, action?: string): void {
    const message = err instanceof ApiError || err instanceof Error ? err.message : String(err);
    this.#show('error', action ? `${action}: ${message}` : message);
    if (!(err instanceof ApiError)) console.error(err);
  }

  info(message: string): void {
    this.#show('info', message);
  }

  dismiss(id: number): void {
    this.#items = this.#items.filter((t) => t.id !== id);
  }

  #show(kind: Toast['kind'], message: string): void {
    const id = this.#nextId++;
    this.#items = [...this.#items.slice(-4), { id, kind, message }];
    setTimeout(() => this.dismiss(id), LIFETIME_MS[kind]);
  }
}
