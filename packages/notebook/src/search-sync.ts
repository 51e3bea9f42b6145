// Keeps the derived search index (index.json) in step with the notebook. The
// index is rebuilt whenever it is missing, damaged or from another revision.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { cleanText, type Annotation, type Article } from '@dossier/core';
import { ArticleIndex, type SearchDocument } from '@dossier/search';
import { writeFileAtomic } from './storage/atomic-file.js';
import type { NotebookState } from './notebook.js';

export const INDEX_FILE = 'index.json';

export class NotebookSearch {
  private index = new ArticleIndex();
  private savedRevision = -1;

  constructor(private readonly dir: string) {}

  get engine(): ArticleIndex {
    return this.index;
  }

  async open(state: NotebookState): Promise<void> {
    const fingerprint = fingerprintOf(state);
    const loaded = await readSerialized(join(this.dir, INDEX_FILE));
    const index = loaded === null ? null : ArticleIndex.load(loaded, fingerprint);
    if (index && index.size === state.data.articles.length) {
      this.index = index;
      this.savedRevision = state.data.revision;
      return;
    }
    await this.rebuild(state);
  }

  async rebuild(state: NotebookState): Promise<void> {
    const index = new ArticleIndex();
    for (const entry of state.data.articles) {
      try {
        index.add(documentOf(await state.article(entry.id), state.data.annotations));
      } catch {
        // A damaged article file stays out of the index; `check` reports it.
      }
    }
    this.index = index;
    this.savedRevision = -1;
  }

  /** Re-indexes one article after it or its highlights changed. */
  async refresh(state: NotebookState, articleId: string): Promise<void> {
    if (state.lookup.indexOf(articleId) === -1) {
      if (this.index.has(articleId)) this.index.remove(articleId);
      return;
    }
    const doc = documentOf(await state.article(articleId), state.data.annotations);
    if (this.index.has(articleId)) this.index.replace(doc);
    else this.index.add(doc);
  }

  async save(state: NotebookState): Promise<void> {
    if (this.savedRevision === state.data.revision) return;
    const serialized = this.index.toJSON(fingerprintOf(state));
    await writeFileAtomic(join(this.dir, INDEX_FILE), JSON.stringify(serialized));
    this.savedRevision = state.data.revision;
  }
}

/**
 * The index saved in the notebook folder `dir`, whatever revision it was saved
 * at, or `null` when there is none or it is damaged. For measuring what an
 * index costs to load and hold (the benchmark), not for answering searches.
 */
export async function readSavedIndex(dir: string): Promise<ArticleIndex | null> {
  const loaded = await readSerialized(join(dir, INDEX_FILE));
  return loaded === null ? null : ArticleIndex.load(loaded);
}

function fingerprintOf(state: NotebookState): string {
  return `${state.data.createdAt}#${state.data.revision}`;
}

async function readSerialized(path: string): Promise<unknown> {
  try {
    return JSON.parse(await readFile(path, 'utf8'));
  } catch {
    return null;
  }
}

/** What search sees of an article: clean text (no clutter), notes and tags. */
export function documentOf(article: Article, annotations: readonly Annotation[]): SearchDocument {
  const own = annotations.filter((a) => a.articleId === article.id);
  return {
    id: article.id,
    title: article.title,
    body: cleanText(article.blocks),
    notes: [article.note, ...own.map((a) => a.note)].filter(Boolean).join('\n'),
    tags: [...new Set(own.flatMap((a) => a.tags))],
    ...(article.outlet ? { outlet: article.outlet } : {}),
    ...(article.publishedAt ? { publishedAt: article.publishedAt } : {}),
  };
}
