// A batch of many plain-text files is indexed while the import threads read
// it, before the import knows which files it will keep as new articles and
// before the batch's own boilerplate is known. Whatever the batch holds, the
// search index it leaves answers every query exactly as the index rebuilt
// from the notebook does: a file that turns out a duplicate, a second file
// of one name or a changed version leaves nothing of itself behind, and a
// line the batch finds repeated is out of every article's indexed text.
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { Notebook } from '../index.js';
import { INDEX_FILE } from '../search-sync.js';
import { call, TempNotebooks } from '../../test/fixture.js';

const notebooks = new TempNotebooks();
afterEach(() => notebooks.cleanUp());

const file = (name: string, text: string) => ({ name, dataBase64: Buffer.from(text, 'utf8').toString('base64') });

const SYLLABLES = ['brux', 'clem', 'dorv', 'fenk', 'gast', 'holp', 'jirn', 'kwad'];
/**
 * A made-up word only article `i` has: letters only, so no tokenizer splits
 * it, and four letters or more away from any other's, so no misspelling of one is the other.
 */
const wordOf = (i: number) =>
  `zeph${SYLLABLES[Math.floor(i / 64) % 8]}${SYLLABLES[Math.floor(i / 8) % 8]}${SYLLABLES[i % 8]}`;

/**
 * An article of its own words; the even ones are closed by a furniture line
 * they all repeat, which the batch learns as boilerplate only once all is read.
 */
function article(i: number, extra = ''): string {
  return [
    `Report ${wordOf(i)} on the harbour works`,
    `The council met on Tuesday to discuss the ${wordOf(i)} harbour plan, which has divided the town for a year.`,
    'Residents spoke for and against it at length, and the vote was put off until the spring session began.',
    `Engineers said the ${wordOf(i)} survey would be ready within weeks, though funding remains uncertain. ${extra}`,
    ...(i % 2 === 0 ? ['Listen to the weekly marmalade podcast'] : []),
  ].join('\n\n');
}

async function answers(notebook: Notebook, queries: string[]): Promise<Map<string, string[]>> {
  const found = new Map<string, string[]>();
  for (const q of queries) {
    const hits = await call(notebook.service, 'search.query', { q, limit: 100 });
    found.set(
      q,
      hits.map((h) => h.articleId),
    );
  }
  return found;
}

describe('a batch indexed as it is read', () => {
  it('leaves the index a rebuild from the notebook would make, whatever the batch holds', async () => {
    const { dir, notebook } = await notebooks.seeded('pipeline');
    await call(notebook.service, 'articles.import', {
      files: [file('earlier.txt', article(90)), file('changed.txt', article(91))],
    });
    const batch = [
      ...Array.from({ length: 24 }, (_, i) => file(`new-${i}.txt`, article(i))),
      file('copy-of-new-3.txt', article(3)), // the same bytes as a new file of this batch
      file('earlier-again.txt', article(90)), // the same bytes as an article imported before
      file('changed.txt', article(92)), // a new version of a file imported before
      file('twice.txt', article(93)), // one name met twice: the second is a new version of the first
      file('twice.txt', article(94)),
      file('binary.txt', '\u0000\u0001\u0002ELF\u0000\u0000'),
    ];
    const results = await call(notebook.service, 'articles.import', { files: batch });
    expect(results.map((r) => r.status)).toEqual([
      ...Array.from({ length: 24 }, () => 'imported'),
      'duplicate',
      'duplicate',
      'updated',
      'imported',
      'updated',
      'refused',
    ]);
    const queries = [
      ...Array.from({ length: 26 }, (_, i) => wordOf(i)),
      ...[90, 91, 92, 93, 94, 95].map(wordOf),
      'marmalade',
      'podcast',
      'zeph*',
      'harbour',
      'council',
      'residents spring',
      '"funding remains uncertain"',
      `${wordOf(5).slice(0, -1)}q`, // a misspelling, answered from the vocabulary
    ];
    const live = await answers(notebook, queries);
    // The line the even articles repeat is marked as the batch's boilerplate, so search finds it only in
    // earlier.txt, read before it was known.
    expect(live.get(wordOf(90))).toHaveLength(1);
    expect(live.get('marmalade')).toEqual(live.get(wordOf(90)));
    // The replaced texts of changed.txt and of the first twice.txt are found nowhere.
    // The second twice.txt replaced the first in the index too; changed.txt's new text is found.
    const idOf = (name: string) => results.findLast((r) => r.name === name)!.articleId!;
    expect(live.get(wordOf(94))).toContain(idOf('twice.txt'));
    expect(live.get(wordOf(92))).toContain(idOf('changed.txt'));
    expect(live.get(wordOf(3))).toContain(idOf('new-3.txt'));

    await notebook.close();
    await rm(join(dir, INDEX_FILE));
    const rebuilt = await notebooks.reopen(notebook, dir);
    expect(await answers(rebuilt, queries)).toEqual(live);
  });
});
