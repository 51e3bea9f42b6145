// `check`: an integrity report of the notebook folder, read-only.
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { DossierError, canonicalText } from '@dossier/core';
import { ARTICLES_DIR } from '../storage/article-files.js';
import type { NotebookState } from '../notebook.js';

interface Problem {
  file: string;
  message: string;
  severity: 'error' | 'warning';
}

export async function checkNotebook(state: NotebookState): Promise<{ ok: boolean; problems: Problem[] }> {
  const problems: Problem[] = [];
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
      problems.push({ file: 'notebook.json', message: `highlight ${a.id} names a missing article`, severity: 'error' });
    } else if (a.orphan) {
      problems.push({
        file: 'notebook.json',
        message: `highlight ${a.id} is an orphan: "${a.target.quote.exact.slice(0, 60)}" is no longer in its article`,
        severity: 'warning',
      });
    }
  }
  for (const l of state.data.links) {
    if (!known.has(l.from.articleId) || !known.has(l.to.articleId)) {
      problems.push({ file: 'notebook.json', message: `link ${l.id} names a missing article`, severity: 'error' });
    }
  }
  const names = await readdir(join(state.dir, ARTICLES_DIR)).catch(() => [] as string[]);
  for (const name of names) {
    const id = name.replace(/\.(json|orig)$/u, '');
    if (!name.startsWith('.') && !known.has(id)) {
      problems.push({ file: join(ARTICLES_DIR, name), message: 'not in the catalog (left over)', severity: 'warning' });
    }
  }
  return { ok: !problems.some((p) => p.severity === 'error'), problems };
}
