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
