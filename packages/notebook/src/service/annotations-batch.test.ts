// Many highlights at once, as a user brings them in from another tool (a W3C
// Web Annotation file): one journal entry and one fsync for the file, every
// highlight placed on its article and found by search through its note and tags.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { canonicalText, type Annotation } from '@dossier/core';
import type { Notebook } from '../open.js';
import { JOURNAL_FILE } from '../storage/journal.js';
import { call, TempNotebooks } from '../../test/fixture.js';

const notebooks = new TempNotebooks();
afterEach(() => notebooks.cleanUp());

async function seededNotebook() {
  const { dir, notebook } = await notebooks.seeded('batch');
  return { dir, notebook, s: notebook.service };
}

/** One W3C annotation per sentence-like piece of each article: its quote, a note naming it and a tag per article. */
async function w3cDocument(s: Notebook['service']) {
  const items: object[] = [];
  for (const [n, entry] of (await call(s, 'articles.list', {})).entries()) {
    const text = canonicalText((await call(s, 'articles.get', { id: entry.id })).blocks);
    const pieces = text.split(/(?<=[.!?])\s+/u).filter((p) => p.length > 30 && text.indexOf(p) === text.lastIndexOf(p));
    for (const [i, exact] of pieces.slice(0, 40).entries()) {
      items.push({
        type: 'Annotation',
        body: [
          { type: 'TextualBody', purpose: 'commenting', value: `batchnote${n}x${i}q` },
          { type: 'TextualBody', purpose: 'tagging', value: `batch/article${n}` },
        ],
        target: { source: `urn:sha256:${entry.source.hash}`, selector: [{ type: 'TextQuoteSelector', exact }] },
      });
    }
  }
  return { json: JSON.stringify({ type: 'AnnotationCollection', items }), count: items.length };
}

const journalLines = async (dir: string) => (await readFile(join(dir, JOURNAL_FILE), 'utf8')).trimEnd().split('\n');

describe('a file of many highlights', () => {
  it('is saved as one journal entry, and each article lists exactly its own highlights', async () => {
    const { dir, s } = await seededNotebook();
    const { json, count } = await w3cDocument(s);
    expect(count).toBeGreaterThan(40);
    const before = await journalLines(dir);
    const results = await call(s, 'annotations.importW3c', { json });
    expect(results.filter((r) => r.status === 'imported')).toHaveLength(count);
    expect(await journalLines(dir)).toHaveLength(before.length + 1);

    const articles = await call(s, 'articles.list', {});
    let listed = 0;
    for (const [n, entry] of articles.entries()) {
      const own = await call(s, 'annotations.list', { articleId: entry.id });
      expect(new Set(own.map((a) => a.articleId))).toEqual(new Set(own.length ? [entry.id] : []));
      expect(own.every((a) => a.tags[0] === `batch/article${n}`)).toBe(true);
      const starts = own.map((a) => a.target.position.start);
      expect(starts).toEqual([...starts].sort((a, b) => a - b));
      listed += own.length;
    }
    expect(listed).toBe(count);
  });

  it("makes every highlight's note and tag searchable on its article, also after reopening", async () => {
    const { dir, notebook, s } = await seededNotebook();
    await call(s, 'annotations.importW3c', { json: (await w3cDocument(s)).json });
    const articles = await call(s, 'articles.list', {});
    const find = async (service: Notebook['service'], q: string) =>
      (await call(service, 'search.query', { q })).map((h) => h.articleId);
    expect(await find(s, 'batchnote2x3q')).toEqual([articles[2]!.id]);
    expect(await call(s, 'search.query', { q: 'energy', tags: ['batch/article4'] })).not.toHaveLength(0);

    const reopened = await notebooks.reopen(notebook, dir);
    expect(await find(reopened.service, 'batchnote1x0q')).toEqual([articles[1]!.id]);
  });

  it('keeps search in step when one of them is edited or removed afterwards', async () => {
    const { s } = await seededNotebook();
    await call(s, 'annotations.importW3c', { json: (await w3cDocument(s)).json });
    const [first] = await call(s, 'articles.list', {});
    const own = await call(s, 'annotations.list', { articleId: first!.id });
    const [edited, removed, kept] = own as [Annotation, Annotation, Annotation];
    await call(s, 'annotations.update', { id: edited.id, note: 'rewrittennote' });
    await call(s, 'annotations.remove', { id: removed.id });
    const hits = async (q: string) => (await call(s, 'search.query', { q })).length;
    expect(await hits('rewrittennote')).toBe(1);
    expect(await hits(edited.note)).toBe(0);
    expect(await hits(removed.note)).toBe(0);
    expect(await hits(kept.note)).toBe(1);
    expect(await call(s, 'annotations.list', { articleId: first!.id })).toHaveLength(own.length - 1);
  });
});

describe('one highlight at a time', () => {
  it('keeps search in step whether or not the change touches what search sees (notes and tags)', async () => {
    const { s } = await seededNotebook();
    const [first] = await call(s, 'articles.list', {});
    const found = async (q: string, tags: string[] = []) =>
      (await call(s, 'search.query', { q, tags })).map((h) => h.articleId);
    // A plain highlight: nothing for search.
    const plain = await call(s, 'annotations.create', { articleId: first!.id, start: 0, end: 20 });
    expect(await found('energy', ['plain/tag'])).toEqual([]);
    await call(s, 'annotations.update', { id: plain.id, color: 'green' });
    await call(s, 'annotations.update', { id: plain.id, tags: ['plain/tag'] });
    expect(await found('energy', ['plain/tag'])).toEqual([first!.id]);
    // A second highlight with the same tag and no note: the article's tags are as they were.
    const twin = await call(s, 'annotations.create', { articleId: first!.id, start: 30, end: 50, tags: ['plain/tag'] });
    await call(s, 'annotations.remove', { id: plain.id });
    expect(await found('energy', ['plain/tag'])).toEqual([first!.id]);
    await call(s, 'annotations.update', { id: twin.id, note: 'quietnotez' });
    expect(await found('quietnotez')).toEqual([first!.id]);
    await call(s, 'annotations.remove', { id: twin.id });
    expect(await found('quietnotez')).toEqual([]);
    expect(await found('energy', ['plain/tag'])).toEqual([]);
  });
});
