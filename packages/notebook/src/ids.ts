import { randomBytes } from 'node:crypto';

/** Short ids people can type: `a-` for articles, `h-` for highlights, `l-` for links. */
export function newId(prefix: 'a' | 'h' | 'l'): string {
  const n = randomBytes(8).readBigUInt64BE() % 36n ** 8n;
  return `${prefix}-${n.toString(36).padStart(8, '0')}`;
}
