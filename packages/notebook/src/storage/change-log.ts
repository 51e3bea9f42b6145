// What one change does to the notebook, recorded as it happens, so that
// finding it costs what the change touched, not what the notebook holds. The
// service changes a collection in three ways, and each is seen cheaply:
// - a record pushed at the end: the array grew, and its new tail is the puts;
// - a record replaced at its place: the service calls `replaceAt`, which
//   remembers the record it replaced (for the journal and for a rollback);
// - a new array (a filter or a map: a removal, which walks the array anyway):
//   only then are the old and new arrays compared.
// Tags and the name are small and compared whole.
import { diffRecords, type ChangeOp } from './changes.js';
import type { NotebookData } from './notebook-file.js';

export type RecordCollection = 'articles' | 'annotations' | 'links';
type RecordOf<C extends RecordCollection> = NotebookData[C][number];

const COLLECTIONS: readonly RecordCollection[] = ['articles', 'annotations', 'links'];
const OPS = {
  articles: { put: 'article', remove: 'article-' },
  annotations: { put: 'annotation', remove: 'annotation-' },
  links: { put: 'link', remove: 'link-' },
} as const;

interface Replacement {
  array: readonly unknown[];
  at: number;
  old: unknown;
}

interface Start {
  arrays: Record<RecordCollection, readonly unknown[]>;
  lengths: Record<RecordCollection, number>;
  tags: string;
  name: string;
  /** Copies of the arrays, kept only when every change is checked against a full comparison. */
  copies: Record<RecordCollection, readonly unknown[]> | null;
}

export class ChangeLog {
  private start: Start | null = null;
  private readonly replacements: Record<RecordCollection, Replacement[]> = { articles: [], annotations: [], links: [] };

  /**
   * `verify`: compare every change's recorded operations with a full
   * comparison of the collections (O(notebook) per change; the tests run so,
   * and a mutation site that forgot to record an in-place replacement fails them).
   */
  constructor(private readonly verify = false) {}

  /** Called before a change touches memory. */
  begin(data: NotebookData): void {
    this.start = {
      arrays: { articles: data.articles, annotations: data.annotations, links: data.links },
      lengths: { articles: data.articles.length, annotations: data.annotations.length, links: data.links.length },
      tags: JSON.stringify(data.tags),
      name: data.name,
      copies: this.verify
        ? { articles: data.articles.slice(), annotations: data.annotations.slice(), links: data.links.slice() }
        : null,
    };
    for (const c of COLLECTIONS) this.replacements[c] = [];
  }

  /** Replaces the record at `at` of a collection, remembering the one it replaces. */
  replaceAt<C extends RecordCollection>(data: NotebookData, collection: C, at: number, record: RecordOf<C>): void {
    const array = data[collection] as RecordOf<C>[];
    if (this.start) this.replacements[collection].push({ array, at, old: array[at] });
    array[at] = record;
  }

  /** The operations the change made, for the journal. */
  ops(data: NotebookData): ChangeOp[] {
    const start = this.current();
    const ops: ChangeOp[] = [];
    for (const c of COLLECTIONS) this.collectionOps(data, c, ops);
    if (JSON.stringify(data.tags) !== start.tags) ops.push({ t: 'tags', v: data.tags });
    if (data.name !== start.name) ops.push({ t: 'name', v: data.name });
    if (start.copies) checkAgainstFullComparison(ops, start.copies, data);
    return ops;
  }

  /** Puts memory back as it was before the change (which failed). */
  restore(data: NotebookData): void {
    const start = this.current();
    // Fresh arrays, so every lookup that follows an array by identity indexes it again.
    data.articles = this.original('articles') as NotebookData['articles'];
    data.annotations = this.original('annotations') as NotebookData['annotations'];
    data.links = this.original('links') as NotebookData['links'];
    data.tags = JSON.parse(start.tags) as NotebookData['tags'];
    data.name = start.name;
  }

  /** Called when the change is saved or put back. */
  end(): void {
    this.start = null;
    for (const c of COLLECTIONS) this.replacements[c] = [];
  }

  private current(): Start {
    if (!this.start) throw new Error('no change under way');
    return this.start;
  }

  private collectionOps(data: NotebookData, c: RecordCollection, ops: ChangeOp[]): void {
    const start = this.current();
    const was = start.arrays[c];
    const now = data[c] as readonly { id: string }[];
    const { put, remove } = OPS[c];
    const putOp = (v: { id: string }) => ops.push({ t: put, v } as ChangeOp);
    const removeOp = (id: string) => ops.push({ t: remove, id } as ChangeOp);
    if (now !== was) {
      diffRecords(this.original(c) as { id: string }[], now, putOp, removeOp);
      return;
    }
    const length = start.lengths[c];
    const firstOld = new Map<number, unknown>();
    for (const r of this.replacements[c]) {
      if (r.array === was && r.at < length && !firstOld.has(r.at)) firstOld.set(r.at, r.old);
    }
    for (const [at, old] of firstOld) if (now[at] !== old) putOp(now[at]!);
    for (let j = length; j < now.length; j++) putOp(now[j]!);
  }

  /** The collection's array as it was when the change began. */
  private original(c: RecordCollection): unknown[] {
    const start = this.current();
    const was = start.arrays[c];
    const copy = was.slice(0, start.lengths[c]);
    const own = this.replacements[c].filter((r) => r.array === was);
    for (let i = own.length - 1; i >= 0; i--) {
      const r = own[i]!;
      if (r.at < copy.length) copy[r.at] = r.old;
    }
    return copy;
  }
}

function checkAgainstFullComparison(
  ops: ChangeOp[],
  copies: Record<RecordCollection, readonly unknown[]>,
  data: NotebookData,
): void {
  const expected: ChangeOp[] = [];
  for (const c of COLLECTIONS) {
    const { put, remove } = OPS[c];
    diffRecords(
      copies[c] as { id: string }[],
      data[c],
      (v) => expected.push({ t: put, v } as ChangeOp),
      (id) => expected.push({ t: remove, id } as ChangeOp),
    );
  }
  const key = (op: ChangeOp) => `${op.t}:${'id' in op ? op.id : (op.v as { id: string }).id}`;
  const recorded = new Map(ops.filter((op) => op.t !== 'tags' && op.t !== 'name').map((op) => [key(op), op]));
  const missing = expected.filter((op) => {
    const found = recorded.get(key(op));
    return !found || ('v' in found && 'v' in op && found.v !== op.v);
  });
  if (missing.length || recorded.size !== expected.length) {
    throw new Error(
      `a change edited the notebook without recording it: expected ${expected.map(key).join(', ')}; recorded ${[...recorded.keys()].join(', ')}`,
    );
  }
}
