// What the search index stores of a document: its terms per column, as
// `searchTerms` normalises them. Pure, so the import threads can work them
// out for the articles they read and the importing thread only writes them.
import { searchTerms, type SearchDocument } from '@dossier/search';
import { COLUMNS } from './fts-schema.js';

/**
 * The document's terms, one list per column in `COLUMNS`' order.
 *
 * @example
 * columnTermsOf({ id: 'a1', title: 'Talks on energy', body: '', notes: '', tags: ['energy'] })
 * // => [['talks', 'energy'], [], ['energy'], [], []]
 */
export function columnTermsOf(doc: SearchDocument): string[][] {
  return COLUMNS.map((c) => searchTerms(c === 'tags' ? doc.tags.join(' ') : (doc[c] ?? '')));
}

/**
 * What `FtsArticleIndex.add` writes of a document: each column's terms joined
 * as FTS5 takes them, and the distinct terms of all columns, which the
 * vocabulary counts. Worked out in an import thread, this is what crosses to
 * the importing thread: a few long strings and one of each term, where the
 * terms column by column were every occurrence of every term (each a string
 * to copy back and to count), and the importing thread neither joins nor
 * dedupes them.
 *
 * @example
 * indexedTermsOf({ id: 'a1', title: 'Talks on energy', body: 'Energy talks', notes: '', tags: [] })
 * // => { columns: ['talks energy', '', '', 'energy talks', ''], distinct: ['talks', 'energy'] }
 */
export function indexedTermsOf(doc: SearchDocument): IndexedTerms {
  const perColumn = columnTermsOf(doc);
  const distinct = new Set<string>();
  for (const terms of perColumn) for (const term of terms) distinct.add(term);
  return { columns: perColumn.map((terms) => terms.join(' ')), distinct: [...distinct] };
}

export interface IndexedTerms {
  /** One string per column in `COLUMNS`' order: its terms, space-separated. */
  columns: string[];
  /** Every term of the document once. */
  distinct: string[];
}
