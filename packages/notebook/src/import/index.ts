import type { Block } from '@dossier/core';
import { detectClutter } from './clutter.js';
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
  const parsed = parseArticleText(text, fileName);
  const headline = parsed.titleDerived ? {} : { headline: parsed.title };
  return { ...parsed, blocks: detectClutter(parsed.blocks, { ...context, ...headline }), encoding };
}
