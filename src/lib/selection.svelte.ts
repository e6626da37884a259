// View state: which contact is selected, and that contact's interactions. Never written into
// the network data; the map shows it as a class, the side panel as its content.
import type { Interaction, InteractionInput } from '../../graph/model';
import type { ApiClient } from './api';
import type { Toasts } from './toasts.svelte';

export class Selection {
  readonly #api: ApiClient;
  readonly #toasts: Toasts;
  #id = $state<string | null>(null);
  #interactions = $state.raw<Interaction[]>([]);
  #loadingInteractions = $state(false);
  /** Guards against a slow answer for a previously selected contact. */
  #token = 0;

  constructor(api: ApiClient, toasts: Toasts) {
    this.#api = api;
    this.#toasts = toasts;
  }

  get id(): string | null {
    return this.#id;
  }
  get interactions(): readonly Interaction[] {
    return this.#interactions;
  }
  get loadingInteractions(): boolean {
    return this.#loadingInteractions;
  }

  select(id: string | null): void {
    if (id === this.#id) return;
    this.#id = id;
    this.#interactions = [];
    if (id !== null) void this.#loadInteractions(id);
  }

  clear(): void {
    this.select(null);
  }

  async addInteraction(input: Omit<InteractionInput, 'contactId'>): Promise<boolean> {
    const contactId = this.#id;
    if (contactId === null) return false;
    try {
      const created = await this.#api.createInteraction({ ...input, contactId });
      if (this.#id === contactId) {
        this.#interactions = [created, ...this.#interactions].sort((a, b) => b.date.localeCompare(a.date));
      }
      return true;
    } catch (err) {
      this.#toasts.error(err, 'Adding the interaction');
      return false;
    }
  }

  async #loadInteractions(id: string): Promise<void> {
    const token = ++this.#token;
    this.#loadingInteractions = true;
    try {
      const list = await this.#api.interactions(id);
      if (token === this.#token) this.#interactions = list;
    } catch (err) {
      if (token === this.#token) this.#toasts.error(err, 'Loading interactions');
    } finally {
      if (token === this.#token) this.#loadingInteractions = false;
    }
  }
}
