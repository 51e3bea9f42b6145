// The whole notebook as one archive: restored elsewhere, every file comes back
// byte for byte; a damaged or hostile archive restores nothing.
import { readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { zipSync } from 'fflate';
import { afterEach, describe, expect, it } from 'vitest';
import { openNotebook, restoreArchive } from '../index.js';
import { notebookFiles } from './archive.js';
import { call, folderFiles, seedFiles, tempDir, visibleState } from '../../test/fixture.js';

const dirs: string[] = [];
afterEach(async () => {
  for (const d of dirs.splice(0)) await rm(d, { recursive: true, force: true });
});
async function temp(label: string) {
  const dir = await tempDir(label);
  dirs.push(dir);
  return dir;
}

describe('archive and restore', () => {
  it('brings every file of the notebook back byte for byte, and the restored notebook opens the same', async () => {
    const dir = await temp('archive');
    const notebook = await openNotebook(dir, { create: true });
    const imported = await call(notebook.service, 'articles.import', { files: await seedFiles() });
    const [a, b] = imported.map((r) => r.articleId!);
    await call(notebook.service, 'annotations.create', { articleId: a!, quote: 'Zelensky', tags: ['people'] });
    await call(notebook.service, 'links.create', { from: { articleId: a! }, to: { articleId: b! }, kind: 'related' });
    const out = join(await temp('archive-out'), 'notebook.zip');
    const result = await call(notebook.service, 'notebook.archive', { path: out });
    const shown = await visibleState(notebook.service);
    const archived = new Map([...(await folderFiles(dir))].filter(([p]) => !p.startsWith('notebook.lock')));
    await notebook.close();
    expect(result.files).toBe(archived.size);
    expect([...archived.keys()]).toContain('journal.jsonl');

    const target = join(await temp('restore'), 'restored');
    expect((await restoreArchive(out, target)).files).toBe(archived.size);
    expect(await folderFiles(target)).toEqual(archived);
    const restored = await openNotebook(target, { readOnly: true });
    expect(await visibleState(restored.service)).toEqual(shown);
    await restored.close();
  });

  it('refuses a non-empty target, a damaged archive and an archive with unsafe paths, restoring nothing', async () => {
    const dir = await temp('archive');
    const notebook = await openNotebook(dir, { create: true });
    await call(notebook.service, 'articles.import', { files: await seedFiles(['004_807654db1d0bfc78.txt']) });
    const out = join(await temp('archive-out'), 'n.zip');
    await call(notebook.service, 'notebook.archive', { path: out });
    await notebook.close();

    await expect(restoreArchive(out, dir)).rejects.toThrow(/is not empty/u);
    const bytes = await readFile(out);
    const cut = join(await temp('cut'), 'cut.zip');
    await writeFile(cut, bytes.subarray(0, Math.floor(bytes.byteLength / 2)));
    const target = join(await temp('restore'), 'nb');
    await expect(restoreArchive(cut, target)).rejects.toThrow(/cannot be restored|nothing was restored/u);
    const evil = join(await temp('evil'), 'evil.zip');
    await writeFile(
      evil,
      zipSync({ '../escape.txt': new Uint8Array([1]), 'dossier-archive.json': new Uint8Array([123, 125]) }),
    );
    await expect(restoreArchive(evil, target)).rejects.toThrow(/unsafe path/u);
    expect(await notebookFiles(join(target, '..'))).toEqual([]);
  });
});
