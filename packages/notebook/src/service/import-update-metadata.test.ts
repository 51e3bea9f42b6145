// A changed version of a file imported before keeps the user's metadata, and
// takes from the new file only what the article lacks (its date, here).
import { describe, expect, it } from 'vitest';
import { call, TempNotebooks } from '../../test/fixture.js';

const headline = 'Harbour authority reopens the northern quay after repairs';
const lead =
  'The northern quay of the harbour reopened on Monday after three months of repairs to its pilings, the port authority said in a statement.';
const base64 = (text: string) => Buffer.from(text).toString('base64');

describe('a new version of a file imported before', () => {
  it('takes the date its file now gives, when the article had none', async () => {
    const notebooks = new TempNotebooks();
    try {
      const { notebook } = await notebooks.seeded('update-metadata');
      const [first] = await call(notebook.service, 'articles.import', {
        files: [{ name: 'quay.txt', dataBase64: base64(`${headline}\n\n${lead}`) }],
      });
      expect((await call(notebook.service, 'articles.get', { id: first!.articleId! })).publishedAt).toBeUndefined();
      const [second] = await call(notebook.service, 'articles.import', {
        files: [
          { name: 'quay.txt', dataBase64: base64(`date 2024-10-30 ${headline}\n\n${lead} Ships return next week.`) },
        ],
      });
      expect(second).toMatchObject({ status: 'updated', articleId: first!.articleId });
      const article = await call(notebook.service, 'articles.get', { id: first!.articleId! });
      expect(article).toMatchObject({ title: headline, publishedAt: '2024-10-30' });
    } finally {
      await notebooks.cleanUp();
    }
  });

  it('keeps a date the user set, whatever the new file says', async () => {
    const notebooks = new TempNotebooks();
    try {
      const { notebook } = await notebooks.seeded('update-metadata-kept');
      const [first] = await call(notebook.service, 'articles.import', {
        files: [{ name: 'quay.txt', dataBase64: base64(`${headline}\n\n${lead}`) }],
      });
      const id = first!.articleId!;
      await call(notebook.service, 'articles.update', { id, publishedAt: '2024-11-02' });
      await call(notebook.service, 'articles.import', {
        files: [
          { name: 'quay.txt', dataBase64: base64(`date 2024-10-30 ${headline}\n\n${lead} Ships return next week.`) },
        ],
      });
      expect((await call(notebook.service, 'articles.get', { id })).publishedAt).toBe('2024-11-02');
    } finally {
      await notebooks.cleanUp();
    }
  });
});
