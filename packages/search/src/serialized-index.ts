// The stored form of an ArticleIndex. The index is derived data: when what is
// read is from another format version, another notebook state, or damaged, the
// answer is "rebuild", never a guess.

/** Bump whenever tokenising, fields or the shape of `data` change. */
export const INDEX_FORMAT = 'dossier-search';
export const INDEX_FORMAT_VERSION = 1;

/**
 * A plain, JSON-safe object.
 *
 * @example
 * { format: 'dossier-search', version: 1, fingerprint: '2025-01-01T00:00:00Z#42', data: { … } }
 */
export interface SerializedIndex {
  format: typeof INDEX_FORMAT;
  version: number;
  /** Opaque string chosen by the caller to tell a stale index from a current one. */
  fingerprint: string;
  data: SerializedIndexData;
}

export interface SerializedIndexData {
  /** minisearch's own serialisation (`MiniSearch#toJSON`). */
  engine: unknown;
  /** Distinct indexed terms. */
  vocabulary: string[];
  /** Each article id with its distinct terms, as positions in `vocabulary`. */
  documents: [string, number[]][];
}

/** The data of `value` when it is a current, well-formed serialised index with the expected fingerprint. */
export function readSerializedIndex(value: unknown, expectedFingerprint?: string): SerializedIndex | null {
  if (!isRecord(value)) return null;
  if (value.format !== INDEX_FORMAT || value.version !== INDEX_FORMAT_VERSION) return null;
  if (typeof value.fingerprint !== 'string') return null;
  if (expectedFingerprint !== undefined && value.fingerprint !== expectedFingerprint) return null;
  const data = value.data;
  if (!isRecord(data) || !isRecord(data.engine)) return null;
  const { vocabulary, documents } = data;
  if (!Array.isArray(vocabulary) || !vocabulary.every((t) => typeof t === 'string' && t.length > 0)) return null;
  if (!Array.isArray(documents)) return null;
  const inVocabulary = (n: unknown) => Number.isInteger(n) && (n as number) >= 0 && (n as number) < vocabulary.length;
  for (const entry of documents) {
    if (!Array.isArray(entry) || entry.length !== 2 || typeof entry[0] !== 'string') return null;
    if (!Array.isArray(entry[1]) || !entry[1].every(inVocabulary)) return null;
  }
  return value as unknown as SerializedIndex;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
