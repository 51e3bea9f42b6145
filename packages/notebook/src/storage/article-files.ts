// articles/<id>.json holds one article's body and metadata; articles/<id>.orig
// keeps the bytes it was imported from, so an import can be redone.
import { readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { ArticleSchema, DossierError, describeIssues, type Article } from '@dossier/core';
import { ioError, writeFileAtomic } from './atomic-file.js';

export const ARTICLES_DIR = 'articles';

export class ArticleFiles {
  constructor(private readonly notebookDir: string) {}

  pathOf(id: string): string {
    return join(this.notebookDir, ARTICLES_DIR, `${id}.json`);
  }

  originalPathOf(id: string): string {
    return join(this.notebookDir, ARTICLES_DIR, `${id}.orig`);
  }

  async read(id: string): Promise<Article> {
    const path = this.pathOf(id);
    let raw: string;
    try {
      raw = await readFile(path, 'utf8');
    } catch (error) {
      throw ioError(`could not read article ${id}`, error);
    }
    let json: unknown;
    try {
      json = JSON.parse(raw);
    } catch {
      throw new DossierError('notebook_corrupt', `${path} is damaged (not valid JSON); it was left untouched`);
    }
    const parsed = ArticleSchema.safeParse(json);
    if (!parsed.success) {
      throw new DossierError(
        'notebook_corrupt',
        `${path} is damaged (${describeIssues(parsed.error)}); it was left untouched`,
      );
    }
    return parsed.data;
  }

  async write(article: Article): Promise<void> {
    await writeFileAtomic(this.pathOf(article.id), JSON.stringify(article));
  }

  async writeOriginal(id: string, bytes: Uint8Array): Promise<void> {
    await writeFileAtomic(this.originalPathOf(id), bytes);
  }

  async remove(id: string): Promise<void> {
    await rm(this.pathOf(id), { force: true });
    await rm(this.originalPathOf(id), { force: true });
  }
}
