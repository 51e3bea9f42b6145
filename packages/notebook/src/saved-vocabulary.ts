// The search index's vocabulary (each term with the number of documents
// holding it), saved inside index/search.sqlite when the index is marked
// current. Counting it again from FTS5's own vocabulary table walks every
// posting list of the index — over a second at 100k articles — while the
// saved form is one row of text read in milliseconds. It is derived data:
// used only while it names the index's fingerprint and its checksum holds,
// otherwise the index counts the vocabulary again as before. Each term is
// saved with its variant keys (saved-variant-keys.ts in @dossier/search), so
// the first search after opening computes none.
import { crc32 } from 'node:zlib';
import type { DatabaseSync } from 'node:sqlite';
import { SavedVariantKeys, variantKeysOf } from '@dossier/search';

/** The row of the index's `state` table that holds the saved vocabulary. */
export const SAVED_VOCABULARY_KEY = 'vocabulary';
const FORMAT = 'dossier-vocabulary-2';
/** Saved before the variant keys were: still read, without keys. */
const FORMAT_WITHOUT_KEYS = 'dossier-vocabulary-1';

/** A saved vocabulary as read back: its terms with their counts, and their variant keys when saved and sound. */
export interface SavedVocabulary {
  entries: [string, number][];
  keys: SavedVariantKeys | null;
}

/**
 * The stored text: a header line `dossier-vocabulary-2 <terms> <crc32 of the
 * body> <fingerprint>`, then one `term<TAB>documents<TAB>sound<TAB>skeleton<TAB>anagram`
 * line per term, a key left empty where the term has none.
 *
 * @example
 * encodeVocabulary('2026-12-01T09:00:00.000Z#42', [['kremlin', 12], ['zelensky', 3]])
 * // => 'dossier-vocabulary-2 2 <crc32> 2026-12-01T09:00:00.000Z#42\nkremlin\t12\tkrmln\tkrmln\tkeilmnr\nzelensky…'
 */
export function encodeVocabulary(fingerprint: string, entries: Iterable<readonly [string, number]>): string {
  const lines: string[] = [];
  for (const [term, documents] of entries) {
    // Terms are single FTS5 tokens and never hold tabs or line breaks; one that did would not be saved.
    if (!term || documents <= 0 || /[\t\n]/u.test(term)) continue;
    const { sound, skeleton, anagram } = variantKeysOf(term);
    lines.push(`${term}\t${documents}\t${sound ?? ''}\t${skeleton ?? ''}\t${anagram ?? ''}`);
  }
  const body = lines.join('\n');
  return `${FORMAT} ${lines.length} ${checksum(body)} ${fingerprint}\n${body}`;
}

/** The saved vocabulary if `text` is a whole saved vocabulary for `fingerprint`, else null. */
export function decodeVocabulary(text: string, fingerprint: string): SavedVocabulary | null {
  const headerEnd = text.indexOf('\n');
  if (headerEnd === -1) return null;
  const [format, count, crc, ...rest] = text.slice(0, headerEnd).split(' ');
  const withKeys = format === FORMAT;
  if ((!withKeys && format !== FORMAT_WITHOUT_KEYS) || rest.join(' ') !== fingerprint || !fingerprint) return null;
  const body = text.slice(headerEnd + 1);
  if (checksum(body) !== crc) return null;
  const entries: [string, number][] = [];
  const terms: string[] = [];
  const sound: (string | undefined)[] = [];
  const skeleton: (string | undefined)[] = [];
  const anagram: (string | undefined)[] = [];
  // Fields found with indexOf rather than split: 40k lines or more are read on every open.
  for (let start = 0; start < body.length;) {
    const lineEnd = body.indexOf('\n', start);
    const end = lineEnd === -1 ? body.length : lineEnd;
    const tab = body.indexOf('\t', start);
    if (tab <= start || tab >= end) return null;
    const term = body.slice(start, tab);
    const countEnd = withKeys ? body.indexOf('\t', tab + 1) : end;
    if (countEnd === -1 || countEnd > end) return null;
    const documents = Number(body.slice(tab + 1, countEnd));
    if (!Number.isInteger(documents) || documents <= 0 || countEnd === tab + 1) return null;
    entries.push([term, documents]);
    if (withKeys) {
      const keys = body.slice(countEnd + 1, end).split('\t');
      if (keys.length !== 3) return null;
      terms.push(term);
      sound.push(keys[0] || undefined);
      skeleton.push(keys[1] || undefined);
      anagram.push(keys[2] || undefined);
    }
    start = end + 1;
  }
  if (entries.length !== Number(count)) return null;
  return { entries, keys: withKeys ? SavedVariantKeys.checked(terms, sound, skeleton, anagram) : null };
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
export function loadSavedVocabulary(db: DatabaseSync, fingerprint: string): SavedVocabulary | null {
  if (!fingerprint) return null;
  const row = db.prepare('SELECT value FROM state WHERE key = ?').get(SAVED_VOCABULARY_KEY) as
    { value: unknown } | undefined;
  return typeof row?.value === 'string' ? decodeVocabulary(row.value, fingerprint) : null;
}

/**
 * Whether the vocabulary saved in `db` is the one for `fingerprint`, in this
 * format (read cheaply: its header only); one saved without keys is saved again.
 */
export function savedVocabularyIs(db: DatabaseSync, fingerprint: string): boolean {
  const row = db
    .prepare('SELECT substr(value, 1, instr(value, char(10)) - 1) AS header FROM state WHERE key = ?')
    .get(SAVED_VOCABULARY_KEY) as { header: string } | undefined;
  const [format, , , ...rest] = row?.header.split(' ') ?? [];
  return format === FORMAT && fingerprint !== '' && rest.join(' ') === fingerprint;
}

function checksum(text: string): string {
  return crc32(text).toString(16).padStart(8, '0');
}
