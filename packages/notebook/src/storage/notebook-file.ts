// notebook.json: the snapshot of everything but the article bodies, as of one
// revision. lowdb holds it in memory; compaction writes it in slices
// (snapshot-writer.ts), one record per line; the journal carries each change. Our adapter validates what it reads and writes
// atomically with fsync. Validating 100k catalog records costs more than
// parsing them, so a snapshot whose bytes match the checksum its journal
// recorded when it was written (records that were validated on their way in)
// is only parsed; any other snapshot — edited, damaged, older — is validated.
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
import { ioError } from './atomic-file.js';
import { disk } from './disk.js';
import { checksumOf, newerDossier } from './journal.js';
import { deferHighlights, splitHighlights } from './lazy-highlights.js';
import { writeSnapshotInSlices } from './snapshot-writer.js';

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

export type SnapshotRead = { data: NotebookData } | { missing: true } | { damaged: string };

/**
 * Reads a snapshot (notebook.json or a backup). A newer schema is refused with
 * an error, never read. `trustedChecksum`: the checksum recorded when this
 * file was written (the journal's header names it); when the bytes still
 * match it the records are not validated again.
 */
export async function readSnapshot(
  path: string,
  label = NOTEBOOK_FILE,
  trustedChecksum?: string,
): Promise<SnapshotRead> {
  let raw: Buffer;
  try {
    raw = await disk.readFile(path);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { missing: true };
    throw ioError(`could not read ${path}`, error);
  }
  return parseSnapshot(raw, label, trustedChecksum);
}

/** Parses and checks snapshot bytes as {@link readSnapshot} does. */
export function parseSnapshot(raw: Buffer, label = NOTEBOOK_FILE, trustedChecksum?: string): SnapshotRead {
  const trusted = trustedChecksum !== undefined && checksumOf(raw) === trustedChecksum;
  const deferred = trusted ? readDeferringHighlights(raw) : null;
  if (deferred) return { data: deferred };
  const text = raw.toString('utf8');
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { damaged: text.trim() === '' ? 'the file is empty' : 'not valid JSON' };
  }
  const version = (json as { schemaVersion?: unknown } | null)?.schemaVersion;
  if (typeof version === 'number' && version > SCHEMA_VERSION) {
    throw newerDossier(label, `schema ${version}; this one reads ${SCHEMA_VERSION}`);
  }
  if (trusted && version === SCHEMA_VERSION) return { data: json as NotebookData };
  const parsed = NotebookDataSchema.safeParse(json);
  if (!parsed.success) return { damaged: describeIssues(parsed.error) };
  return { data: parsed.data };
}

/** A trusted snapshot read with its highlights left to be parsed when first needed, or null when it cannot be. */
function readDeferringHighlights(raw: Buffer): NotebookData | null {
  const split = splitHighlights(raw);
  if (!split) return null;
  let json: { schemaVersion?: unknown } | null;
  try {
    json = JSON.parse(split.rest) as { schemaVersion?: unknown } | null;
  } catch {
    return null;
  }
  if (json?.schemaVersion !== SCHEMA_VERSION) return null;
  return deferHighlights(json as NotebookData, split.highlights);
}

/** Validates like `readSnapshot`, for text already in memory (an archive, a test). */
export function parseNotebookJson(raw: string, path: string): NotebookData {
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch {
    throw new DossierError('notebook_corrupt', `${path} is damaged (not valid JSON)`);
  }
  const parsed = NotebookDataSchema.safeParse(json);
  if (!parsed.success)
    throw new DossierError('notebook_corrupt', `${path} is damaged (${describeIssues(parsed.error)})`);
  return parsed.data;
}

export function serializeSnapshot(data: NotebookData): string {
  return JSON.stringify(data, null, 1);
}

export class SnapshotAdapter implements Adapter<NotebookData> {
  /** The checksum of the bytes last written, for the journal that continues them to record. */
  writtenChecksum: string | null = null;

  constructor(private readonly path: string) {}

  async read(): Promise<NotebookData | null> {
    const read = await readSnapshot(this.path);
    return 'data' in read ? read.data : null;
  }

  async write(data: NotebookData): Promise<void> {
    this.writtenChecksum = null;
    this.writtenChecksum = await writeSnapshotInSlices(this.path, data);
  }
}

export type NotebookDb = Low<NotebookData> & { adapter: SnapshotAdapter };

export function snapshotDb(path: string, data: NotebookData): NotebookDb {
  return new Low<NotebookData>(new SnapshotAdapter(path), data) as NotebookDb;
}
