// The search index's vocabulary (each term with the number of documents
// holding it), saved inside index/search.sqlite when the index is marked
// current. Counting it again from FTS5's own vocabulary table walks every
// posting list of the index — over a second at 100k articles — while the
// saved form is one row of text read in milliseconds. It is derived data:
// used only while it names the index's fingerprint and its checksum holds,
// otherwise the index counts the vocabulary again as before.
import { crc32 } from 'node:zlib';
import type { DatabaseSync } from 'node:sqlite';

/** The row of the index's `state` table that holds the saved vocabulary. */
export const SAVED_VOCABULARY_KEY = 'vocabulary';
const FORMAT = 'dossier-vocabulary-1';

/**
 * The stored text: a header line `dossier-vocabulary-1 <terms> <crc32 of the
 * body> <fingerprint>`, then one `term<TAB>documents` line per term.
 *
 * @example
 * encodeVocabulary('2026-12-01T09:00:00.000Z#42', [['kremlin', 12], ['zelensky', 3]])
 * // => 'dossier-vocabulary-1 2 <crc32> 2026-12-01T09:00:00.000Z#42\nkremlin\t12\nzelensky\t3'
 */
export function encodeVocabulary(fingerprint: string, entries: Iterable<readonly [string, number]>): string {
  const lines: string[] = [];
  for (const [term, documents] of entries) {
    // Terms are single FTS5 tokens and never hold tabs or line breaks; one that did would not be saved.
    if (term && documents > 0 && !/[\t\n]/u.test(term)) lines.push(`${term}\t${documents}`);
  }
  const body = lines.join('\n');
  return `${FORMAT} ${lines.length} ${checksum(body)} ${fingerprint}\n${body}`;
}

/** The saved entries if `text` is a whole saved vocabulary for `fingerprint`, else null. */
export function decodeVocabulary(text: string, fingerprint: string): [string, number][] | null {
  const headerEnd = text.indexOf('\n');
  if (headerEnd === -1) return null;
  const [format, count, crc, ...rest] = text.slice(0, headerEnd).split(' ');
  if (format !== FORMAT || rest.join(' ') !== fingerprint || !fingerprint) return null;
  const body = text.slice(headerEnd + 1);
  if (checksum(body) !== crc) return null;
  const entries: [string, number][] = [];
  if (body) {
    for (const line of body.split('\n')) {
      const tab = line.indexOf('\t');
      const documents = Number(line.slice(tab + 1));
      if (tab <= 0 || !Number.isInteger(documents) || documents <= 0) return null;
      entries.push([line.slice(0, tab), documents]);
    }
  }
  return entries.length === Number(count) ? entries : null;
}

/** Saves the vocabulary for `fingerprint` (inside the caller's transaction, beside the fingerprint itself). */
export function saveVocabulary(
  db: DatabaseSync,
  fingerprint: string,
  entries: Iterable<readonly [string, number]>,
): void {
  db.prepare('INSERT INTO state (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value').run(
    SAVED_VOCABULARY_KEY,
    encodeVocabulary(fingerprint, entries),
  );
}

/** The vocabulary saved for `fingerprint`, or null when none is saved, it is another's, or it is damaged. */
export function loadSavedVocabulary(db: DatabaseSync, fingerprint: string): [string, number][] | null {
  if (!fingerprint) return null;
  const row = db.prepare('SELECT value FROM state WHERE key = ?').get(SAVED_VOCABULARY_KEY) as
    { value: unknown } | undefined;
  return typeof row?.value === 'string' ? decodeVocabulary(row.value, fingerprint) : null;
}

/** Whether the vocabulary saved in `db` is the one for `fingerprint` (read cheaply: its header only). */
export function savedVocabularyIs(db: DatabaseSync, fingerprint: string): boolean {
  const row = db
    .prepare('SELECT substr(value, 1, instr(value, char(10)) - 1) AS header FROM state WHERE key = ?')
    .get(SAVED_VOCABULARY_KEY) as { header: string } | undefined;
  return row !== undefined && fingerprint !== '' && row.header.split(' ').slice(3).join(' ') === fingerprint;
}

function checksum(text: string): string {
  return crc32(text).toString(16).padStart(8, '0');
}
