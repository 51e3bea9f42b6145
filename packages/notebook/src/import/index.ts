import type { Block } from '@dossier/core';
import { cleanWithTitle } from './clutter-title.js';
import { decodeArticleBytes } from './decoding.js';
import type { FoundMetadata } from './rich-import.js';
import { parseArticleText } from './structure.js';

export { decodeArticleBytes } from './decoding.js';
export { parseArticleText } from './structure.js';
export { detectClutter, normalizeBoilerplateLine, REPEATED_REASON } from './clutter.js';

export function buildArticleBody(
  bytes: Uint8Array,
  fileName: string,
  context: { boilerplate?: ReadonlySet<string> } = {},
): { title: string; titleDerived: boolean; blocks: Block[]; encoding: string; metadata: FoundMetadata } {
  const { text, encoding } = decodeArticleBytes(bytes, fileName);
  const { publishedAt, ...parsed } = parseArticleText(text, fileName);
  // A Markdown `#` heading is the title its author wrote, however short: no section's name of a copied page.
  const written = /\.md$/iu.test(fileName) && text.trimStart().startsWith('#');
  const { title, titleDerived, blocks } = cleanWithTitle(parsed, { ...context, written });
  return { title, titleDerived, blocks, encoding, metadata: publishedAt ? { publishedAt } : {} };
}
