// `notebook.archive`: the whole notebook as one zip, written while no change runs.
import { isAbsolute } from 'node:path';
import { DossierError } from '@dossier/core';
import type { NotebookState } from '../notebook.js';
import { writeArchive } from '../storage/archive.js';

export async function archiveNotebook(state: NotebookState, path: string) {
  if (!isAbsolute(path)) throw new DossierError('invalid_input', `the archive path must be absolute: ${path}`);
  const { files, bytes } = await state.exclusive(async () => {
    // The index as the saved changes make it, not as it stood before its catch-up (search-sync.ts).
    await state.search.catchUp(state).catch(() => undefined);
    return writeArchive(state.dir, path);
  });
  return { path, files, bytes };
}
