// What one change did to the notebook, as the journal records it: records put
// (added or replaced, whole) and records removed, per collection. The service
// replaces a record to change it, never edits it in place; change-log.ts
// records what each change put and removed as it happens.
import { z } from 'zod';
import { AnnotationSchema, LinkSchema, TagInfoSchema } from '@dossier/core';
import { CatalogEntrySchema, type NotebookData } from './notebook-file.js';

export const ChangeOpSchema = z.discriminatedUnion('t', [
  z.object({ t: z.literal('article'), v: CatalogEntrySchema }),
  z.object({ t: z.literal('article-'), id: z.string() }),
  z.object({ t: z.literal('annotation'), v: AnnotationSchema }),
  z.object({ t: z.literal('annotation-'), id: z.string() }),
  z.object({ t: z.literal('link'), v: LinkSchema }),
  z.object({ t: z.literal('link-'), id: z.string() }),
  z.object({ t: z.literal('tags'), v: z.array(TagInfoSchema) }),
  z.object({ t: z.literal('name'), v: z.string() }),
]);
export type ChangeOp = z.infer<typeof ChangeOpSchema>;

const OpsSchema = z.array(ChangeOpSchema);

/** The journal's check of one entry: the operations, or null when they do not fit the schema. */
export function validOps(ops: unknown): ChangeOp[] | null {
  const parsed = OpsSchema.safeParse(ops);
  return parsed.success ? parsed.data : null;
}

/**
 * Walks both arrays in step (a push, a filter or a replacement keeps the order),
 * falling back to a map by id once they part ways.
 */
export function diffRecords<R extends { id: string }>(
  old: readonly R[],
  now: readonly R[],
  put: (record: R) => void,
  remove: (id: string) => void,
): void {
  let i = 0;
  let j = 0;
  while (i < old.length && j < now.length) {
    if (old[i] === now[j]) {
      i++;
      j++;
    } else if (old[i]!.id === now[j]!.id) {
      put(now[j]!);
      i++;
      j++;
    } else break;
  }
  if (i === old.length) {
    for (; j < now.length; j++) put(now[j]!);
    return;
  }
  const left = new Map(old.slice(i).map((r) => [r.id, r]));
  for (; j < now.length; j++) {
    const record = now[j]!;
    if (left.get(record.id) !== record) put(record);
    left.delete(record.id);
  }
  for (const id of left.keys()) remove(id);
}

/** What opening replayed from the journal: the search index catches up with it instead of rebuilding. */
export interface ReplayedChanges {
  /** The revision of the snapshot the entries were replayed over. */
  after: number;
  /** Each article the entries changed (or whose highlights they changed), with the last revision that did. */
  articles: Map<string, number>;
}

/**
 * Replays journal entries over a snapshot, keeping every collection's order.
 * `touched` hears of each article an entry changed, or whose highlights it
 * changed (a removed highlight's article is known only here, before it goes).
 */
export function replay(
  data: NotebookData,
  entries: readonly { rev: number; ops: readonly ChangeOp[] }[],
  touched?: (rev: number, articleId: string) => void,
): NotebookData {
  if (!entries.length) return data;
  const articles = new Map(data.articles.map((r) => [r.id, r]));
  const annotations = new Map(data.annotations.map((r) => [r.id, r]));
  const links = new Map(data.links.map((r) => [r.id, r]));
  let { tags, name } = data;
  for (const entry of entries) {
    for (const op of entry.ops) {
      if (touched) touchedBy(op, entry.rev, annotations, touched);
      if (op.t === 'article') articles.set(op.v.id, op.v);
      else if (op.t === 'article-') articles.delete(op.id);
      else if (op.t === 'annotation') annotations.set(op.v.id, op.v);
      else if (op.t === 'annotation-') annotations.delete(op.id);
      else if (op.t === 'link') links.set(op.v.id, op.v);
      else if (op.t === 'link-') links.delete(op.id);
      else if (op.t === 'tags') tags = op.v;
      else name = op.v;
    }
  }
  return {
    ...data,
    name,
    tags,
    revision: entries[entries.length - 1]!.rev,
    articles: [...articles.values()],
    annotations: [...annotations.values()],
    links: [...links.values()],
  };
}

function touchedBy(
  op: ChangeOp,
  rev: number,
  annotations: ReadonlyMap<string, { articleId: string }>,
  touched: (rev: number, articleId: string) => void,
): void {
  if (op.t === 'article') touched(rev, op.v.id);
  else if (op.t === 'article-') touched(rev, op.id);
  else if (op.t === 'annotation') {
    touched(rev, op.v.articleId);
    // A highlight moved to another article (not done today, but the record allows it) changes both.
    const before = annotations.get(op.v.id);
    if (before && before.articleId !== op.v.articleId) touched(rev, before.articleId);
  } else if (op.t === 'annotation-') {
    const before = annotations.get(op.id);
    if (before) touched(rev, before.articleId);
  }
}
