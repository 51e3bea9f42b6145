// Highlights out as W3C Web Annotations and back in: a new notebook holding the
// same articles ends up with identical highlights.
import { rm } from 'node:fs/promises';
import { afterEach, describe, expect, it } from 'vitest';
import type { Annotation, DossierService } from '@dossier/core';
import type { Notebook } from '../open.js';
import {
  DRAFT_NOW,
  RESEARCH_PAGE,
  call,
  draft,
  emptyNotebook,
  researchFiles,
  researchNotebook,
} from '../../test/research-notebook.js';

const opened: { dir: string; notebook: Notebook }[] = [];
afterEach(async () => {
  for (const { dir, notebook } of opened.splice(0)) {
    await notebook.close();
    await rm(dir, { recursive: true, force: true });
  }
});

async function track(made: Promise<{ dir: string; notebook: Notebook }>) {
  const it = await made;
  opened.push(it);
  return it.notebook.service;
}

/** Annotations keyed by the imported file, so two notebooks' ids do not matter. */
async function byFile(s: DossierService): Promise<(Omit<Annotation, 'articleId'> & { file: string })[]> {
  const files = new Map((await s['articles.list']({})).map((a) => [a.id, a.source.fileName]));
  return (await s['annotations.list']({})).map(({ articleId, ...a }) => ({ ...a, file: files.get(articleId)! }));
}

async function w3c(s: DossierService, selection: { annotationIds?: string[]; tags?: string[] } = {}) {
  const { files } = await call(s, 'export.render', { format: 'w3c', ...selection });
  return files[0]!.content;
}

describe('W3C Web Annotation export and import', () => {
  it('round-trips every highlight losslessly into a new notebook with the same articles', async () => {
    const a = await track(researchNotebook());
    const json = await w3c(a);
    const b = await track(emptyNotebook('dossier-w3c-b-'));
    await b['articles.import']({ files: await researchFiles() });
    await b['articles.import']({ files: [draft(DRAFT_NOW)] });
    const results = await b['annotations.importW3c']({ json });
    expect(results.map((r) => r.status)).toEqual(['imported', 'imported', 'imported', 'imported']);
    const before = await byFile(a);
    expect(before.some((x) => x.orphan)).toBe(true);
    expect(await byFile(b)).toEqual(before);
  });

  it('writes standard JSON-LD: a collection of Annotations with quote and position selectors, notes and tags as bodies', async () => {
    const a = await track(researchNotebook());
    const doc = JSON.parse(await w3c(a));
    expect(doc['@context'][0]).toBe('http://www.w3.org/ns/anno.jsonld');
    expect(doc.type).toBe('AnnotationCollection');
    expect(doc.total).toBe(4);
    const noted = doc.first.items.find((x: { body?: { purpose: string }[] }) =>
      x.body?.some((b) => b.purpose === 'commenting'),
    );
    expect(noted).toMatchObject({
      type: 'Annotation',
      motivation: 'commenting',
      target: {
        source: expect.stringMatching(/^urn:sha256:[0-9a-f]{64}$/u),
        selector: [
          { type: 'TextPositionSelector', start: expect.any(Number), end: expect.any(Number) },
          { type: 'TextQuoteSelector', exact: 'both sides have reduced the frequency of attacks' },
        ],
      },
      body: [
        { type: 'TextualBody', purpose: 'commenting', format: 'text/markdown' },
        { type: 'TextualBody', purpose: 'tagging', value: 'energy/strikes' },
        { type: 'TextualBody', purpose: 'tagging', value: 'sources/intelligence' },
      ],
    });
  });

  it('exports only the selected annotations, by id or by tag', async () => {
    const a = await track(researchNotebook());
    const all = await a['annotations.list']({});
    const one = JSON.parse(await w3c(a, { annotationIds: [all[0]!.id] }));
    expect(one.first.items.map((x: { id: string }) => x.id)).toEqual([`urn:dossier:annotation:${all[0]!.id}`]);
    const energy = JSON.parse(await w3c(a, { tags: ['energy'] }));
    expect(energy.total).toBe(all.filter((x) => x.tags.some((t) => t.startsWith('energy'))).length);
  });

  it('reports annotations already present as duplicates, and changes nothing', async () => {
    const a = await track(researchNotebook());
    const results = await a['annotations.importW3c']({ json: await w3c(a) });
    expect(new Set(results.map((r) => r.status))).toEqual(new Set(['duplicate']));
    expect(await a['annotations.list']({})).toHaveLength(4);
  });

  it('places another tool’s annotation by the article’s URL and its quote, fuzzily if the text moved', async () => {
    const b = await track(emptyNotebook('dossier-w3c-foreign-'));
    await b['articles.import']({ files: await researchFiles() });
    const page = (await b['articles.list']({})).find((x) => x.source.fileName === RESEARCH_PAGE)!;
    const foreign = {
      '@context': 'http://www.w3.org/ns/anno.jsonld',
      id: 'https://hypothes.is/a/abc123',
      type: 'Annotation',
      body: [
        { type: 'TextualBody', value: 'rates', purpose: 'tagging' },
        { type: 'TextualBody', value: 'Key line.' },
      ],
      target: { source: page.url, selector: { type: 'TextQuoteSelector', exact: 'keeping interest rates near zero' } },
    };
    const [result] = await b['annotations.importW3c']({ json: JSON.stringify(foreign) });
    expect(result).toMatchObject({ status: 'imported', articleId: page.id });
    const [made] = await b['annotations.list']({ articleId: page.id });
    expect(made).toMatchObject({ id: 'w3c-abc123', tags: ['rates'], note: 'Key line.', orphan: false });
    expect(made!.target.quote.exact).toBe('keeping interest rates near zero');
  });

  it('refuses, with the reason, an annotation whose article is not in the notebook or whose quote is not in it', async () => {
    const b = await track(emptyNotebook('dossier-w3c-refuse-'));
    await b['articles.import']({ files: (await researchFiles()).slice(0, 1) });
    const [seed] = await b['articles.list']({});
    const page = {
      type: 'AnnotationPage',
      items: [
        {
          type: 'Annotation',
          id: 'x1',
          target: { source: 'https://example.org/elsewhere', selector: { type: 'TextQuoteSelector', exact: 'a' } },
        },
        {
          type: 'Annotation',
          id: 'x2',
          target: {
            source: `urn:sha256:${seed!.source.hash}`,
            selector: { type: 'TextQuoteSelector', exact: 'words that are nowhere in this article' },
          },
        },
      ],
    };
    const results = await b['annotations.importW3c']({ json: JSON.stringify(page) });
    expect(results).toEqual([
      {
        id: 'x1',
        status: 'refused',
        message: 'no article in this notebook matches its target (https://example.org/elsewhere)',
      },
      {
        id: 'x2',
        status: 'refused',
        message: expect.stringMatching(/^its quote is not in ".+": "words that are nowhere/u),
      },
    ]);
    await expect(b['annotations.importW3c']({ json: '{"not":"annotations"}' })).rejects.toThrow(
      'the file holds no W3C Web Annotations',
    );
    await expect(b['annotations.importW3c']({ json: 'not json' })).rejects.toThrow(/^the file is not JSON/u);
  });
});
