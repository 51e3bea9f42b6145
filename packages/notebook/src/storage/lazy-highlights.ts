// Opening without parsing the highlights: in a snapshot written by
// snapshot-writer.ts the highlights are one stretch of the file, and at 100k
// they are more than half of it. When the snapshot's bytes match the checksum
// its journal names (so they are what Dossier wrote and validated), the rest is
// parsed at open and the highlights' bytes are kept, undecoded; `data.annotations` parses
// it the first time anything reads it, synchronously, so no caller can see a
// notebook without its highlights. Until then the library's highlight counts
// are read off the kept bytes without building the records.
import type { NotebookData } from './notebook-file.js';

/** Where the highlights begin in a snapshot written one record per line; raw newlines occur only between records and keys. */
const SECTION_START = ',\n"annotations":[';
const NEXT_KEY = ',\n"';
/** JSON strings cannot hold an unescaped quote, so this is only ever the key of a highlight. */
const ARTICLE_ID_KEY = '"articleId":"';
const QUOTE = 0x22;

export interface SplitSnapshot {
  /** The snapshot's text with the highlights array left empty. */
  rest: string;
  /** The highlights array's bytes, not decoded yet. */
  highlights: Buffer;
}

/**
 * Splits a snapshot's bytes at its highlights, or returns null when they are
 * not laid out as the writer lays them out. Only the rest is decoded.
 */
export function splitHighlights(raw: Buffer): SplitSnapshot | null {
  // One such line at most: a raw newline never occurs inside a JSON string.
  const at = raw.indexOf(SECTION_START);
  if (at === -1) return null;
  const open = at + SECTION_START.length - 1;
  const next = raw.indexOf(NEXT_KEY, open);
  if (next === -1) return null;
  return {
    rest: `${raw.toString('utf8', 0, open)}[]${raw.toString('utf8', next)}`,
    highlights: raw.subarray(open, next),
  };
}

const pending = new WeakMap<NotebookData, Buffer>();
const countsOf = new WeakMap<Buffer, ReadonlyMap<string, number>>();

/** Makes `data.annotations` parse `highlights` when first read (or be replaced when first assigned). */
export function deferHighlights(data: NotebookData, highlights: Buffer): NotebookData {
  const settle = (value: NotebookData['annotations']) => {
    pending.delete(data);
    Object.defineProperty(data, 'annotations', { value, writable: true, enumerable: true, configurable: true });
    return value;
  };
  pending.set(data, highlights);
  Object.defineProperty(data, 'annotations', {
    enumerable: true,
    configurable: true,
    get: () => settle(JSON.parse(pending.get(data)?.toString('utf8') ?? '[]') as NotebookData['annotations']),
    set: (value: NotebookData['annotations']) => settle(value),
  });
  return data;
}

/** Whether `data.annotations` has not been parsed yet. */
export function highlightsDeferred(data: NotebookData): boolean {
  return pending.has(data);
}

/** Highlights per article, read off the unparsed text; null once the highlights are parsed. */
export function deferredHighlightCounts(data: NotebookData): ReadonlyMap<string, number> | null {
  const bytes = pending.get(data);
  if (bytes === undefined) return null;
  // The bytes cannot change while they are pending (any change reads, and so parses, the highlights first).
  const known = countsOf.get(bytes);
  if (known) return known;
  const counts = new Map<string, number>();
  countsOf.set(bytes, counts);
  for (let at = bytes.indexOf(ARTICLE_ID_KEY); at !== -1; at = bytes.indexOf(ARTICLE_ID_KEY, at)) {
    at += ARTICLE_ID_KEY.length;
    const end = bytes.indexOf(QUOTE, at);
    const id = bytes.toString('utf8', at, end);
    counts.set(id, (counts.get(id) ?? 0) + 1);
    at = end;
  }
  return counts;
}

/** Parses deferred highlights now (e.g. once the notebook is idle after opening). */
export function loadHighlights(data: NotebookData): void {
  if (pending.has(data)) void data.annotations;
}
