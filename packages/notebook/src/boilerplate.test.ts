// Learning an outlet's furniture from the notebook's own articles, on a real notebook folder.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openNotebook, type Notebook } from './index.js';
import { outletOf } from './boilerplate.js';
import { call } from '../test/fixture.js';

let dir: string;
let notebook: Notebook;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'dossier-boilerplate-'));
  notebook = await openNotebook(dir, { create: true });
});
afterEach(async () => {
  await notebook.close();
  await rm(dir, { recursive: true, force: true });
});

const FURNITURE = 'Listen to the Harbour Desk podcast';
const article = (n: number, extra = FURNITURE) =>
  `Harbour report ${n}\n\nThe ${n}th ship of the season docked on Tuesday after a storm had delayed it for ${n} days.\n\n${extra}\n\nPort officials said the season would be the busiest in a decade.\n`;

async function importText(name: string, text: string, outlet?: string): Promise<string> {
  const [result] = await call(notebook.service, 'articles.import', {
    files: [{ name, dataBase64: Buffer.from(text).toString('base64') }],
  });
  const id = result!.articleId!;
  if (outlet) await call(notebook.service, 'articles.update', { id, outlet });
  return id;
}

const cleanLines = async (id: string) =>
  (await call(notebook.service, 'articles.get', { id })).blocks.filter((b) => !b.clutter).map((b) => b.text);

describe('boilerplate learnt from repetition', () => {
  it('takes a line two articles of one outlet share as that outlet’s furniture', async () => {
    await importText('a.txt', article(1), 'Harbour Gazette');
    await importText('b.txt', article(2), 'Harbour Gazette');
    const third = await importText('c.txt', article(3));
    expect(await cleanLines(third)).not.toContain(FURNITURE);
  });

  it('needs three articles when their outlets differ or are unknown', async () => {
    await importText('a.txt', article(1), 'Harbour Gazette');
    await importText('b.txt', article(2), 'Coast Times');
    const third = await importText('c.txt', article(3));
    expect(await cleanLines(third)).toContain(FURNITURE);
    const fourth = await importText('d.txt', article(4));
    expect(await cleanLines(fourth)).not.toContain(FURNITURE);
  });

  it('never learns a sentence as one outlet’s furniture', async () => {
    const quote = 'The harbour master said the new quay would open to ships of every size before the winter storms.';
    await importText('a.txt', article(1, quote), 'Harbour Gazette');
    await importText('b.txt', article(2, quote), 'Harbour Gazette');
    const third = await importText('c.txt', article(3, quote));
    expect(await cleanLines(third)).toContain(quote);
  });
});

describe('outletOf', () => {
  it('is the outlet, else the host of the address', () => {
    expect(outletOf({ outlet: 'Kyiv Independent' })).toBe('kyiv independent');
    expect(outletOf({ url: 'https://www.euronews.com/2020/07/26/x' })).toBe('euronews.com');
    expect(outletOf({ url: 'not a url' })).toBeUndefined();
  });

  it('learns within one import batch, marking the furniture in every article of it', async () => {
    const quote = 'Officials said the quay would open soon.';
    const files = [1, 2, 3].map((n) => ({
      name: `${n}.txt`,
      dataBase64: Buffer.from(article(n, `${FURNITURE}\n\n${quote}`)).toString('base64'),
    }));
    const results = await call(notebook.service, 'articles.import', { files });
    for (const { articleId } of results) {
      const lines = await cleanLines(articleId!);
      expect(lines).not.toContain(FURNITURE);
      // Re-reports in one batch share short sentences of the story: those stay body.
      expect(lines).toContain(quote);
    }
  });

  it('leaves a line two articles of one batch share to later imports', async () => {
    const files = [1, 2].map((n) => ({ name: `${n}.txt`, dataBase64: Buffer.from(article(n)).toString('base64') }));
    const results = await call(notebook.service, 'articles.import', { files });
    for (const { articleId } of results) expect(await cleanLines(articleId!)).toContain(FURNITURE);
  });
});
