// File → Save Archive of Notebook… and File → Open Archive… against a real
// notebook folder: the archive restored through the dialogs holds every file
// of the notebook byte for byte, and the restored folder is the one opened.
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, beforeEach, expect, it, vi } from 'vitest';
import type { Dialog } from 'electron';
import { openSampleNotebook, type Notebook } from '@dossier/notebook';
import type { NotebookSession } from './notebook-session.js';
import { createRecentNotebooks } from './recent-notebooks.js';
import { createShellHandlers } from './shell-handlers.js';

const SEEDS = resolve(__dirname, '../../../../seeds');
let dir: string;
let notebook: Notebook;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'dossier-archive-dialogs-'));
  notebook = await openSampleNotebook(join(dir, 'Sample'), SEEDS);
});
afterEach(async () => {
  await notebook.close();
  await rm(dir, { recursive: true, force: true });
});

async function files(root: string): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  for (const entry of await readdir(root, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile() || entry.name === 'notebook.lock') continue;
    const path = join(entry.parentPath, entry.name);
    out.set(path.slice(root.length + 1), (await readFile(path)).toString('base64'));
  }
  return out;
}

function shellWith(answers: { save?: string; open?: string[][] }) {
  const opened: string[] = [];
  const open = vi.fn(async () => {
    const paths = answers.open?.shift() ?? [];
    return { canceled: paths.length === 0, filePaths: paths };
  });
  const dialog = {
    showOpenDialog: open,
    showSaveDialog: vi.fn(async () => ({ canceled: !answers.save, filePath: answers.save ?? '' })),
  };
  const session = {
    current: () => notebook,
    open: async (path: string) => (opened.push(path), { dir: path }),
    close: async () => undefined,
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
  return { shell, opened };
}

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
