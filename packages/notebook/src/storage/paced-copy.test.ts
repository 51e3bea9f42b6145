// The backup of a freshly written snapshot is copied a piece at a time, each
// piece put on disk before the next and a pause between them (compaction lets
// the saves go first there): the copy is the file byte for byte, or, when a
// write fails, no copy and no temporary file at all.
import { randomBytes } from 'node:crypto';
import { readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { copyFileAtomicPaced } from './atomic-file.js';
import { injectDiskFaults } from './disk.js';
import { tempDir } from '../../test/fixture.js';

const dirs: string[] = [];
let clearFault: () => void = () => undefined;

afterEach(async () => {
  clearFault();
  for (const d of dirs.splice(0)) await rm(d, { recursive: true, force: true });
});

async function fileOf(bytes: number) {
  const dir = await tempDir('paced-copy');
  dirs.push(dir);
  const data = randomBytes(bytes);
  await writeFile(join(dir, 'notebook.json'), data);
  return { dir, data };
}

describe('a paced copy', () => {
  it('is the file byte for byte, with a pause after each piece put on disk', async () => {
    const { dir, data } = await fileOf(2.5 * 64 * 1024);
    const flushed: string[] = [];
    clearFault = injectDiskFaults((operation, path) => {
      // The temporary copy's writes and flushes, in order (the folder's fsync after the rename is not one).
      if ((operation === 'sync' || operation === 'write') && path.endsWith('.tmp')) flushed.push(operation);
      return undefined;
    });
    let pauses = 0;
    await copyFileAtomicPaced(join(dir, 'notebook.json'), join(dir, 'copy.json'), {
      pieceBytes: 64 * 1024,
      pause: async () => {
        pauses++;
      },
    });
    expect(await readFile(join(dir, 'copy.json'))).toEqual(data);
    // Three pieces (64 KiB, 64 KiB, 32 KiB), each written and put on disk before its pause; then the final fsync.
    expect(pauses).toBe(3);
    expect(flushed).toEqual(['write', 'sync', 'write', 'sync', 'write', 'sync', 'sync']);
    expect((await readdir(dir)).sort()).toEqual(['copy.json', 'notebook.json']);
  });

  it('copies an empty file', async () => {
    const { dir } = await fileOf(0);
    await copyFileAtomicPaced(join(dir, 'notebook.json'), join(dir, 'copy.json'));
    expect((await readFile(join(dir, 'copy.json'))).byteLength).toBe(0);
  });

  it('leaves neither a copy nor a temporary file when a write fails, and says why', async () => {
    const { dir } = await fileOf(3 * 64 * 1024);
    let writes = 0;
    clearFault = injectDiskFaults((operation) => (operation === 'write' && ++writes === 2 ? 'ENOSPC' : undefined));
    await expect(
      copyFileAtomicPaced(join(dir, 'notebook.json'), join(dir, 'copy.json'), { pieceBytes: 64 * 1024 }),
    ).rejects.toThrow(/could not save copy\.json: the disk is full/u);
    expect(await readdir(dir)).toEqual(['notebook.json']);
  });

  it('says so when the file to copy is not there', async () => {
    const { dir } = await fileOf(10);
    await expect(copyFileAtomicPaced(join(dir, 'missing.json'), join(dir, 'copy.json'))).rejects.toThrow(
      /could not save copy\.json: the file or folder does not exist/u,
    );
  });
});
