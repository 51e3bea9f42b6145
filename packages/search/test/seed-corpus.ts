// The five real seed articles as search documents, with the clutter lines the
// labels name removed: what the import pipeline hands to search.
import { readFileSync } from 'node:fs';
import type { SearchDocument } from '../src/index.js';

interface LabelledArticle {
  file: string;
  cluster: string;
  clutter: string[];
  must_keep: string[];
}

export interface SeedArticle {
  file: string;
  /** Body lines a reader must see (search must find each). */
  mustKeep: string[];
  /** Lines of outlet clutter (search must not find them). */
  clutter: string[];
  document: SearchDocument;
}

const labelsUrl = new URL('../test-fixtures/seeds-labels.json', import.meta.url);
const seedsDir = new URL('../../../seeds/', import.meta.url);

export function seedArticles(): SeedArticle[] {
  const labels = JSON.parse(readFileSync(labelsUrl, 'utf8')) as { articles: LabelledArticle[] };
  return labels.articles.map((a) => {
    const clutter = new Set(a.clutter.map((line) => line.trim()));
    const lines = readFileSync(new URL(a.file, seedsDir), 'utf8')
      .split('\n')
      .map((line) => line.trim())
      .filter(Boolean);
    const body = lines.filter((line) => !clutter.has(line)).join('\n\n');
    return {
      file: a.file,
      mustKeep: a.must_keep,
      clutter: a.clutter,
      document: { id: a.file, title: lines[0] ?? '', body, notes: '', tags: [] },
    };
  });
}

/**
 * The query the acceptance check makes of a body line: its four middle words
 * of three letters or more, quotes and dashes dropped. `undefined` when the
 * line has fewer than four such words.
 */
export function middlePhrase(line: string): string | undefined {
  const words = line
    .replace(/[“”"«»—–-]/gu, ' ')
    .split(/\s+/u)
    .filter((w) => /\p{L}{3,}/u.test(w));
  if (words.length < 4) return undefined;
  const mid = Math.max(0, Math.floor(words.length / 2) - 2);
  return words
    .slice(mid, mid + 4)
    .join(' ')
    .replace(/[^\p{L}\p{N}' ]/gu, '');
}
