// notebook.json: everything but the article bodies. lowdb holds it in memory;
// our adapter validates what it reads and writes atomically with fsync.
import { readFile } from 'node:fs/promises';
import { Low, type Adapter } from 'lowdb';
import { z } from 'zod';
import {
  AnnotationSchema,
  ArticleSummarySchema,
  DossierError,
  LinkSchema,
  TagInfoSchema,
  describeIssues,
} from '@dossier/core';
import { ioError, writeFileAtomic } from './atomic-file.js';

export const NOTEBOOK_FILE = 'notebook.json';
export const SCHEMA_VERSION = 1;

/** An article's metadata as the catalog keeps it, so lists need no article file. */
export const CatalogEntrySchema = ArticleSummarySchema.omit({ highlightCount: true });
export type CatalogEntry = z.infer<typeof CatalogEntrySchema>;

export const NotebookDataSchema = z.object({
  schemaVersion: z.literal(SCHEMA_VERSION),
  name: z.string(),
  createdAt: z.string(),
  /** Bumped on every change; the search index records the revision it was built at. */
  revision: z.number().int().nonnegative(),
  articles: z.array(CatalogEntrySchema),
  annotations: z.array(AnnotationSchema),
  tags: z.array(TagInfoSchema),
  links: z.array(LinkSchema),
});
export type NotebookData = z.infer<typeof NotebookDataSchema>;

export function emptyNotebook(name: string): NotebookData {
  return {
    schemaVersion: SCHEMA_VERSION,
    name,
    createdAt: new Date().toISOString(),
    revision: 0,
    articles: [],
    annotations: [],
    tags: [],
    links: [],
  };
}

/** Reads and validates; a file that fails is reported by name and never written over. */
class ValidatedJsonAdapter implements Adapter<NotebookData> {
  constructor(private readonly path: string) {}

  async read(): Promise<NotebookData | null> {
    let raw: string;
    try {
      raw = await readFile(this.path, 'utf8');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
      throw ioError(`could not read ${this.path}`, error);
    }
    return parseNotebookJson(raw, this.path);
  }

  async write(data: NotebookData): Promise<void> {
    await writeFileAtomic(this.path, JSON.stringify(data, null, 1));
  }
}

export function parseNotebookJson(raw: string, path: string): NotebookData {
  const corrupt = (why: string) =>
    new DossierError('notebook_corrupt', `${path} is damaged (${why}); it was left untouched — run "dossier check"`);
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch {
    throw corrupt(raw.trim() === '' ? 'the file is empty' : 'not valid JSON');
  }
  const version = (json as { schemaVersion?: unknown } | null)?.schemaVersion;
  if (typeof version === 'number' && version > SCHEMA_VERSION) {
    throw new DossierError(
      'notebook_corrupt',
      `${path} was written by a newer Dossier (schema ${version}; this one reads ${SCHEMA_VERSION}); it was left untouched`,
    );
  }
  const parsed = NotebookDataSchema.safeParse(json);
  if (!parsed.success) throw corrupt(describeIssues(parsed.error));
  return parsed.data;
}

export type NotebookDb = Low<NotebookData>;

export async function loadNotebookFile(path: string, fallback: NotebookData | null): Promise<NotebookDb | null> {
  const adapter = new ValidatedJsonAdapter(path);
  const data = await adapter.read();
  if (data === null && fallback === null) return null;
  const db = new Low<NotebookData>(adapter, data ?? fallback!);
  if (data === null) await db.write();
  return db;
}
