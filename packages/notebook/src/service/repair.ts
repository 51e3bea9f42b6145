// `check --repair`: restores what can be restored. Damaged article files are
// rebuilt from the original bytes kept beside them; the search index is rebuilt;
// files no catalog entry names move to lost-and-found/; links to missing
// articles go; orphaned highlights are anchored again where their text is back.
// A notebook.json that is damaged with no backup is rebuilt from the article
// files and the journal (`rebuildCatalog`). Every damaged file is kept aside first.
import { basename, join } from 'node:path';
import { DossierError, type Article } from '@dossier/core';
import { buildArticleBody } from '../import/index.js';
import { toCatalogEntry, type NotebookState } from '../notebook.js';
import { ARTICLES_DIR, parseArticleJson } from '../storage/article-files.js';
import { writeFileAtomic } from '../storage/atomic-file.js';
import { replay, validOps } from '../storage/changes.js';
import { disk } from '../storage/disk.js';
import { JOURNAL_FILE, JournalWriter, parseJournal } from '../storage/journal.js';
import { keepAside } from '../storage/keep-aside.js';
import { acquireLock } from '../storage/lock.js';
import { NOTEBOOK_FILE, SCHEMA_VERSION, serializeSnapshot, type NotebookData } from '../storage/notebook-file.js';
import { reanchorArticle } from './annotations.js';
import { checkNotebook, leftoverArticleFiles } from './check.js';
import { loadCompromise } from '../intelligence/language-tools.js';

export const LOST_AND_FOUND_DIR = 'lost-and-found';

export async function repairNotebook(state: NotebookState) {
  const repaired: string[] = [];
  const before = await checkNotebook(state);
  const broken = before.problems.filter((p) => p.file.startsWith(`${ARTICLES_DIR}/`) && p.severity === 'error');
  for (const { file, message } of broken) {
    // A file from a newer Dossier is not damaged: it stays exactly as it is.
    if (/newer Dossier/u.test(message)) continue;
    const id = basename(file).replace(/\.json$/u, '');
    if (state.lookup.indexOf(id) === -1) continue;
    repaired.push(await rebuildArticle(state, id));
  }
  for (const name of await leftoverArticleFiles(state)) {
    await disk.mkdir(join(state.dir, LOST_AND_FOUND_DIR));
    await disk.rename(join(state.dir, ARTICLES_DIR, name), join(state.dir, LOST_AND_FOUND_DIR, name));
    repaired.push(`${ARTICLES_DIR}/${name} was in no catalog entry; moved to ${LOST_AND_FOUND_DIR}/`);
  }
  const known = new Set(state.data.articles.map((a) => a.id));
  const dangling = state.data.links.filter((l) => !known.has(l.from.articleId) || !known.has(l.to.articleId));
  const orphanArticles = new Set(
    state.data.annotations.filter((a) => a.orphan && known.has(a.articleId)).map((a) => a.articleId),
  );
  if (dangling.length || orphanArticles.size) {
    await state.change(['links', 'annotations'], async () => {
      state.data.links = state.data.links.filter((l) => !dangling.includes(l));
      for (const id of orphanArticles) {
        const orphansBefore = state.data.annotations.filter((a) => a.articleId === id && a.orphan).length;
        const orphansNow = reanchorArticle(state, await state.article(id));
        if (orphansNow < orphansBefore)
          repaired.push(`${orphansBefore - orphansNow} orphaned highlight(s) anchored again in ${id}`);
      }
    });
    if (dangling.length) repaired.push(`${dangling.length} link(s) to missing articles removed`);
  }
  await state.search.rebuild(state);
  await state.search.save(state);
  repaired.push('search index rebuilt');
  await state.compactNow();
  repaired.push(`${NOTEBOOK_FILE} rewritten and backed up`);
  const after = await checkNotebook(state);
  return { repaired, ok: after.ok, problems: after.problems };
}

/** Rebuilds an article file from its original bytes, keeping the catalog's metadata. */
async function rebuildArticle(state: NotebookState, id: string): Promise<string> {
  const path = state.files.pathOf(id);
  const kept = await keepAside(path).catch(() => null);
  const aside = kept ? ` (the damaged file was kept as ${kept})` : '';
  const bytes = await disk.readFile(state.files.originalPathOf(id)).catch(() => null);
  if (!bytes)
    return `${ARTICLES_DIR}/${id}.json cannot be rebuilt: its original bytes (${id}.orig) are missing${aside}`;
  const entry = state.entry(id);
  const body = buildArticleBody(bytes, entry.source.fileName);
  const { hasNote: _hasNote, ...meta } = entry;
  const article: Article = { ...meta, blocks: body.blocks, note: '' };
  await state.change(['articles', 'annotations'], async () => {
    state.forgetArticle(id);
    await state.putArticle(article);
    reanchorArticle(state, article);
    await state.search.refresh(state, id);
  });
  return `${ARTICLES_DIR}/${id}.json rebuilt from ${id}.orig${aside}${entry.hasNote ? '; its article note was lost' : ''}`;
}

/**
 * For a notebook.json that is damaged with no backup: a new catalog from the
 * article files, with the journal's changes replayed over it. Highlights saved
 * before the journal began cannot come back; the report says how many came from the journal.
 */
export async function rebuildCatalog(dir: string): Promise<string[]> {
  await loadCompromise();
  const lock = await acquireLock(dir);
  try {
    const snapshotPath = join(dir, NOTEBOOK_FILE);
    const report: string[] = [];
    if (
      await disk.readFile(snapshotPath).then(
        () => true,
        () => false,
      )
    ) {
      report.push(`the damaged ${NOTEBOOK_FILE} was kept as ${await keepAside(snapshotPath)}`);
    }
    const articles: NotebookData['articles'] = [];
    const names = (await disk.readdir(join(dir, ARTICLES_DIR)).catch(() => [] as string[])).filter((n) =>
      /^[^.].*\.json$/u.test(n),
    );
    for (const name of names.sort()) {
      try {
        articles.push(toCatalogEntry(parseArticleJson(await disk.readText(join(dir, ARTICLES_DIR, name)), name)));
      } catch {
        report.push(`${ARTICLES_DIR}/${name} is damaged and was left out`);
      }
    }
    articles.sort((a, b) => a.importedAt.localeCompare(b.importedAt));
    const journalBytes = await disk.readFile(join(dir, JOURNAL_FILE)).catch(() => null);
    const journal = journalBytes ? parseJournal(journalBytes, validOps) : null;
    const base: NotebookData = {
      schemaVersion: SCHEMA_VERSION,
      name: basename(dir),
      createdAt: journal?.header?.notebook ?? new Date().toISOString(),
      revision: journal?.header?.base ?? 0,
      articles,
      annotations: [],
      tags: [],
      links: [],
    };
    const data = replay(base, journal?.entries ?? []);
    const ids = new Set(data.articles.map((a) => a.id));
    data.annotations = data.annotations.filter((a) => ids.has(a.articleId));
    await writeFileAtomic(snapshotPath, serializeSnapshot(data));
    const writer = await JournalWriter.start(join(dir, JOURNAL_FILE), data.createdAt, data.revision);
    await writer.close();
    report.push(
      `${NOTEBOOK_FILE} rebuilt: ${data.articles.length} article(s) from ${ARTICLES_DIR}/, ${data.annotations.length} highlight(s) and ${data.links.length} link(s) from the journal; highlights saved before the journal began could not be recovered`,
    );
    return report;
  } finally {
    await lock.release();
  }
}

export function needsCatalogRebuild(error: unknown): boolean {
  return (
    error instanceof DossierError && error.code === 'notebook_corrupt' && /no backup to open from/u.test(error.message)
  );
}
