// `notebook.archive`: the whole notebook as one zip, written while no change runs.
import { isAbsolute } from 'node:path';
import { DossierError } from '@dossier/core';
import type { NotebookState } from '../notebook.js';
import { writeArchive } from '../storage/archive.js';

export async function archiveNotebook(state: NotebookState, path: string) {
  if (!isAbsolute(path)) throw new DossierError('invalid_input', `the archive path must be absolute: ${path}`);
  const { files, bytes } = await state.exclusive(() => writeArchive(state.dir, path));
  return { path, files, bytes };
}
