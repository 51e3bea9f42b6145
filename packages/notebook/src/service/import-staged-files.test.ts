// A batch of many plain-text files starts writing each new article's file
// while the rest of the batch is still being read. What ends up on disk must
// be what the notebook holds all the same: an article whose text the batch's
// own boilerplate changed afterwards is written again, and the files of
// articles the batch did not keep (duplicates, a name met twice, a refusal)
// leave nothing behind, in articles/ or in articles/.incoming/.
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { Article } from '@dossier/core';
import { call, TempNotebooks } from '../../test/fixture.js';

const notebooks = new TempNotebooks();
afterEach(() => notebooks.cleanUp());

const file = (name: string, text: string) => ({ name, dataBase64: Buffer.from(text, 'utf8').toString('base64') });

/** An article of its own; the even ones end with a line they all repeat, which the batch learns as boilerplate. */
function article(i: number): string {
  return [
    `Harbour report number ${i} of the council`,
    `The council met on day ${i} to discuss the harbour plan, which has divided the town for a year.`,
    'Residents spoke for and against it at length, and the vote was put off until the spring session began.',
    ...(i % 2 === 0 ? ['Listen to the weekly marmalade podcast'] : []),
  ].join('\n\n');
}

async function articleFile(dir: string, id: string): Promise<Article> {
  const { schemaVersion, ...stored } = JSON.parse(await readFile(join(dir, 'articles', `${id}.json`), 'utf8'));
  expect(schemaVersion).toBe(1);
  return stored as Article;
}

describe('a batch whose files are written while it is read', () => {
  it('leaves on disk exactly the articles the notebook holds, written after the batch learnt its boilerplate', async () => {
    const { dir, notebook } = await notebooks.seeded('staged');
    const batch = [
      ...Array.from({ length: 40 }, (_, i) => file(`report-${i}.txt`, article(i))),
      file('copy-of-report-7.txt', article(7)),
      file('twice.txt', article(101)),
      file('twice.txt', article(103)),
      file('binary.txt', '\u0000\u0001\u0002ELF\u0000\u0000'),
    ];
    const results = await call(notebook.service, 'articles.import', { files: batch });
    expect(results.map((r) => r.status)).toEqual([
      ...Array.from({ length: 40 }, () => 'imported'),
      'duplicate',
      'imported',
      'updated',
      'refused',
    ]);

    const ids = (await call(notebook.service, 'articles.list', {})).map((a) => a.id).sort();
    // One .json and one .orig per article the notebook holds, nothing else; nothing left half-way.
    const names = (await readdir(join(dir, 'articles'))).filter((n) => !n.startsWith('.'));
    expect(names.sort()).toEqual(ids.flatMap((id) => [`${id}.json`, `${id}.orig`]).sort());
    expect(await readdir(join(dir, 'articles', '.incoming')).catch(() => [])).toEqual([]);

    for (const id of ids)
      expect(await articleFile(dir, id)).toEqual(await call(notebook.service, 'articles.get', { id }));
    // The even reports' closing line became boilerplate once the whole batch was read: the files say so.
    const even = await articleFile(dir, results[4]!.articleId!);
    expect(even.blocks.at(-1)).toMatchObject({ text: 'Listen to the weekly marmalade podcast', clutter: {} });
    const odd = await articleFile(dir, results[5]!.articleId!);
    expect(odd.blocks.some((b) => b.text.includes('marmalade'))).toBe(false);
    const twice = await articleFile(dir, results[42]!.articleId!);
    expect(twice.blocks.map((b) => b.text).join(' ')).toContain('on day 103');

    const reopened = await notebooks.reopen(notebook, dir);
    for (const id of ids)
      expect(await call(reopened.service, 'articles.get', { id })).toEqual(await articleFile(dir, id));
  });
});
