// What the bench scripts share: a --size given as 1k, 10k, 100k or a number,
// and the generated articles imported as `pnpm bench` imports them — 1,000
// plain-text files per articles.import call, through dispatch, every file
// required to be imported (a refused one would make every figure meaningless).
import { dispatch, type ImportResult } from '@dossier/core';
import type { openNotebook } from '@dossier/notebook';
import type { BenchArticle } from './generate.js';

export const IMPORT_BATCH = 1000;

/** `"10k"` → 10000, `"2500"` → 2500; anything else, or outside 10–1,000,000, is an error naming --size. */
export function parseSize(text: string): number {
  const match = /^(\d+)(k?)$/iu.exec(text.trim());
  if (!match) throw new Error(`--size: "${text}" is not a size like 1k, 10k, 100k or 2500`);
  const size = Number(match[1]) * (match[2] ? 1000 : 1);
  if (size < 10 || size > 1_000_000) throw new Error(`--size: ${size} is outside 10–1,000,000 articles`);
  return size;
}

type Notebook = Awaited<ReturnType<typeof openNotebook>>;

/** Imports the articles in batches; `afterBatch` hears how many are in after each one. */
export async function importInBatches(
  notebook: Notebook,
  articles: readonly BenchArticle[],
  afterBatch?: (imported: number) => void,
): Promise<void> {
  for (let at = 0; at < articles.length; at += IMPORT_BATCH) {
    const files = articles.slice(at, at + IMPORT_BATCH).map((a) => ({
      name: a.fileName,
      dataBase64: Buffer.from(a.text, 'utf8').toString('base64'),
    }));
    const result = await dispatch(notebook.service, 'articles.import', { files });
    if (!result.ok) throw new Error(result.error.message);
    const wrong = (result.value as ImportResult[]).find((r) => r.status !== 'imported');
    if (wrong) throw new Error(`import of ${wrong.name}: ${wrong.status} ${wrong.message ?? ''}`);
    afterBatch?.(at + files.length);
  }
}
