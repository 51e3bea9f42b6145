// Shared by the storage tests: the seeds, a contract call that throws on an
// error, and a folder's every file with its bytes.
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { dispatch, type DossierService, type Method, type MethodOutput, type MethodParams } from '@dossier/core';
import { openNotebook, type Notebook } from '../src/open.js';

export const SEEDS = join(import.meta.dirname, '../../../seeds');

export async function seedFiles(names?: string[]): Promise<{ name: string; dataBase64: string }[]> {
  const all = (await readdir(SEEDS)).filter((n) => n.endsWith('.txt')).sort();
  return Promise.all(
    (names ?? all).map(async (name) => ({ name, dataBase64: (await readFile(join(SEEDS, name))).toString('base64') })),
  );
}

export async function call<M extends Method>(
  service: DossierService,
  method: M,
  input: MethodParams<M>,
): Promise<MethodOutput<M>> {
  const result = await dispatch(service, method, input);
  if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`);
  return result.value as MethodOutput<M>;
}

export function tempDir(label: string): Promise<string> {
  return mkdtemp(join(tmpdir(), `dossier-${label}-`));
}

/** Every file under `dir` (relative path → bytes), folders walked. */
/**
 * Notebooks opened in temporary folders by one test file; `cleanUp` (in
 * afterEach) closes them and removes the folders.
 */
export class TempNotebooks {
  private readonly opened = new Set<Notebook>();
  private readonly dirs: string[] = [];

  /** A new notebook holding the seeds. */
  async seeded(label: string): Promise<{ dir: string; notebook: Notebook }> {
    const dir = await tempDir(label);
    this.dirs.push(dir);
    const notebook = await this.open(dir, { create: true });
    await call(notebook.service, 'articles.import', { files: await seedFiles() });
    return { dir, notebook };
  }

  /** Closes `notebook` and opens its folder again, as a new process would. */
  async reopen(notebook: Notebook, dir: string): Promise<Notebook> {
    await notebook.close();
    this.opened.delete(notebook);
    return this.open(dir);
  }

  async cleanUp(): Promise<void> {
    for (const notebook of this.opened) await notebook.close();
    this.opened.clear();
    for (const dir of this.dirs.splice(0)) await rm(dir, { recursive: true, force: true });
  }

  private async open(dir: string, options?: { create: boolean }): Promise<Notebook> {
    const notebook = await openNotebook(dir, options);
    this.opened.add(notebook);
    return notebook;
  }
}

export async function folderFiles(dir: string): Promise<Map<string, Buffer>> {
  const out = new Map<string, Buffer>();
  const walk = async (sub: string) => {
    for (const entry of await readdir(join(dir, sub), { withFileTypes: true })) {
      const rel = sub ? join(sub, entry.name) : entry.name;
      if (entry.isDirectory()) await walk(rel);
      else out.set(rel, await readFile(join(dir, rel)));
    }
  };
  await walk('');
  return out;
}

/** What a user sees of a notebook: everything the contract lists, in order. */
export async function visibleState(service: DossierService) {
  const articles = await call(service, 'articles.list', {});
  return {
    articles,
    annotations: await call(service, 'annotations.list', {}),
    tags: await call(service, 'tags.list', {}),
    links: await Promise.all(articles.map((a) => call(service, 'links.list', { articleId: a.id }))),
  };
}
