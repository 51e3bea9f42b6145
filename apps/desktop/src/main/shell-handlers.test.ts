import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Dialog } from 'electron';
import type { NotebookSession } from './notebook-session.js';
import { createRecentNotebooks } from './recent-notebooks.js';
import { createShellHandlers } from './shell-handlers.js';

let dir: string;
beforeEach(async () => (dir = await mkdtemp(join(tmpdir(), 'dossier-shell-'))));
afterEach(() => rm(dir, { recursive: true, force: true }));

function handlers(answers: { open?: string[]; save?: string }) {
  const dialog = {
    showOpenDialog: vi.fn(async () => ({ canceled: !answers.open, filePaths: answers.open ?? [] })),
    showSaveDialog: vi.fn(async (_options: { defaultPath?: string }) => ({
      canceled: !answers.save,
      filePath: answers.save ?? '',
    })),
  };
  const opened: Array<[string, string]> = [];
  const session = {
    current: () => undefined,
    open: async (path: string, mode: string) => (opened.push([path, mode]), { dir: path }),
    close: async () => undefined,
  } as unknown as NotebookSession;
  const recent = createRecentNotebooks(join(dir, 'recent.json'));
  const shell = createShellHandlers({
    dialog: dialog as unknown as Pick<Dialog, 'showOpenDialog' | 'showSaveDialog'>,
    window: () => undefined,
    session,
    recent,
    openExternal: async () => false,
    emit: () => undefined,
    documentsDir: join(dir, 'Documents'),
  });
  return { shell, dialog, opened, recent };
}

describe('desktop shell handlers', () => {
  it('saves the brief where the user chose, suggesting the documents folder and a bare name', async () => {
    const target = join(dir, 'brief.md');
    const { shell, dialog } = handlers({ save: target });
    expect(await shell['shell.saveWithDialog']({ defaultName: '../../etc/brief.md', content: '# Brief\n' })).toEqual({
      path: target,
    });
    expect(await readFile(target, 'utf8')).toBe('# Brief\n');
    expect(dialog.showSaveDialog.mock.calls[0]?.[0]).toMatchObject({ defaultPath: join(dir, 'Documents', 'brief.md') });
  });

  it('returns null and writes nothing when the save dialog is cancelled', async () => {
    const { shell } = handlers({});
    expect(await shell['shell.saveWithDialog']({ defaultName: 'b.md', content: 'x' })).toBeNull();
  });

  it('imports nothing when the import dialog is cancelled', async () => {
    const { shell } = handlers({});
    expect(await shell['shell.importWithDialog']({})).toEqual([]);
  });

  it('opens or creates the folder chosen in the dialog', async () => {
    const { shell, opened } = handlers({ open: ['/n/new'] });
    expect(await shell['shell.openNotebookWithDialog']({ create: true })).toEqual({ path: '/n/new' });
    expect(opened).toEqual([['/n/new', 'create']]);
  });

  it('opens a notebook by path only when it is on the recent list the user built', async () => {
    const { shell, opened, recent } = handlers({});
    await expect(shell['shell.openNotebook']({ path: '/etc' })).rejects.toThrow(/not a recent notebook/u);
    await recent.add('/n/known');
    expect(await shell['shell.openNotebook']({ path: '/n/known' })).toEqual({ path: '/n/known' });
    expect(opened).toEqual([['/n/known', 'existing']]);
  });
});
