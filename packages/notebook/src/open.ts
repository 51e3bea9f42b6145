// Opening a notebook folder, and the sample notebook made from seeds/.
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { ChangeEvent, DossierService } from '@dossier/core';
import { NotebookState, type OpenOptions } from './notebook.js';
import { createService } from './service/index.js';

export interface Notebook {
  readonly dir: string;
  readonly readOnly: boolean;
  readonly service: DossierService;
  onChange(listener: (event: ChangeEvent) => void): () => void;
  /** Waits for the changes and compactions under way (a compaction follows the change that filled the journal). */
  settled(): Promise<void>;
  /** Saves the derived index and releases the writer's lock. */
  close(): Promise<void>;
}

export async function openNotebook(dir: string, options: OpenOptions = {}): Promise<Notebook> {
  return notebookOf(await NotebookState.open(dir, options));
}

function notebookOf(state: NotebookState): Notebook {
  return {
    dir: state.dir,
    readOnly: state.readOnly,
    service: createService(state),
    onChange: (listener) => state.onChange(listener),
    settled: () => state.settled(),
    close: () => state.close(),
  };
}

/** Opens `dir`, importing every .txt/.md file of `seedsDir` when the notebook is new. */
export async function openSampleNotebook(dir: string, seedsDir: string): Promise<Notebook> {
  const state = await NotebookState.open(dir, { create: true });
  const notebook = notebookOf(state);
  const info = await notebook.service['notebook.info']({});
  if (info.articleCount === 0) {
    const names = (await readdir(seedsDir)).filter((n) => /\.(txt|md)$/iu.test(n)).sort();
    const files = await Promise.all(
      names.map(async (name) => ({ name, dataBase64: (await readFile(join(seedsDir, name))).toString('base64') })),
    );
    if (files.length) {
      await notebook.service['articles.import']({ files });
      // The seeded notebook starts from a snapshot of its own (with a backup) and a saved index.
      await state.compactNow();
      state.search.markCurrent(state);
    }
  }
  return notebook;
}
