// The whole notebook as one zip archive, and back. The archive holds every
// file of the folder (snapshot, journal, articles, backups, index) as it is,
// plus dossier-archive.json listing each file's size and SHA-256; restoring
// checks every file against that list, so what comes back is byte for byte
// what was archived — or nothing, with the reason. fflate: a small, pure-JS,
// well-kept zip implementation. Archiving reads one file at a time; restoring
// holds the unpacked files in memory until every one is checked.
import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { readdir, rmdir, stat } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { Unzip, UnzipInflate, Zip, ZipDeflate } from 'fflate';
import { DossierError } from '@dossier/core';
import { ioError, syncFolder, writeFileAtomic } from './atomic-file.js';
import { disk } from './disk.js';
import { INCOMING_DIR, REPLACED_DIR } from './article-files.js';

export const ARCHIVE_MANIFEST = 'dossier-archive.json';
export const ARCHIVE_VERSION = 1;

interface Manifest {
  format: 'dossier-archive';
  version: number;
  files: { path: string; size: number; sha256: string }[];
}

/** Files that belong to a running process, not to the notebook. */
function isTransient(path: string): boolean {
  return (
    path === 'notebook.lock' ||
    path.startsWith('notebook.lock.') ||
    path.endsWith('.tmp') ||
    path.split('/').includes(REPLACED_DIR) ||
    path.split('/').includes(INCOMING_DIR)
  );
}

export async function notebookFiles(dir: string): Promise<string[]> {
  const out: string[] = [];
  const walk = async (sub: string) => {
    for (const entry of await readdir(join(dir, sub), { withFileTypes: true })) {
      const rel = sub ? `${sub}/${entry.name}` : entry.name;
      if (entry.isDirectory()) await walk(rel);
      else if (entry.isFile() && !isTransient(rel)) out.push(rel);
    }
  };
  await walk('');
  return out.sort();
}

/** Writes the archive of `dir` to `out` (atomically: a partial archive never has the final name). */
export async function writeArchive(dir: string, out: string): Promise<{ files: number; bytes: number }> {
  const files = await notebookFiles(dir);
  const chunks: Uint8Array[] = [];
  let failure: Error | null = null;
  const zip = new Zip((error, chunk) => {
    if (error) failure = error;
    else chunks.push(chunk);
  });
  const manifest: Manifest = { format: 'dossier-archive', version: ARCHIVE_VERSION, files: [] };
  const temp = join(dirname(out), `.${basename(out)}.partial`);
  const file = await disk.open(temp, 'w');
  let bytes = 0;
  const flush = async () => {
    for (const chunk of chunks.splice(0)) {
      await file.write(chunk);
      bytes += chunk.byteLength;
    }
  };
  try {
    const add = async (path: string, data: Uint8Array) => {
      const entry = new ZipDeflate(path, { level: 6 });
      zip.add(entry);
      entry.push(data, true);
      if (failure) throw failure;
      await flush();
    };
    for (const path of files) {
      const data = await disk.readFile(join(dir, path));
      manifest.files.push({ path, size: data.byteLength, sha256: createHash('sha256').update(data).digest('hex') });
      await add(path, data);
    }
    await add(ARCHIVE_MANIFEST, Buffer.from(JSON.stringify(manifest, null, 1)));
    zip.end();
    await flush();
    await file.sync();
    await file.close();
    await disk.rename(temp, out);
    await syncFolder(dirname(out));
  } catch (error) {
    await file.close().catch(() => undefined);
    await disk.rm(temp).catch(() => undefined);
    throw ioError(`could not write the archive ${out}`, error);
  }
  return { files: files.length, bytes };
}

/** A name from an archive, made safe: relative, no `..`, no drive or backslash tricks. */
function safePath(name: string): string {
  const parts = name.split('/');
  if (
    name.startsWith('/') ||
    name.includes('\\') ||
    /^[a-z]:/iu.test(name) ||
    parts.some((p) => p === '..' || p === '')
  ) {
    throw new DossierError('invalid_input', `the archive holds an unsafe path "${name}"; nothing was restored`);
  }
  return name;
}

/**
 * Restores an archive into `target`, which must not exist yet (or be empty).
 * Files land in a sibling folder first; only when every one matches the
 * manifest does that folder take the target's name.
 */
export async function restoreArchive(archive: string, target: string): Promise<{ files: number }> {
  const dest = resolve(target);
  const existing = await readdir(dest).catch(() => null);
  if (existing && existing.length) {
    throw new DossierError('conflict', `${dest} is not empty; restore into a new folder`);
  }
  await stat(archive).catch((error: unknown) => {
    throw ioError(`could not read the archive ${archive}`, error);
  });
  const staging = `${dest}.restoring-${process.pid}`;
  await disk.rm(staging);
  await disk.mkdir(staging);
  try {
    const entries = await unpack(archive);
    const manifestBytes = entries.get(ARCHIVE_MANIFEST);
    if (!manifestBytes) throw notArchive(archive, `it has no ${ARCHIVE_MANIFEST}`);
    const manifest = parseManifest(manifestBytes, archive);
    for (const { path, size, sha256 } of manifest.files) {
      const data = entries.get(path);
      if (!data || data.byteLength !== size || createHash('sha256').update(data).digest('hex') !== sha256) {
        throw notArchive(archive, `${path} is missing or damaged in it`);
      }
      const full = join(staging, ...safePath(path).split('/'));
      await disk.mkdir(dirname(full));
      await writeFileAtomic(full, data);
    }
    if (existing) await rmdir(dest);
    await disk.rename(staging, dest);
    await syncFolder(dirname(dest));
    return { files: manifest.files.length };
  } catch (error) {
    await disk.rm(staging).catch(() => undefined);
    throw error instanceof DossierError ? error : ioError(`could not restore ${archive}`, error);
  }
}

async function unpack(archive: string): Promise<Map<string, Buffer>> {
  const entries = new Map<string, Buffer>();
  let failure: Error | null = null;
  const unzip = new Unzip((file) => {
    const parts: Uint8Array[] = [];
    try {
      safePath(file.name);
    } catch (error) {
      failure = error as Error;
      return;
    }
    file.ondata = (error, chunk, final) => {
      if (error) failure = error;
      else parts.push(chunk);
      if (final) entries.set(file.name, Buffer.concat(parts));
    };
    file.start();
  });
  unzip.register(UnzipInflate);
  try {
    for await (const chunk of createReadStream(archive)) {
      unzip.push(chunk as Buffer);
      if (failure) throw failure;
    }
    unzip.push(new Uint8Array(0), true);
  } catch (error) {
    if (error instanceof DossierError) throw error;
    throw notArchive(archive, (error as Error).message);
  }
  if (failure) throw failure;
  return entries;
}

function parseManifest(bytes: Buffer, archive: string): Manifest {
  let json: Partial<Manifest>;
  try {
    json = JSON.parse(bytes.toString('utf8')) as Partial<Manifest>;
  } catch {
    throw notArchive(archive, `its ${ARCHIVE_MANIFEST} is not valid JSON`);
  }
  if (json.format !== 'dossier-archive' || !Array.isArray(json.files))
    throw notArchive(archive, 'it is not a Dossier archive');
  if (typeof json.version === 'number' && json.version > ARCHIVE_VERSION) {
    throw new DossierError('invalid_input', `${archive} was made by a newer Dossier (archive version ${json.version})`);
  }
  return json as Manifest;
}

function notArchive(archive: string, why: string): DossierError {
  return new DossierError('invalid_input', `${archive} cannot be restored: ${why}; nothing was restored`);
}
