// Export and annotation import from the desktop shell: the native dialogs are
// stand-ins (no Electron here), the notebook is real.
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Dialog } from 'electron';
import { openSampleNotebook, type Notebook } from '@dossier/notebook';
import type { NotebookSession } from './notebook-session.js';
import { createRecentNotebooks } from './recent-notebooks.js';
import { createShellHandlers } from './shell-handlers.js';

const SEEDS = resolve(import.meta.dirname, '../../../../seeds');
let dir: string;
let notebook: Notebook;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'dossier-shell-export-'));
  notebook = await openSampleNotebook(join(dir, 'nb'), SEEDS);
  const [first] = await notebook.service['articles.list']({});
  await notebook.service['annotations.create']({
    articleId: first!.id,
    start: 0,
    end: 20,
    tags: ['energy'],
    note: '',
  });
});
afterEach(async () => {
  await notebook.close();
  await rm(dir, { recursive: true, force: true });
});

function shellWith(answers: { open?: string[]; save?: string }) {
  const dialog = {
    showOpenDialog: vi.fn(async (_options: object) => ({ canceled: !answers.open, filePaths: answers.open ?? [] })),
    showSaveDialog: vi.fn(async (_options: object) => ({ canceled: !answers.save, filePath: answers.save ?? '' })),
  };
  const session = { current: () => notebook } as unknown as NotebookSession;
  const shell = createShellHandlers({
    dialog: dialog as unknown as Pick<Dialog, 'showOpenDialog' | 'showSaveDialog'>,
    window: () => undefined,
    session,
    recent: createRecentNotebooks(join(dir, 'recent.json')),
    openExternal: async () => false,
    emit: () => undefined,
    documentsDir: join(dir, 'Documents'),
  });
  return { shell, dialog };
}

describe('exporting from the desktop shell', () => {
  it('saves a single-file export where the save dialog points, suggesting a name for the format', async () => {
    const target = join(dir, 'sources.bib');
    const { shell, dialog } = shellWith({ save: target });
    const done = await shell['shell.exportWithDialog']({ format: 'bibtex', tags: [] });
    expect(done).toEqual({ path: target, articleCount: 5, annotationCount: 0, written: 1 });
    expect((await readFile(target, 'utf8')).match(/^@\w+\{/gmu)).toHaveLength(5);
    expect(dialog.showSaveDialog.mock.calls[0]?.[0]).toMatchObject({
      defaultPath: join(dir, 'Documents', 'dossier-sources.bib'),
      filters: [
        { name: 'BibTeX', extensions: ['bib'] },
        { name: 'All files', extensions: ['*'] },
      ],
    });
  });

  it('writes an Obsidian export into the folder chosen, narrowed to the tags given', async () => {
    const vault = join(dir, 'vault');
    const { shell } = shellWith({ open: [vault] });
    const done = await shell['shell.exportWithDialog']({ format: 'obsidian', tags: ['energy'] });
    expect(done).toMatchObject({ path: vault, articleCount: 1, annotationCount: 1, written: 1 });
    expect(await readdir(vault)).toHaveLength(1);
  });

  it('does nothing when the dialog is cancelled', async () => {
    const { shell } = shellWith({});
    expect(await shell['shell.exportWithDialog']({ format: 'w3c', tags: [] })).toBeNull();
    expect(await shell['shell.importAnnotationsWithDialog']({})).toEqual([]);
  });

  it('imports W3C annotations from the file chosen: those already here are reported as duplicates', async () => {
    const file = join(dir, 'notes.jsonld');
    await shellWith({ save: file }).shell['shell.exportWithDialog']({ format: 'w3c', tags: [] });
    const results = await shellWith({ open: [file] }).shell['shell.importAnnotationsWithDialog']({});
    expect(results.map((r) => r.status)).toEqual(['duplicate']);
  });
});
