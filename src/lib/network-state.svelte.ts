// The network as the UI knows it: loaded from the API, changed only through these methods,
// each of which writes through the API first and then takes the server's answer as truth.
// Orbit moves and panel edits are recorded on an undo stack; undo and redo issue the reverse PATCH.
import { untrack } from 'svelte';
import { UndoStack } from '../../graph/history';
import { orbitAt, orbitLayout, placeMoves, prepareMoves, type LayoutNode, type LayoutTie, type OrbitLayout } from '../../graph/layout';
import {
  ORBITS,
  type Contact,
  type ContactInput,
  type ContactPatch,
  type Ego,
  type OrbitDef,
  type OrbitId,
  type Tie,
} from '../../graph/model';
import { ApiError, type ApiClient } from './api';
import { LayoutKeys, LayoutRunner, type LayoutChange } from './layout-runner';
import { mark, whenIdle } from './timing';
import {
  HISTORY_LIMIT,
  fieldEdit,
  fieldsMatch,
  readMoveHistory,
  saveMoveHistory,
  type HistoryEntry,
  type HistoryStorage,
  type OrbitMoveEntry,
} from './move-history';
import type { Toasts } from './toasts.svelte';

type Point = { x: number; y: number };

export type LoadStatus = 'loading' | 'ready' | 'failed';

export type { HistoryStorage, OrbitMoveEntry };

export class NetworkState {
  readonly #api: ApiClient;
  readonly #toasts: Toasts;
  readonly #storage: HistoryStorage | undefined;
  readonly #history: UndoStack<HistoryEntry>;

  #status = $state<LoadStatus>('loading');
  #ego = $state<Ego>({ id: 'ego', name: 'Me', headline: '' });
  #orbits = $state.raw<readonly OrbitDef[]>(ORBITS);
  #contacts = $state.raw<Contact[]>([]);
  #ties = $state.raw<Tie[]>([]);
  #historySize = $state({ undo: 0, redo: 0 });
  #pending = $state(0);
  /** Writes run one after another, so an undo never overtakes the move it reverses. */
  #queue: Promise<unknown> = Promise.resolve();
  /**
   * Moves, undos and redos run one after another, each after the previous one's answer is
   * in, so a quick Ctrl+Z then Ctrl+Shift+Z checks the orbit the undo left, not the one before.
   */
  #steps: Promise<unknown> = Promise.resolve();

  #byId = $derived(new Map(this.#contacts.map((c) => [c.id, c])));
  #mapOrbits = $derived(new Set(this.#orbits.filter((o) => o.onMap).map((o) => o.id)));
  #mapContacts = $derived(this.#contacts.filter((c) => this.#mapOrbits.has(c.orbit)));
  #counts = $derived.by(() => {
    const counts = Object.fromEntries(this.#orbits.map((o) => [o.id, 0])) as Record<OrbitId, number>;
    for (const c of this.#contacts) counts[c.orbit] = (counts[c.orbit] ?? 0) + 1;
    return counts;
  });
  /** Changes only when who is on the map, their orbit, or the ties change (not on renames). */
  readonly #layoutKeys = new LayoutKeys();
  #layoutChange = $derived(this.#layoutKeys.changeOf(this.#mapContacts, this.#ties));
  #layoutKey = $derived(this.#layoutChange.key);
  readonly #layouts = new LayoutRunner();
  #layoutWanted = '';
  /** The last layout a worker finished (big networks), with the layout key it was made for. */
  #offThread = $state.raw<{ key: string; layout: OrbitLayout } | null>(null);
  /** The layout last shown and its key (not state: read and written by #current only). */
  #shown: { key: string; layout: OrbitLayout } | null = null;
  /**
   * Where a contact was put down on the map (or, for an undo, where it was on that orbit
   * before): its new place is sought there. Keyed by contact id and orbit.
   */
  readonly #places = new Map<string, Point>();
  /** The layout for the current key, or the one still shown while the worker makes it. */
  #current = $derived.by(() => {
    const change = this.#layoutChange;
    const ready = this.#offThread;
    return untrack(() => this.#layoutFor(change, ready));
  });
  #layout = $derived(this.#current.layout);
  #layingOut = $derived(this.#current.key !== this.#layoutKey);
  /** A big network before its first layout: it is not drawn yet (no heap of nodes at the centre). */
  #firstLayoutPending = $derived(this.#offThread === null && this.#layouts.offThread(this.#mapContacts.length));

  constructor(api: ApiClient, toasts: Toasts, storage?: HistoryStorage) {
    this.#api = api;
    this.#toasts = toasts;
    this.#storage = storage;
    this.#history = new UndoStack({ limit: HISTORY_LIMIT, initial: readMoveHistory(storage) });
    this.#historySize = this.#history.size;
  }

  get status(): LoadStatus {
    return this.#status;
  }
  get ego(): Ego {
    return this.#ego;
  }
  get orbits(): readonly OrbitDef[] {
    return this.#orbits;
  }
  get contacts(): readonly Contact[] {
    return this.#contacts;
  }
  /** Contacts whose orbit is drawn on the map (archived ones are not). */
  get mapContacts(): readonly Contact[] {
    return this.#firstLayoutPending ? [] : this.#mapContacts;
  }
  get ties(): readonly Tie[] {
    return this.#ties;
  }
  get layout(): OrbitLayout {
    return this.#layout;
  }
  /** True while a big network's layout is being computed in the worker. */
  get layingOut(): boolean {
    return this.#layingOut;
  }
  get counts(): Record<OrbitId, number> {
    return this.#counts;
  }
  get isEmpty(): boolean {
    return this.#status === 'ready' && this.#contacts.length === 0;
  }
  get canUndo(): boolean {
    return this.#historySize.undo > 0;
  }
  get canRedo(): boolean {
    return this.#historySize.redo > 0;
  }
  /** True while a write is in flight. */
  get saving(): boolean {
    return this.#pending > 0;
  }

  /**
   * The layout for `change`. Moves (orbit changes, contacts leaving the map) are placed on the
   * layout shown, which the rest of the map keeps (placeMoves); anything else, or moves the
   * rings as drawn cannot take, is laid out afresh: here for a small network, in the worker for
   * a big one, showing the last layout meanwhile (before the first one, the rings only:
   * mapContacts is empty until then).
   */
  #layoutFor(change: LayoutChange, ready: { key: string; layout: OrbitLayout } | null): { key: string; layout: OrbitLayout } {
    const { key } = change;
    if (this.#shown?.key === key) return this.#shown;
    if (ready?.key === key) return this.#showFresh(ready);
    if (change.moves && this.#shown?.key === change.previous) {
      const before = this.#shown.layout;
      const moves = change.moves.map((m) => ({ ...m, near: this.#takePlace(m.id, m.to) }));
      for (const m of moves) this.#rememberPlace(m.id, before);
      // In place (no copy of 30,000 positions): the layout shown is spent once its successor is
      // made. Nothing reads its places after: the map tells layouts apart by identity.
      const layout = placeMoves(before, moves, { inPlace: true });
      if (layout) return (this.#shown = { key, layout });
    }
    // orbitLayout (and the worker's job) leaves out ties to contacts not on the map.
    const nodes: readonly LayoutNode[] = this.#mapContacts;
    const ties: readonly LayoutTie[] = this.#ties;
    if (!this.#layouts.offThread(nodes.length)) return this.#showFresh({ key, layout: orbitLayout(nodes, ties) });
    this.#layOutOffThread(key, nodes, ties);
    return this.#shown ?? ready ?? { key: '', layout: orbitLayout([], []) };
  }

  /** Show a layout made afresh, and make it ready for moves once the page is idle (prepareMoves). */
  #showFresh(shown: { key: string; layout: OrbitLayout }): { key: string; layout: OrbitLayout } {
    this.#shown = shown;
    whenIdle(null, () => {
      if (this.#shown === shown) prepareMoves(shown.layout);
    });
    return shown;
  }

  /** Where a contact moving to `orbit` is to go: where it was put down, or where it was on it last. */
  #takePlace(id: string, orbit: OrbitId): Point | undefined {
    const key = `${orbit} ${id}`;
    const place = this.#places.get(key);
    this.#places.delete(key);
    return place;
  }

  /** Remember where a contact leaving its orbit was on `before`, for an undo to put it back there. */
  #rememberPlace(id: string, before: OrbitLayout): void {
    const at = before.positions[id];
    const contact = this.#byId.get(id);
    const from = at && orbitAt(before, at);
    if (from && contact && contact.orbit !== from) this.#places.set(`${from} ${id}`, at);
  }

  /** Lay out in the worker, or take the worker's layout `running` already made of these nodes and ties. */
  #layOutOffThread(key: string, nodes: readonly LayoutNode[], ties: readonly LayoutTie[], running?: Promise<OrbitLayout>): void {
    if (this.#layoutWanted === key) {
      // The same layout is under way or done (a reload of the same network): this one is not needed.
      running?.catch(() => undefined);
      return;
    }
    this.#layoutWanted = key;
    if (!running) mark('layout-start');
    (running ?? this.#layouts.run(nodes, ties)).then(
      (layout) => {
        mark('layout-done');
        if (this.#layoutWanted === key) this.#offThread = { key, layout };
      },
      (err) => {
        if (this.#layoutWanted !== key) return;
        this.#toasts.error(err, 'Laying out the map (done on the page instead)');
        this.#offThread = { key, layout: orbitLayout(nodes, ties) };
      },
    );
  }

  contact(id: string | null): Contact | undefined {
    return id === null ? undefined : this.#byId.get(id);
  }

  async load(): Promise<void> {
    try {
      mark('network-request');
      const answer = this.#api.network();
      this.#layouts.warm();
      const network = await answer;
      mark('network-parsed');
      this.#ego = network.ego;
      this.#orbits = network.orbits?.length ? network.orbits : ORBITS;
      this.#contacts = network.contacts;
      this.#ties = network.ties;
      this.#status = 'ready';
      // A big network's layout starts now, in the worker, before the page takes in the new
      // state (panels mount, the map syncs: effects run later); #layout then finds it under way.
      // The job leaves before the layout key is worked out, so the worker starts that much sooner.
      const mapContacts = this.#mapContacts;
      if (this.#layouts.offThread(mapContacts.length)) {
        mark('layout-start');
        const running = this.#layouts.run(mapContacts, this.#ties);
        this.#layOutOffThread(this.#layoutKey, mapContacts, this.#ties, running);
      }
    } catch (err) {
      this.#status = 'failed';
      this.#toasts.error(err, 'Loading the network');
    }
  }

  /** Fill an empty store with the sample network, then show it. */
  async loadSample(): Promise<boolean> {
    const ok = await this.#write('Loading the sample network', () => this.#api.loadSample());
    if (ok !== undefined) {
      this.#history.clear();
      this.#syncHistory();
      await this.load();
      return true;
    }
    return false;
  }

  /**
   * Move a contact to another orbit (an undoable step). False when the save failed. `at`, the
   * point on the map where it was put down, is where its new place is sought (else its angle).
   */
  moveContact(id: string, to: OrbitId, at?: Point): Promise<boolean> {
    return this.#inTurn(() => this.#move(id, to, at));
  }

  undo(): Promise<boolean> {
    return this.#inTurn(() => this.#step('undo'));
  }

  redo(): Promise<boolean> {
    return this.#inTurn(() => this.#step('redo'));
  }

  #inTurn(run: () => Promise<boolean>): Promise<boolean> {
    const result = this.#steps.then(run);
    this.#steps = result.catch(() => undefined);
    return result;
  }

  async #move(id: string, to: OrbitId, at?: Point): Promise<boolean> {
    const from = this.contact(id)?.orbit;
    if (from === undefined || from === to) return from !== undefined;
    if (at) this.#places.set(`${to} ${id}`, { x: at.x, y: at.y });
    const ok = await this.#setOrbit(id, to);
    if (!ok) this.#places.delete(`${to} ${id}`);
    if (ok) {
      this.#history.push({ contactId: id, from, to });
      this.#syncHistory();
    }
    return ok;
  }

  /**
   * Reverse (undo) or repeat (redo) one move. A move whose contact has since gone elsewhere
   * (another tab, a deletion) is dropped from the history instead of overwriting that change.
   */
  async #step(side: 'undo' | 'redo'): Promise<boolean> {
    const entry = side === 'undo' ? this.#history.undo() : this.#history.redo();
    this.#syncHistory();
    if (!entry) return false;
    if ('kind' in entry) return this.#stepEdit(entry, side);
    const [expected, target] = side === 'undo' ? [entry.to, entry.from] : [entry.from, entry.to];
    const contact = this.contact(entry.contactId);
    if (!contact || contact.orbit !== expected) {
      this.#toasts.info(`Nothing to ${side}: ${contact ? `${contact.name} has moved since` : 'that contact is gone'}.`);
      return false;
    }
    const ok = await this.#setOrbit(entry.contactId, target);
    if (!ok) this.#history.restore(entry, side);
    this.#syncHistory();
    return ok;
  }

  /** Save edited fields of a contact (an undoable step); the answer replaces it in the network. */
  async updateContact(id: string, patch: ContactPatch): Promise<Contact | null> {
    const before = this.contact(id);
    const updated = await this.#save(id, patch);
    const entry = before && updated ? fieldEdit(before, updated, patch) : null;
    if (entry) {
      this.#history.push(entry);
      this.#syncHistory();
    }
    return updated;
  }

  /** Undo or redo a panel edit, unless the fields have been changed since. */
  async #stepEdit(entry: Extract<HistoryEntry, { kind: 'edit' }>, side: 'undo' | 'redo'): Promise<boolean> {
    const [expected, target] = side === 'undo' ? [entry.after, entry.before] : [entry.before, entry.after];
    const contact = this.contact(entry.contactId);
    if (!contact || !fieldsMatch(contact, expected)) {
      this.#toasts.info(`Nothing to ${side}: ${contact ? `${contact.name} has been edited since` : 'that contact is gone'}.`);
      return false;
    }
    const ok = (await this.#save(entry.contactId, target)) !== null;
    if (!ok) this.#history.restore(entry, side);
    this.#syncHistory();
    return ok;
  }

  async #save(id: string, patch: ContactPatch): Promise<Contact | null> {
    const name = this.contact(id)?.name ?? 'contact';
    // The answer is applied inside the queued write, so the next queued write reads the
    // version this one produced.
    const updated = await this.#write(`Saving ${name}`, async () => {
      const current = this.contact(id);
      if (!current) throw new ApiError('This contact is no longer in the network.', 404, 'NotFoundError');
      const answer = await this.#api.updateContact(id, patch, current.version);
      this.#replace(answer);
      return answer;
    }, id);
    return updated ?? null;
  }

  /** Rename the network's owner (the ego) or change the headline under the name. */
  async updateEgo(patch: { name?: string; headline?: string }): Promise<boolean> {
    const ego = await this.#write('Saving your name', async () => {
      const answer = await this.#api.updateEgo(patch);
      this.#ego = answer;
      return answer;
    });
    return ego !== undefined;
  }

  async addContact(input: ContactInput): Promise<Contact | null> {
    const created = await this.#write(`Adding ${input.name}`, async () => {
      const answer = await this.#api.createContact(input);
      this.#contacts = [...this.#contacts, answer];
      return answer;
    });
    return created ?? null;
  }

  async #setOrbit(id: string, orbit: OrbitId): Promise<boolean> {
    return (await this.#save(id, { orbit })) !== null;
  }

  /**
   * Run one write after the previous ones, funnel its failure to a toast and answer undefined.
   * On a version conflict the contact is re-read, so the next attempt starts from the truth.
   */
  async #write<T>(action: string, run: () => Promise<T>, contactId?: string): Promise<T | undefined> {
    this.#pending++;
    const result = this.#queue.then(run);
    this.#queue = result.catch(() => undefined);
    try {
      return await result;
    } catch (err) {
      this.#toasts.error(err, action);
      if (contactId && err instanceof ApiError && (err.status === 409 || err.status === 404)) {
        await this.#refresh(contactId);
      }
      return undefined;
    } finally {
      this.#pending--;
    }
  }

  async #refresh(id: string): Promise<void> {
    try {
      this.#replace(await this.#api.getContact(id));
    } catch (err) {
      if (err instanceof ApiError && err.status === 404) {
        this.#contacts = this.#contacts.filter((c) => c.id !== id);
      } else {
        this.#toasts.error(err, 'Re-reading the contact');
      }
    }
  }

  #replace(contact: Contact): void {
    this.#contacts = this.#contacts.map((c) => (c.id === contact.id ? contact : c));
  }

  #syncHistory(): void {
    this.#historySize = this.#history.size;
    saveMoveHistory(this.#storage, this.#history.entries());
  }
}
