// The short lines of a batch's articles are remembered as they were counted
// where the batch was read, so the next import's count of the notebook's
// lines does not read them back from disk. Whatever was remembered, the next
// import must clean exactly as it does in a notebook opened afresh, which
// reads every article's lines from its file.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openNotebook, type Notebook } from '../index.js';
import { call } from '../../test/fixture.js';

const opened: Notebook[] = [];
const dirs: string[] = [];
afterEach(async () => {
  for (const notebook of opened.splice(0)) await notebook.close();
  for (const dir of dirs.splice(0)) await rm(dir, { recursive: true, force: true });
});

async function open(dir?: string): Promise<{ dir: string; notebook: Notebook }> {
  if (!dir) dirs.push((dir = await mkdtemp(join(tmpdir(), 'dossier-import-lines-'))));
  const notebook = await openNotebook(dir, { create: true });
  opened.push(notebook);
  return { dir, notebook };
}

const file = (name: string, text: string) => ({ name, dataBase64: Buffer.from(text, 'utf8').toString('base64') });

/** A sentence of five words or more: counted in the notebook's lines, but never the batch's own furniture. */
const SENTENCE = 'The harbour office stays shut until further notice.';
const CALL = 'Listen to the weekly harbour podcast';

function article(i: number, extra: string[]): string {
  return [
    `Harbour report number ${i} from the quay`,
    `The ${i}th ship of the season docked on Tuesday after a storm had delayed it for ${i} days at sea.`,
    ...extra,
    `Port officials said ship ${i} would stay in the harbour until the repairs were done, which could take weeks, and that the season would be the busiest in a decade all the same.`,
  ].join('\n\n');
}

/** Twenty files, read by the import threads; three hold the sentence, three others the call. */
const batch = Array.from({ length: 20 }, (_, i) =>
  file(`report-${i}.txt`, article(i, [...(i < 3 ? [SENTENCE] : []), ...(i >= 3 && i < 6 ? [CALL] : [])])),
);
const next = file('next.txt', article(99, [SENTENCE, CALL]));

const cleanLines = async (notebook: Notebook, id: string) =>
  (await call(notebook.service, 'articles.get', { id })).blocks.filter((b) => !b.clutter).map((b) => b.text);

describe('the lines a batch remembers for the next import', () => {
  it('clean the next import as the lines read back from the notebook do', async () => {
    const same = await open();
    await call(same.notebook.service, 'articles.import', { files: batch });
    const [inSame] = await call(same.notebook.service, 'articles.import', { files: [next] });

    const fresh = await open();
    await call(fresh.notebook.service, 'articles.import', { files: batch });
    await fresh.notebook.close();
    opened.splice(opened.indexOf(fresh.notebook), 1);
    const reopened = await open(fresh.dir);
    const [inReopened] = await call(reopened.notebook.service, 'articles.import', { files: [next] });

    const lines = await cleanLines(same.notebook, inSame!.articleId!);
    expect(lines).toEqual(await cleanLines(reopened.notebook, inReopened!.articleId!));
    // Three stored articles hold the sentence: it is the notebook's boilerplate now, as the batch's call is.
    expect(lines).not.toContain(SENTENCE);
    expect(lines).not.toContain(CALL);
    expect(lines).toContain(article(99, []).split('\n\n').at(-1));
  });
});
