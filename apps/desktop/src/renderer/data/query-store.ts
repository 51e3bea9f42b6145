// The renderer's answers from the notebook, one per question (key), shared by
// every view that asks it and kept current by change events. A burst of
// changes — a bulk tag, a W3C import, the CLI adding hundreds of highlights
// while the app is open — costs each stale question one request when the burst
// allows, not one request per event per view: a question whose request is
// under way is asked again once, after its answer and a short pause, however
// many events came meanwhile. Without this, every event refetched the whole
// article list once per view showing it, and the app open beside a bulk change
// slowed that change several times over.
import type { AppEvent, DossierClient } from '@dossier/core';

export type ChangeKind = Extract<AppEvent, { type: 'notebook.changed' }>['what'][number];

export interface QuerySnapshot<T> {
  data: T | undefined;
  error: Error | undefined;
  loading: boolean;
}

export interface QuerySpec<T> {
  key: string;
  load: (client: DossierClient) => Promise<T>;
  /** Change kinds that make the answer stale (a `notebook` change always does). */
  affectedBy: readonly ChangeKind[];
  /** When given, only changes naming this article (or naming none) make the answer stale. */
  articleId?: string;
}

/** The first request after a change waits this long, so the events of one burst are answered together. */
export const SETTLE_MS = 16;
/** A question asked again during a burst waits this long after its last answer: the notebook works first. */
export const BURST_PAUSE_MS = 250;

interface Entry {
  spec: QuerySpec<unknown>;
  snapshot: QuerySnapshot<unknown>;
  listeners: Set<() => void>;
  inFlight: boolean;
  /** Stale again while its request was under way. */
  again: boolean;
  timer: ReturnType<typeof setTimeout> | undefined;
}

export class QueryStore {
  private readonly entries = new Map<string, Entry>();

  constructor(private readonly client: DossierClient) {
    client.onEvent((event) => this.onEvent(event));
  }

  /** Follows the answer to `spec.key`; the first follower asks for it. Returns the unsubscribe. */
  subscribe<T>(spec: QuerySpec<T>, listener: () => void): () => void {
    let entry = this.entries.get(spec.key);
    if (!entry) {
      entry = {
        spec: spec as QuerySpec<unknown>,
        snapshot: { data: undefined, error: undefined, loading: true },
        listeners: new Set(),
        inFlight: false,
        again: false,
        timer: undefined,
      };
      this.entries.set(spec.key, entry);
      this.fetch(entry);
    }
    // The newest call site's loader is used: it closes over the newest props.
    entry.spec = spec as QuerySpec<unknown>;
    entry.listeners.add(listener);
    const owned = entry;
    return () => {
      owned.listeners.delete(listener);
      if (owned.listeners.size) return;
      clearTimeout(owned.timer);
      if (this.entries.get(owned.spec.key) === owned) this.entries.delete(owned.spec.key);
    };
  }

  snapshot<T>(key: string): QuerySnapshot<T> {
    return (this.entries.get(key)?.snapshot ?? EMPTY) as QuerySnapshot<T>;
  }

  /** Asks again now (or right after the request under way). */
  reload(key: string): void {
    const entry = this.entries.get(key);
    if (entry) this.invalidate(entry, 0);
  }

  private onEvent(event: AppEvent): void {
    if (event.type === 'notebook.opened') {
      for (const entry of this.entries.values()) this.invalidate(entry, 0);
      return;
    }
    if (event.type !== 'notebook.changed') return;
    for (const entry of this.entries.values()) {
      const { affectedBy, articleId } = entry.spec;
      const relevant = event.what.some((w) => w === 'notebook' || affectedBy.includes(w));
      const forThis = !articleId || event.articleIds.length === 0 || event.articleIds.includes(articleId);
      if (relevant && forThis) this.invalidate(entry, SETTLE_MS);
    }
  }

  private invalidate(entry: Entry, delay: number): void {
    if (entry.inFlight) entry.again = true;
    else if (entry.timer === undefined) entry.timer = setTimeout(() => this.fetch(entry), delay);
  }

  private fetch(entry: Entry): void {
    entry.timer = undefined;
    entry.inFlight = true;
    entry.again = false;
    if (!entry.snapshot.loading) this.publish(entry, { ...entry.snapshot, loading: true });
    const settle = (next: QuerySnapshot<unknown>) => {
      entry.inFlight = false;
      // Dropped while it was asked: nobody listens any more.
      if (this.entries.get(entry.spec.key) !== entry) return;
      if (entry.again) {
        // Still stale: keep showing the last answer as loading and ask again after the pause.
        this.publish(entry, { ...next, loading: true });
        entry.timer = setTimeout(() => this.fetch(entry), BURST_PAUSE_MS);
      } else this.publish(entry, next);
    };
    entry.spec.load(this.client).then(
      (data) => settle({ data, error: undefined, loading: false }),
      (error: unknown) =>
        settle({
          data: undefined,
          error: error instanceof Error ? error : new Error(String(error)),
          loading: false,
        }),
    );
  }

  private publish(entry: Entry, snapshot: QuerySnapshot<unknown>): void {
    entry.snapshot = snapshot;
    for (const listener of entry.listeners) listener();
  }
}

const EMPTY: QuerySnapshot<never> = { data: undefined, error: undefined, loading: true };

const stores = new WeakMap<DossierClient, QueryStore>();

/** The one store of `client`'s answers. */
export function queryStoreOf(client: DossierClient): QueryStore {
  let store = stores.get(client);
  if (!store) stores.set(client, (store = new QueryStore(client)));
  return store;
}
