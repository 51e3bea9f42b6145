// The sample corpus as articles, for tests: each non-empty line of a seed file
// becomes a paragraph block, the way a plain-text import would split it.
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Article } from '../src/model.js';

const seedsDir = fileURLToPath(new URL('../../../seeds/', import.meta.url));

export const SEED_FILES: readonly string[] = readdirSync(seedsDir)
  .filter((f) => f.endsWith('.txt'))
  .sort();

export function seedArticle(fileName: string, index = 0): Article {
  const raw = readFileSync(seedsDir + fileName, 'utf8');
  const lines = raw
    .split(/\r?\n/u)
    .map((line) => line.trim())
    .filter((line) => line.length > 0);
  return {
    id: `seed-${index}`,
    title: lines[0] ?? fileName,
    titleDerived: false,
    importedAt: '2024-10-16T09:00:00.000Z',
    updatedAt: '2024-10-16T09:00:00.000Z',
    source: { fileName, hash: '0'.repeat(64), encoding: 'UTF-8', byteLength: Buffer.byteLength(raw) },
    blocks: lines.map((text) => ({ kind: 'paragraph' as const, text })),
    note: '',
  };
}

export function seedArticles(): Article[] {
  return SEED_FILES.map((f, i) => seedArticle(f, i));
}
