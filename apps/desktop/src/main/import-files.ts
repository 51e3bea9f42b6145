// Importing files chosen in the open dialog: read one at a time (so a 10,000-file
// pick never holds every file in memory), refuse oversized ones before reading,
// and report progress as each file goes in.
import { readFile, stat } from 'node:fs/promises';
import { basename } from 'node:path';
import { dispatch, type AppEvent, type DossierService, type ImportResult } from '@dossier/core';
import { importLimit, MAX_IMPORT_BYTES, tooLargeMessage } from '@dossier/notebook';

export { MAX_IMPORT_BYTES };

export async function importFromPaths(
  service: DossierService,
  paths: readonly string[],
  emit: (event: AppEvent) => void,
): Promise<ImportResult[]> {
  const results: ImportResult[] = [];
  for (const [index, path] of paths.entries()) {
    const name = basename(path);
    emit({ type: 'import.progress', done: index, total: paths.length, current: name });
    results.push(await importOne(service, path, name));
  }
  emit({ type: 'import.progress', done: paths.length, total: paths.length, current: '' });
  return results;
}

async function importOne(service: DossierService, path: string, name: string): Promise<ImportResult> {
  try {
    const info = await stat(path);
    if (!info.isFile()) return refused(name, `${name}: is not a file`);
    if (info.size > importLimit(name)) {
      return refused(name, tooLargeMessage(name, info.size));
    }
    const dataBase64 = (await readFile(path)).toString('base64');
    const result = await dispatch(service, 'articles.import', { files: [{ name, dataBase64 }] });
    if (!result.ok) return refused(name, result.error.message);
    return (result.value as ImportResult[])[0] ?? refused(name, `${name}: the notebook returned no result`);
  } catch (error) {
    return refused(name, `${name}: cannot be read (${error instanceof Error ? error.message : String(error)})`);
  }
}

function refused(name: string, message: string): ImportResult {
  return { name, status: 'refused', message };
}
