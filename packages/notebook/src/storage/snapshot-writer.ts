// Writing notebook.json without stopping the notebook: the snapshot of one
// revision is serialised a slice of records at a time, yielding to the event
// loop between slices, so saves (journal appends) go on while ~100 MB are
// written. The view it writes is a copy of the collections' arrays taken
// between two changes; records are replaced, never edited in place, so the
// copy stays the notebook as of that revision however long the write takes.
// One record per line: readable, and compact to parse.
import { crc32 } from 'node:zlib';
import { writeFileAtomicWith } from './atomic-file.js';
import type { NotebookData } from './notebook-file.js';

/** How many records are serialised between two yields (~0.2 ms of work on a quiet machine). */
const SLICE_RECORDS = 200;
/** Serialised text is written in chunks of about this many characters. */
const CHUNK_CHARS = 1 << 20;
/**
 * Written bytes are put on disk every so often, so that no fsync flushes much
 * at once: a save's fsync of the journal waits behind whatever the disk is
 * writing (8 MiB took tens of milliseconds on a busy disk; 1 MiB a few).
 */
const FLUSH_BYTES = 1 << 20;

/** The notebook as of now, unaffected by the changes that follow: shallow copies of its arrays. */
export function snapshotView(data: NotebookData): NotebookData {
  const view = { ...data };
  for (const [key, value] of Object.entries(view)) {
    if (Array.isArray(value)) (view as Record<string, unknown>)[key] = value.slice();
  }
  return view;
}

export interface SliceOptions {
  /** Waits between slices; the default yields to the event loop (setImmediate). */
  pause?: () => Promise<void>;
}

const yieldToEventLoop = () => new Promise<void>((resolve) => setImmediate(resolve));

/**
 * Writes `view` to `path` atomically (temporary file, fsync, rename, fsync of
 * the folder) and returns the CRC-32 of the bytes written, as checksumOf does.
 */
export async function writeSnapshotInSlices(
  path: string,
  view: NotebookData,
  { pause = yieldToEventLoop }: SliceOptions = {},
): Promise<string> {
  let crc = 0;
  await writeFileAtomicWith(path, async (write, flush) => {
    let pending = '';
    let unflushed = 0;
    const emit = async (text: string, force = false) => {
      pending += text;
      if (!force && pending.length < CHUNK_CHARS) return;
      const bytes = Buffer.from(pending, 'utf8');
      pending = '';
      crc = crc32(bytes, crc);
      await write(bytes);
      unflushed += bytes.byteLength;
      if (unflushed >= FLUSH_BYTES) {
        unflushed = 0;
        await flush();
      }
    };
    const keys = (Object.keys(view) as (keyof NotebookData)[]).filter((key) => view[key] !== undefined);
    for (const [k, key] of keys.entries()) {
      const value = view[key];
      await emit(`${k === 0 ? '{' : ',\n'}${JSON.stringify(key)}:`);
      if (!Array.isArray(value) || value.length === 0) {
        await emit(JSON.stringify(value));
        continue;
      }
      for (let at = 0; at < value.length; at += SLICE_RECORDS) {
        const slice = value.slice(at, at + SLICE_RECORDS).map((record: unknown) => JSON.stringify(record));
        await emit(`${at === 0 ? '[\n' : ',\n'}${slice.join(',\n')}`);
        await pause();
      }
      await emit('\n]');
    }
    await emit(keys.length ? '}\n' : '{}\n', true);
  });
  return (crc >>> 0).toString(16).padStart(8, '0');
}
