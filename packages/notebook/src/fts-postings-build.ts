// Gathering the postings file's contents (fts-postings-file.ts) from the
// search index's own content table, a slice of articles at a time on the
// index's connection: no statement stays open across a pause, so a write
// (an import batch, a highlight's save) never waits for the build, and what
// changes while it runs is what the index tells apart afterwards (rows added
// above the last one read, rows removed since).
import type { DatabaseSync } from 'node:sqlite';
import { COLUMNS, weightedTermCounts } from './fts-schema.js';
import { SegmentBuilder, SegmentReader } from './fts-segment.js';
import type { PostingsParts } from './fts-postings-file.js';

/** Articles per in-memory part: bounds the builder's arrays (a part's encoded bytes are what is kept). */
const PART_ARTICLES = 10_000;
/** Articles read per statement. */
const SLICE_ARTICLES = 100;

/**
 * Every article of the index open in `db`, as parts for `writePostingsFile`,
 * with `pause` awaited between slices; `covers` is the last row read.
 *
 * @example
 * const { parts, covers } = await gatherPostings(db, () => new Promise((r) => setImmediate(r)));
 */
export async function gatherPostings(
  db: DatabaseSync,
  pause: () => Promise<void> = async () => {},
): Promise<{ parts: PostingsParts; covers: number }> {
  const columns = COLUMNS.map((_, i) => `c${i}`);
  const read = db.prepare(`SELECT id, ${columns.join(', ')} FROM docs_content WHERE id > ? ORDER BY id LIMIT ?`);
  const segments: SegmentReader[] = [];
  const rows: number[] = [];
  const lengths: number[] = [];
  let builder = new SegmentBuilder();
  let covers = 0;
  for (;;) {
    const slice = read.all(covers, SLICE_ARTICLES) as Record<string, string | number | null>[];
    for (const record of slice) {
      const row = Number(record.id);
      const { counts, length } = weightedTermCounts(record);
      builder.add(row, counts, length);
      rows.push(row);
      lengths.push(length);
      covers = row;
    }
    if (builder.articles >= PART_ARTICLES || (slice.length < SLICE_ARTICLES && builder.articles)) {
      segments.push(new SegmentReader(builder.encode()));
      builder = new SegmentBuilder();
    }
    if (slice.length < SLICE_ARTICLES) break;
    await pause();
  }
  return { parts: { segments, rows, lengths }, covers };
}
