// The one HTTP client of the UI: typed calls to the same-origin JSON API. Every failure is an
// ApiError carrying the server's own message, so the error funnel can show it as is.
import { contactsOfColumns, tiesOfColumns } from '../../graph/model';
import type {
  ColumnarNetwork,
  Contact,
  ContactInput,
  ContactPatch,
  Ego,
  Interaction,
  InteractionInput,
  Network,
  Tie,
  TieInput,
} from '../../graph/model';

export class ApiError extends Error {
  override name = 'ApiError';
  constructor(
    message: string,
    /** HTTP status; 0 when the server could not be reached. */
    readonly status: number,
    /** The server's error class: 'InvalidInputError', 'ConflictError', ... */
    readonly kind: string,
  ) {
    super(message);
  }
}

export interface Health {
  ok: boolean;
  store: 'sqlite' | 'neo4j';
}

type Method = 'GET' | 'POST' | 'PATCH' | 'DELETE';

export class ApiClient {
  readonly #base: string;
  readonly #fetch: typeof fetch;

  constructor(base = '/api', fetcher: typeof fetch = (...args) => globalThis.fetch(...args)) {
    this.#base = base;
    this.#fetch = fetcher;
  }

  async #request<T>(method: Method, path: string, body?: unknown, headers: Record<string, string> = {}): Promise<T> {
    const init: RequestInit = { method, headers: { accept: 'application/json', ...headers } };
    if (body !== undefined) {
      init.body = JSON.stringify(body);
      (init.headers as Record<string, string>)['content-type'] = 'application/json';
    }
    let response: Response;
    try {
      response = await this.#fetch(`${this.#base}${path}`, init);
    } catch (err) {
      throw new ApiError(`Cannot reach the Career Orbit server (${(err as Error).message}).`, 0, 'UnavailableError');
    }
    if (response.status === 204) return undefined as T;
    const text = await response.text();
    let data: unknown = undefined;
    if (text) {
      try {
        data = JSON.parse(text);
      } catch {
        data = undefined;
      }
    }
    if (!response.ok) {
      const err = (data ?? {}) as { error?: string; message?: string };
      throw new ApiError(
        err.message || `${method} ${path} failed with HTTP ${response.status}`,
        response.status,
        err.error || 'Error',
      );
    }
    return data as T;
  }

  health(): Promise<Health> {
    return this.#request('GET', '/health');
  }

  /**
   * The network, its contacts and ties sent as columns (at 30,000 contacts 13 MB of JSON to
   * build, send and parse against 19 MB as objects) and made objects here.
   */
  async network(): Promise<Network> {
    const { contactColumns, tieColumns, ...rest } = await this.#request<ColumnarNetwork>('GET', '/network?contacts=columns&ties=columns');
    return { ...rest, contacts: contactsOfColumns(contactColumns), ties: tiesOfColumns(tieColumns) };
  }

  loadSample(): Promise<unknown> {
    return this.#request('POST', '/sample');
  }

  updateEgo(patch: Partial<Pick<Ego, 'name' | 'headline'>>): Promise<Ego> {
    return this.#request('PATCH', '/ego', patch);
  }

  createContact(input: ContactInput): Promise<Contact> {
    return this.#request('POST', '/contacts', input);
  }

  getContact(id: string): Promise<Contact> {
    return this.#request('GET', `/contacts/${encodeURIComponent(id)}`);
  }

  /** Patch a contact read at `version`; a stale version gets a 409 ApiError. */
  updateContact(id: string, patch: ContactPatch, version: number): Promise<Contact> {
    return this.#request('PATCH', `/contacts/${encodeURIComponent(id)}`, patch, { 'if-match': `"${version}"` });
  }

  deleteContact(id: string): Promise<void> {
    return this.#request('DELETE', `/contacts/${encodeURIComponent(id)}`);
  }

  createTie(input: TieInput): Promise<Tie> {
    return this.#request('POST', '/ties', input);
  }

  deleteTie(id: string): Promise<void> {
    return this.#request('DELETE', `/ties/${encodeURIComponent(id)}`);
  }

  createInteraction(input: InteractionInput): Promise<Interaction> {
    return this.#request('POST', '/interactions', input);
  }

  /** A contact's interactions, newest first. */
  interactions(contactId: string): Promise<Interaction[]> {
    return this.#request('GET', `/contacts/${encodeURIComponent(contactId)}/interactions`);
  }
}
