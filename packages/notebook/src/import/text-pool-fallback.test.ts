// When the import threads cannot run (a missing or broken worker script), a
// batch is read in the importing thread instead: slower, never lost.
// A file of its own, since it points this process's workers at a broken script.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { loadCompromise } from '../intelligence/language-tools.js';
import { setExtractionWorkerFile } from './extractor.js';
import { prepareText } from './text-job.js';
import { TextPool } from './text-pool.js';

const SEEDS = join(import.meta.dirname, '../../../../seeds');
const pool = new TextPool({ threads: 2, chunk: 2, helpHere: false });
afterAll(() => pool.close());

it('reads the batch in the importing thread, with the same results, when no thread can start', async () => {
  await loadCompromise();
  setExtractionWorkerFile(join(import.meta.dirname, '../../test-fixtures/failing-worker.mjs'));
  const files = readdirSync(SEEDS)
    .filter((n) => n.endsWith('.txt'))
    .map((name) => ({ name, bytes: readFileSync(join(SEEDS, name)) }));
  const boilerplate = new Set(['share this article']);
  const read = await pool.prepareAll(files, boilerplate);
  expect(read).toEqual(files.map((file) => prepareText(file, boilerplate)));
  expect(read.every((r) => 'body' in r && r.body.blocks.length > 3)).toBe(true);
  expect(pool.filesReadInThreads).toBe(0);
});
