// `check`: an integrity report of the notebook folder, read-only. Every stored
// format is read and validated on its own (notebook.json, journal.jsonl, each
// article file, the search index, the lock), so a file the open worked around is
// still reported; what the open did about it comes first.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { DossierError, canonicalText } from '@dossier/core';
import { ARTICLES_DIR } from '../storage/article-files.js';
import { validOps } from '../storage/changes.js';
import { disk } from '../storage/disk.js';
import { JOURNAL_FILE, parseJournal } from '../storage/journal.js';
import { LOCK_FILE } from '../storage/lock.js';
import { NOTEBOOK_FILE, readSnapshot } from '../storage/notebook-file.js';
import { FtsArticleIndex } from '../fts-article-index.js';
import { INDEX_FILE } from '../search-sync.js';
import type { NotebookState } from '../notebook.js';
import { inspectIntelligence } from '../intelligence/inspect.js';

export interface Problem {
  file: string;
  message: string;
  severity: 'error' | 'warning';
}

export async function checkNotebook(state: NotebookState): Promise<{ ok: boolean; problems: Problem[] }> {
  const problems: Problem[] = state.warnings.map((message) => ({
    file: /^[\w./-]+\.(json|jsonl|lock)/u.exec(message)?.[0] ?? '(notebook)',
    message,
    severity: 'warning',
  }));
  problems.push(...(await inspectFiles(state)));
  const known = new Set(state.data.articles.map((a) => a.id));
  for (const entry of state.data.articles) {
    const file = join(ARTICLES_DIR, `${entry.id}.json`);
    try {
      state.forgetArticle(entry.id);
      const article = await state.article(entry.id);
      const length = canonicalText(article.blocks).length;
      for (const a of state.data.annotations.filter((x) => x.articleId === entry.id && !x.orphan)) {
        if (a.target.position.end > length) {
          problems.push({ file, message: `highlight ${a.id} points past the end of the text`, severity: 'error' });
        }
      }
    } catch (error) {
      const message = error instanceof DossierError ? error.message : String(error);
      problems.push({ file, message, severity: 'error' });
    }
  }
  for (const a of state.data.annotations) {
    if (!known.has(a.articleId)) {
      problems.push({ file: NOTEBOOK_FILE, message: `highlight ${a.id} names a missing article`, severity: 'error' });
    } else if (a.orphan) {
      problems.push({
        file: NOTEBOOK_FILE,
        message: `highlight ${a.id} is an orphan: "${a.target.quote.exact.slice(0, 60)}" is no longer in its article`,
        severity: 'warning',
      });
    }
  }
  for (const l of state.data.links) {
    if (!known.has(l.from.articleId) || !known.has(l.to.articleId)) {
      problems.push({ file: NOTEBOOK_FILE, message: `link ${l.id} names a missing article`, severity: 'error' });
    }
  }
  problems.push(...(await inspectIntelligence(state)));
  for (const name of await leftoverArticleFiles(state)) {
    problems.push({ file: join(ARTICLES_DIR, name), message: 'not in the catalog (left over)', severity: 'warning' });
  }
  return { ok: !problems.some((p) => p.severity === 'error'), problems };
}

/** Files in articles/ that no catalog entry names (an import cut off before it was saved). */
export async function leftoverArticleFiles(state: NotebookState): Promise<string[]> {
  const names = await disk.readdir(join(state.dir, ARTICLES_DIR)).catch(() => [] as string[]);
  return names.filter((name) => {
    const id = name.replace(/\.(json|orig)$/u, '');
    return !name.startsWith('.') && !name.includes('.damaged-') && state.lookup.indexOf(id) === -1;
  });
}

async function inspectFiles(state: NotebookState): Promise<Problem[]> {
  const problems: Problem[] = [];
  const found = (file: string, message: string, severity: Problem['severity'] = 'error') =>
    problems.push({ file, message, severity });
  try {
    const snapshot = await readSnapshot(join(state.dir, NOTEBOOK_FILE));
    if ('damaged' in snapshot) found(NOTEBOOK_FILE, `damaged (${snapshot.damaged}); "check --repair" rewrites it`);
    if ('missing' in snapshot) found(NOTEBOOK_FILE, 'missing; "check --repair" rewrites it');
  } catch (error) {
    found(NOTEBOOK_FILE, (error as Error).message);
  }
  const journal = await disk.readFile(join(state.dir, JOURNAL_FILE)).catch(() => null);
  if (journal) {
    try {
      const parsed = parseJournal(journal, validOps);
      if (!parsed.header) found(JOURNAL_FILE, `damaged (${parsed.problem!.message})`);
      else if (parsed.header.notebook !== state.data.createdAt) found(JOURNAL_FILE, 'belongs to another notebook');
      else if (parsed.problem?.kind === 'damaged') found(JOURNAL_FILE, `damaged at ${parsed.problem.message}`);
    } catch (error) {
      found(JOURNAL_FILE, (error as Error).message);
    }
  }
  const index = join(state.dir, INDEX_FILE);
  if (existsSync(index) && FtsArticleIndex.probe(index) !== 'current') {
    found(
      INDEX_FILE,
      'damaged or of another format (the search index is derived: "check --repair" rebuilds it)',
      'warning',
    );
  }
  // Saved changes the index has yet to take in are not a problem unless it cannot take them in now.
  await state.search.ready(state).catch(() => undefined);
  const stale = state.search.stale;
  if (stale) found(INDEX_FILE, `out of date: ${stale}; it catches up once it can be written`, 'warning');
  const lock = await disk.readText(join(state.dir, LOCK_FILE)).catch(() => null);
  if (lock !== null) {
    const owner = jsonOrNull(lock) as { pid?: unknown } | null;
    if (typeof owner?.pid !== 'number')
      found(LOCK_FILE, 'damaged; the next writer keeps it aside and replaces it', 'warning');
  }
  return problems;
}

function jsonOrNull(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}
