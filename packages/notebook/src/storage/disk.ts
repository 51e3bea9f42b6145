// The few filesystem calls storage writes through. Production uses the real
// fs; tests inject ENOSPC/EIO here (`injectDiskFaults`) to prove that a failed
// write leaves the notebook at its last good state. Reads are never faulted.
// The search index writes through SQLite, not through here; its commit asks
// the same rule first (`disk.guard('commit', path)`), so a test can fail it.
import { close, constants, open as openFd, write as writeFd } from 'node:fs';
import { copyFile, link, mkdir, open, readdir, readFile, rename, rm, type FileHandle } from 'node:fs/promises';

export type DiskOperation =
  'open' | 'write' | 'sync' | 'truncate' | 'rename' | 'link' | 'mkdir' | 'rm' | 'copy' | 'commit';

/**
 * Decides whether an operation fails: return an errno code (`'ENOSPC'`, `'EIO'`)
 * to fail it, or `'ENOSPC-partial'` to write half of the data first and then fail,
 * as a full disk does; return undefined to let it through.
 */
export type DiskFault = (operation: DiskOperation, path: string) => string | undefined;

let fault: DiskFault | null = null;

/** For tests: every write operation asks `rule` first. Returns the function that removes it. */
export function injectDiskFaults(rule: DiskFault): () => void {
  fault = rule;
  return () => {
    if (fault === rule) fault = null;
  };
}

function failure(operation: DiskOperation, path: string): { code: string; partial: boolean } | null {
  const answer = fault?.(operation, path);
  if (!answer) return null;
  return { code: answer.replace(/-partial$/u, ''), partial: answer.endsWith('-partial') };
}

function errnoError(code: string, operation: DiskOperation, path: string): NodeJS.ErrnoException {
  return Object.assign(new Error(`${code}: ${operation} ${path} (injected)`), { code, syscall: operation, path });
}

function guard(operation: DiskOperation, path: string): void {
  const failed = failure(operation, path);
  if (failed) throw errnoError(failed.code, operation, path);
}

/**
 * Where the platform has it (Linux, macOS), a file opened with O_DSYNC puts
 * each write's data on disk before the write returns: one trip to libuv's
 * thread pool instead of a write and then an fdatasync.
 */
const DSYNC: number | undefined = constants.O_DSYNC;

/** An open file whose writes, syncs and truncations pass the fault rule. */
export class DiskFile {
  constructor(
    private readonly handle: FileHandle,
    readonly path: string,
    /** Opened with O_DSYNC: a write returns once its data is on disk. */
    private readonly writesThrough = false,
  ) {}

  /**
   * Writes `data` and puts it on disk (fdatasync's guarantee) before
   * returning. A save waits for this, so it costs one trip to the thread pool
   * where the file writes through, two where it does not. A fault injected in
   * 'sync' fails it after the bytes went in, as a failed flush does.
   */
  async writeDurably(data: string | Uint8Array): Promise<void> {
    await this.write(data);
    if (this.writesThrough) guard('sync', this.path);
    else await this.datasync();
  }

  async write(data: string | Uint8Array): Promise<void> {
    const bytes = typeof data === 'string' ? Buffer.from(data) : data;
    const failed = failure('write', this.path);
    if (failed) {
      if (failed.partial) await this.handle.write(bytes.subarray(0, Math.floor(bytes.byteLength / 2)));
      throw errnoError(failed.code, 'write', this.path);
    }
    let done = 0;
    while (done < bytes.byteLength) {
      const { bytesWritten } = await this.handle.write(bytes, done, bytes.byteLength - done);
      done += bytesWritten;
    }
  }

  async sync(): Promise<void> {
    guard('sync', this.path);
    await this.handle.sync();
  }

  /** fdatasync: the data and the size, without the timestamps; the journal's per-save flush. */
  async datasync(): Promise<void> {
    guard('sync', this.path);
    await this.handle.datasync();
  }

  async truncate(length: number): Promise<void> {
    guard('truncate', this.path);
    await this.handle.truncate(length);
  }

  async size(): Promise<number> {
    return (await this.handle.stat()).size;
  }

  close(): Promise<void> {
    return this.handle.close();
  }
}

export const disk = {
  async open(path: string, flags: string, mode = 0o644): Promise<DiskFile> {
    if (flags !== 'r') guard('open', path);
    return new DiskFile(await open(path, flags, mode), path);
  },
  /** Opens `path` for appending, each write put on disk before it returns (see DiskFile.writeDurably). */
  async openDurableAppend(path: string, mode = 0o644): Promise<DiskFile> {
    guard('open', path);
    if (DSYNC === undefined) return new DiskFile(await open(path, 'a', mode), path);
    const flags = constants.O_WRONLY | constants.O_APPEND | constants.O_CREAT | DSYNC;
    return new DiskFile(await open(path, flags, mode), path, true);
  },
  /**
   * Creates `path` (failing with EEXIST when it is there) for writing, each
   * write put on disk before it returns where the platform has O_DSYNC: a new
   * file written durably costs an open, a write and a close, no separate
   * fsync (see DiskFile.writeDurably).
   */
  async createDurable(path: string, mode = 0o644): Promise<DiskFile> {
    guard('open', path);
    if (DSYNC === undefined) return new DiskFile(await open(path, 'wx', mode), path);
    const flags = constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL | DSYNC;
    return new DiskFile(await open(path, flags, mode), path, true);
  },
  /**
   * Creates `path` (EEXIST when it is there) holding `data`, on disk before
   * this resolves: `createDurable`, `writeDurably` and `close` in one, the
   * same faults asked in the same order. Where the platform has O_DSYNC it
   * goes through the file descriptor's callbacks, not a FileHandle: an import
   * writes two new files an article, and a handle's promises cost the
   * importing thread ~24 µs of processor time a file against ~17 (measured:
   * 3,000 files of 6 KB, 16 at a time).
   */
  async writeNewDurably(path: string, data: string | Uint8Array, mode = 0o644): Promise<void> {
    if (DSYNC === undefined) {
      const file = await disk.createDurable(path, mode);
      try {
        await file.writeDurably(data);
      } finally {
        await file.close();
      }
      return;
    }
    guard('open', path);
    const bytes = typeof data === 'string' ? Buffer.from(data) : data;
    const fd = await new Promise<number>((resolve, reject) =>
      openFd(path, constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL | DSYNC, mode, (error, opened) =>
        error ? reject(error) : resolve(opened),
      ),
    );
    let failed: unknown = null;
    try {
      const fault = failure('write', path);
      if (fault) {
        if (fault.partial) await writeAll(fd, bytes.subarray(0, Math.floor(bytes.byteLength / 2)));
        throw errnoError(fault.code, 'write', path);
      }
      await writeAll(fd, bytes);
      guard('sync', path);
    } catch (error) {
      failed = error;
    }
    await new Promise<void>((resolve, reject) => close(fd, (error) => (error && !failed ? reject(error) : resolve())));
    if (failed) throw failed;
  },
  async rename(from: string, to: string): Promise<void> {
    guard('rename', to);
    await rename(from, to);
  },
  async link(existing: string, path: string): Promise<void> {
    guard('link', path);
    await link(existing, path);
  },
  async mkdir(path: string): Promise<void> {
    guard('mkdir', path);
    await mkdir(path, { recursive: true });
  },
  async rm(path: string): Promise<void> {
    guard('rm', path);
    await rm(path, { force: true, recursive: true });
  },
  /** Never replaces `to`: fails with EEXIST when it is there. */
  async copyFile(from: string, to: string): Promise<void> {
    guard('copy', to);
    await copyFile(from, to, constants.COPYFILE_EXCL);
  },
  /** Throws what the fault rule says a write the rest of this module does not make (an SQLite commit) fails with. */
  guard(operation: DiskOperation, path: string): void {
    guard(operation, path);
  },
  readFile: (path: string) => readFile(path),
  readText: (path: string) => readFile(path, 'utf8'),
  readdir: (path: string) => readdir(path),
};

/** Writes all of `bytes` at the descriptor's position, as many writes as the system takes. */
function writeAll(fd: number, bytes: Uint8Array): Promise<void> {
  return new Promise((resolve, reject) => {
    let done = 0;
    const next = () =>
      writeFd(fd, bytes, done, bytes.byteLength - done, null, (error, written) => {
        if (error) return reject(error);
        done += written;
        if (done < bytes.byteLength) next();
        else resolve();
      });
    next();
  });
}
