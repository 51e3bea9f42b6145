// Export, annotation import and the notebook archive from the desktop shell: the native dialogs are
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

/** Shell handlers whose open dialogs answer `open` one after another (none left: cancelled). */
function shellWith(answers: { open?: string[][]; save?: string }) {
  const opens = [...(answers.open ?? [])];
  const opened: string[] = [];
  const dialog = {
    showOpenDialog: vi.fn(async (_options: object) => {
      const paths = opens.shift() ?? [];
      return { canceled: paths.length === 0, filePaths: paths };
    }),
    showSaveDialog: vi.fn(async (_options: object) => ({ canceled: !answers.save, filePath: answers.save ?? '' })),
  };
  const session = {
    current: () => notebook,
    open: async (path: string) => (opened.push(path), { dir: path }),
  } as unknown as NotebookSession;
  const shell = createShellHandlers({
    dialog: dialog as unknown as Pick<Dialog, 'showOpenDialog' | 'showSaveDialog'>,
    window: () => undefined,
    session,
    recent: createRecentNotebooks(join(dir, 'recent.json')),
    openExternal: async () => false,
    emit: () => undefined,
    documentsDir: join(dir, 'Documents'),
  });
  return { shell, dialog, opened };
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
    const { shell } = shellWith({ open: [[vault]] });
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
    const results = await shellWith({ open: [[file]] }).shell['shell.importAnnotationsWithDialog']({});
    expect(results.map((r) => r.status)).toEqual(['duplicate']);
  });
});

/** Every file of a notebook folder but its lock, with its bytes. */
async function files(root: string): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  for (const entry of await readdir(root, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile() || entry.name === 'notebook.lock') continue;
    const path = join(entry.parentPath, entry.name);
    out.set(path.slice(root.length + 1), (await readFile(path)).toString('base64'));
  }
  return out;
}

describe('the whole notebook as one archive, from the desktop shell', () => {
  it('saves the notebook as one archive and restores it, identical, into the folder chosen, then opens it', async () => {
    const zip = join(dir, 'Sample.zip');
    const restored = join(dir, 'Restored');
    const { shell, opened } = shellWith({ save: zip, open: [[zip], [restored]] });
    const saved = await shell['shell.archiveWithDialog']({});
    expect(saved).toMatchObject({ path: zip });
    await notebook.settled();
    const original = await files(notebook.dir);

    expect(await shell['shell.openArchiveWithDialog']({})).toEqual({ path: restored, files: saved!.files });
    expect(opened).toEqual([restored]);
    expect(await files(restored)).toEqual(original);
  });

  it('restores nothing when either dialog is cancelled, and refuses a folder that is not empty', async () => {
    const zip = join(dir, 'Sample.zip');
    await shellWith({ save: zip, open: [] }).shell['shell.archiveWithDialog']({});
    expect(await shellWith({ open: [] }).shell['shell.openArchiveWithDialog']({})).toBeNull();
    expect(await shellWith({ open: [[zip]] }).shell['shell.openArchiveWithDialog']({})).toBeNull();
    await expect(shellWith({ open: [[zip], [notebook.dir]] }).shell['shell.openArchiveWithDialog']({})).rejects.toThrow(
      /is not empty; restore into a new folder/u,
    );
    expect(await shellWith({}).shell['shell.archiveWithDialog']({})).toBeNull();
  });
});
