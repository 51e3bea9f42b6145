// Shared by the storage tests: the seeds, a contract call that throws on an
// error, and a folder's every file with its bytes.
import { mkdtemp, readdir, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { dispatch, type DossierService, type Method, type MethodOutput, type MethodParams } from '@dossier/core';

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
