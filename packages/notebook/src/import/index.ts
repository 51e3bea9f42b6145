import type { Block } from '@dossier/core';
import { cleanWithTitle } from './clutter-title.js';
import { decodeArticleBytes } from './decoding.js';
import { parseArticleText } from './structure.js';

export { decodeArticleBytes } from './decoding.js';
export { parseArticleText } from './structure.js';
export { detectClutter, normalizeBoilerplateLine, REPEATED_REASON } from './clutter.js';

export function buildArticleBody(
  bytes: Uint8Array,
  fileName: string,
  context: { boilerplate?: ReadonlySet<string> } = {},
): { title: string; titleDerived: boolean; blocks: Block[]; encoding: string } {
  const { text, encoding } = decodeArticleBytes(bytes, fileName);
  return { ...cleanWithTitle(parseArticleText(text, fileName), context), encoding };
}
