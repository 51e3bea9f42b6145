// A large import runs beside the rest of the notebook: searches asked while it
// reads, writes and indexes its files are answered, name only articles that
// are there, and once it is done every imported article is found.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { setImmediate as turn } from 'node:timers/promises';
import { afterEach, expect, it } from 'vitest';
import { SEEDS, TempNotebooks, call } from '../../test/fixture.js';

const notebooks = new TempNotebooks();
afterEach(() => notebooks.cleanUp());

/** 120 distinct articles made of the seeds: each one's headline names its number. */
function manyArticles(): { name: string; dataBase64: string }[] {
  const seeds = readdirSync(SEEDS)
    .filter((n) => n.endsWith('.txt'))
    .sort()
    .map((n) => readFileSync(join(SEEDS, n), 'utf8'));
  return Array.from({ length: 120 }, (_, i) => ({
    name: `copy-${i}.txt`,
    dataBase64: Buffer.from(`Dispatch number${i} on energy talks\n\n${seeds[i % seeds.length]}`).toString('base64'),
  }));
}

it('answers searches while a batch of 120 files is imported, and finds every article after it', async () => {
  const { notebook } = await notebooks.seeded('import-search');
  const { service } = notebook;
  const files = manyArticles();
  let finished = false;
  const importing = call(service, 'articles.import', { files }).finally(() => (finished = true));
  const answers: { articleId: string }[][] = [];
  while (!finished) {
    answers.push(await call(service, 'search.query', { q: 'energy', tags: [], limit: 200 }));
    await turn();
  }
  const results = await importing;
  expect(results.filter((r) => r.status === 'imported')).toHaveLength(files.length);
  // Asked while the import ran: each answer holds the seeds at least, and names only articles that can be opened.
  expect(answers.length).toBeGreaterThan(2);
  for (const answer of answers) expect(answer.length).toBeGreaterThanOrEqual(5);
  for (const hit of answers.flat())
    expect((await call(service, 'articles.get', { id: hit.articleId })).id).toBe(hit.articleId);
  const found = await call(service, 'search.query', { q: 'energy', tags: [], limit: 200 });
  const ids = new Set(found.map((h) => h.articleId));
  for (const r of results) expect(ids.has(r.articleId!)).toBe(true);
  expect((await call(service, 'search.query', { q: 'number117', tags: [], limit: 5 }))[0]?.title).toBe(
    'Dispatch number117 on energy talks',
  );
});
