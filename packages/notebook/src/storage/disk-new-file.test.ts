// A new file written durably in one call answers faults as the handle's three
// steps do: an injected open fault leaves no file, a half-written full disk
// leaves half the bytes and fails, a failed flush fails after the bytes went in;
// and a file already there is never written over.
import { mkdtempSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { disk, injectDiskFaults, type DiskOperation } from './disk.js';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'dossier-disk-new-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const failing = (operation: DiskOperation, code: string) =>
  injectDiskFaults((op) => (op === operation ? code : undefined));

describe('a new file written durably', () => {
  it('holds exactly the bytes given, text or binary', async () => {
    const binary = Uint8Array.from({ length: 70_000 }, (_, i) => (i * 31) % 256);
    await disk.writeNewDurably(join(dir, 'a.orig'), binary);
    await disk.writeNewDurably(join(dir, 'a.json'), '{"title":"Київ"}');
    expect(new Uint8Array(readFileSync(join(dir, 'a.orig')))).toEqual(binary);
    expect(readFileSync(join(dir, 'a.json'), 'utf8')).toBe('{"title":"Київ"}');
  });

  it('never replaces a file that is there', async () => {
    writeFileSync(join(dir, 'a.json'), 'old');
    await expect(disk.writeNewDurably(join(dir, 'a.json'), 'new')).rejects.toMatchObject({ code: 'EEXIST' });
    expect(readFileSync(join(dir, 'a.json'), 'utf8')).toBe('old');
  });

  it('fails an injected open before making the file', async () => {
    const remove = failing('open', 'EIO');
    await expect(disk.writeNewDurably(join(dir, 'a.json'), 'x')).rejects.toMatchObject({ code: 'EIO' });
    remove();
    expect(existsSync(join(dir, 'a.json'))).toBe(false);
  });

  it('writes half of the bytes and fails on a disk that fills up', async () => {
    const remove = failing('write', 'ENOSPC-partial');
    await expect(disk.writeNewDurably(join(dir, 'a.json'), 'abcdefgh')).rejects.toMatchObject({ code: 'ENOSPC' });
    remove();
    expect(readFileSync(join(dir, 'a.json'), 'utf8')).toBe('abcd');
  });

  it('fails a failed flush after the bytes went in', async () => {
    const remove = failing('sync', 'EIO');
    await expect(disk.writeNewDurably(join(dir, 'a.json'), 'abc')).rejects.toMatchObject({ code: 'EIO' });
    remove();
    expect(readFileSync(join(dir, 'a.json'), 'utf8')).toBe('abc');
  });
});
