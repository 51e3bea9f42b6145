// compromise is loaded by the first method that needs it, not by opening a
// notebook: the library, a search and a highlight never wait for it. (Vitest
// runs each test file in a fresh module graph, so nothing loaded it before.)
import { rm } from 'node:fs/promises';
import { afterEach, describe, expect, it } from 'vitest';
import { openNotebook, type Notebook } from '../open.js';
import { call, seedFiles, tempDir } from '../../test/fixture.js';
import { compromiseLoaded } from './language-tools.js';

const opened: Notebook[] = [];
const dirs: string[] = [];
afterEach(async () => {
  for (const n of opened.splice(0)) await n.close();
  for (const d of dirs.splice(0)) await rm(d, { recursive: true, force: true });
});

describe('compromise, loaded when first needed', () => {
  it('is not loaded by opening, listing, searching or saving a highlight; an import loads it', async () => {
    const dir = await tempDir('language-tools');
    dirs.push(dir);
    const notebook = await openNotebook(dir, { create: true });
    opened.push(notebook);
    const s = notebook.service;
    await call(s, 'articles.list', {});
    await call(s, 'search.query', { q: 'kremlin', limit: 20 });
    expect(compromiseLoaded()).toBe(false);

    await call(s, 'articles.import', { files: await seedFiles() });
    expect(compromiseLoaded()).toBe(true);
    const [first] = await call(s, 'articles.list', {});
    const article = await call(s, 'articles.get', { id: first!.id });
    const quote = article.blocks.find((b) => b.text.length > 40)!.text.slice(0, 30);
    await call(s, 'annotations.create', { articleId: first!.id, quote, note: '', tags: [] });
    // The seeds name people and places; entity extraction runs on the loaded library.
    const entities = await call(s, 'entities.list', {});
    expect(entities.length).toBeGreaterThan(0);
  });
});
