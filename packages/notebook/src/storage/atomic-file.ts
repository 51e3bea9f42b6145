// Durable, all-or-nothing file writes: a reader (or a crash) sees the old file
// or the new one, never half of either. lowdb's own writer neither fsyncs nor
// fsyncs the folder, so a power cut could leave an empty file after "saving".
import { open } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { DossierError } from '@dossier/core';
import { disk } from './disk.js';

export async function writeFileAtomic(path: string, data: string | Uint8Array): Promise<void> {
  await writeFileAtomicWith(path, (write) => write(data));
}

/**
 * Like writeFileAtomic, for a file written in pieces: `produce` calls `write`
 * as often as it likes (and `flush` to put what it wrote so far on disk); the
 * file takes the name only once all of it is on disk.
 */
export async function writeFileAtomicWith(
  path: string,
  produce: (write: (data: string | Uint8Array) => Promise<void>, flush: () => Promise<void>) => Promise<void>,
): Promise<void> {
  const temp = join(dirname(path), `.${basename(path)}.${randomBytes(4).toString('hex')}.tmp`);
  try {
    const file = await disk.open(temp, 'w');
    try {
      await produce(
        (data) => file.write(data),
        () => file.datasync(),
      );
      await file.sync();
    } finally {
      await file.close();
    }
    await disk.rename(temp, path);
    await syncFolder(dirname(path));
  } catch (error) {
    await disk.rm(temp).catch(() => undefined);
    throw ioError(`could not save ${basename(path)}`, error);
  }
}

/** A rename is only durable once the folder's entry is on disk. */
export async function syncFolder(folder: string): Promise<void> {
  const handle = await disk.open(folder, 'r');
  try {
    await handle.sync();
  } catch (error) {
    // Some filesystems refuse fsync on a directory; the rename itself has happened.
    if ((error as NodeJS.ErrnoException).code !== 'EINVAL') throw error;
  } finally {
    await handle.close();
  }
}

const FRIENDLY: Record<string, string> = {
  ENOSPC: 'the disk is full',
  EDQUOT: 'the disk quota is exhausted',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  EROFS: 'the disk is read-only',
  EIO: 'a disk input/output error occurred',
  ENOENT: 'the file or folder does not exist',
  EISDIR: 'it is a folder, not a file',
};

/** Turns a Node fs error into one sentence a person can act on. */
export function ioError(what: string, error: unknown): DossierError {
  if (error instanceof DossierError) return error;
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  const reason = (code && FRIENDLY[code]) ?? (error instanceof Error ? error.message : String(error));
  return new DossierError('io_error', `${what}: ${reason}`);
}

export interface PacedCopyOptions {
  /** Waits between two pieces, e.g. until no save is under way; the default does not wait. */
  pause?: () => Promise<void>;
  /** Bytes copied and put on disk between two pauses, e.g. 1 MiB (the default). */
  pieceBytes?: number;
}

/**
 * Copies a file durably under a new name (temporary copy, fsync, rename, fsync
 * of the folder), a piece at a time,
 * each piece put on disk before the next: a copy of 100 MB never leaves a
 * backlog of unwritten pages for a save's fsync to wait behind.
 */
export async function copyFileAtomicPaced(
  from: string,
  to: string,
  { pause = () => Promise.resolve(), pieceBytes = 1 << 20 }: PacedCopyOptions = {},
): Promise<void> {
  let source;
  try {
    source = await open(from, 'r');
  } catch (error) {
    throw ioError(`could not save ${basename(to)}`, error);
  }
  try {
    await writeFileAtomicWith(to, async (write, flush) => {
      const piece = Buffer.alloc(pieceBytes);
      for (;;) {
        const { bytesRead } = await source.read(piece, 0, pieceBytes, null);
        if (bytesRead === 0) return;
        await write(piece.subarray(0, bytesRead));
        await flush();
        await pause();
      }
    });
  } finally {
    await source.close();
  }
}
