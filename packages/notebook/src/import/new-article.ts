// A new article as an import makes it of a file it read: what the file says
// of itself (title, metadata), its blocks, and where it came from. Pure, so
// the import threads can build what they index exactly as it is stored.
import type { Article } from '@dossier/core';
import { newId } from '../ids.js';
import type { buildArticleBody } from './index.js';
import type { RichArticleBody } from './rich-import.js';

export type ArticleBody = ReturnType<typeof buildArticleBody> | RichArticleBody;

/**
 * @example
 * newArticle({ name: 'a.txt', bytes, hash, body, id: 'a-1' }) // => { id: 'a-1', title: body.title, note: '', … }
 */
export function newArticle({
  name,
  bytes,
  hash,
  body,
  id,
}: {
  name: string;
  bytes: Uint8Array;
  hash: string;
  body: ArticleBody;
  id?: string;
}): Article {
  const now = new Date().toISOString();
  return {
    id: id ?? newId('a'),
    ...('metadata' in body ? body.metadata : {}),
    title: body.title,
    titleDerived: body.titleDerived,
    importedAt: now,
    updatedAt: now,
    source: { fileName: name, hash, encoding: body.encoding, byteLength: bytes.byteLength },
    blocks: body.blocks,
    note: '',
  };
}
