// The pruned ranking's postings on disk (one file beside the search index):
// every indexed article's terms, all columns, with the counts bm25 weighs,
// written once from the index's own content table and never changed. A query
// reads the term dictionary (held after the first search) and then only the
// postings of the terms it asks for, one positioned read each: opening the
// notebook reads none of it. Articles added after the file was written, and
// those removed since, are the index's business (fts-pruned-search.ts).
//
// Layout, little-endian; the sizes in the header are checked against the
// file's own size and the trailer, so a cut-off or overwritten file is refused:
//   header: magic u32 · terms u32 · articles u32 · stamp bytes u32 · dictionary bytes u32 · articles bytes u32 · data bytes u32
//   data: per term, rows (first, then gaps) and doubled counts, varints
//   stamp: UTF-8 JSON naming the index and the last row the file covers
//   offsets: per term, sorted by code unit, u32 offset of its entry in the dictionary
//   dictionary: per term, length u16 · UTF-16 code units · postings u32 · data offset u32 · data bytes u32
//   articles: rows (first, then gaps) and lengths in tokens, varints
//   trailer: the file's size u32 · magic u32
import { closeSync, fstatSync, fsyncSync, openSync, readSync, renameSync, rmSync, writeSync } from 'node:fs';
import { ByteWriter, readRowPairs, VarintReader, type SegmentReader } from './fts-segment.js';
import type { PhrasePostings } from './fts-topk.js';

const MAGIC = 0x44504631; // "DPF1"
const END = 0x44504645; // "DPFE"
const HEADER = 28;
const TRAILER = 8;

/** What a postings file was written from: a file whose stamp is not the index's current one is not used. */
export interface PostingsStamp {
  /** The index's identity (a fresh one each time the index is cleared and rebuilt). */
  index: string;
  /** The highest article row the file covers: rows above it were added since. */
  covers: number;
}

/** Term → rows with doubled counts, as gathered article by article; kept for {@link writePostingsFile}. */
export interface PostingsParts {
  /** The parts, each over rows above the previous part's, as `SegmentReader`s of their encoded bytes. */
  segments: readonly SegmentReader[];
  /** Every article's row, ascending, and its length in tokens (all columns). */
  rows: readonly number[];
  lengths: readonly number[];
}

/**
 * Writes `parts` as one postings file at `path`, atomically: into a `.partial`
 * file, synced, then renamed over `path`. `pause` is awaited between slices of
 * work so that a caller on the app's thread can let searches and saves run.
 */
export async function writePostingsFile(
  path: string,
  parts: PostingsParts,
  stamp: PostingsStamp,
  pause: () => Promise<void> = async () => {},
): Promise<void> {
  const partial = `${path}.partial`;
  const fd = openSync(partial, 'w');
  try {
    let at = HEADER;
    const flush = (bytes: Uint8Array) => {
      for (let done = 0; done < bytes.length;) done += writeSync(fd, bytes, done, bytes.length - done, at + done);
      at += bytes.length;
    };
    // A k-way merge of the parts' sorted terms; parts hold ascending, disjoint rows, so a term's lists follow on.
    const cursors = parts.segments.map(() => 0);
    const terms: string[] = [];
    const entries: { count: number; offset: number; bytes: number }[] = [];
    let data = new ByteWriter();
    let dataBytes = 0;
    let sliceStart = performance.now();
    for (;;) {
      let term: string | undefined;
      parts.segments.forEach((segment, s) => {
        if (cursors[s]! < segment.termCount) {
          const candidate = segment.termAt(cursors[s]!);
          if (term === undefined || candidate < term) term = candidate;
        }
      });
      if (term === undefined) break;
      const start = dataBytes + data.length;
      let count = 0;
      let previous = 0;
      parts.segments.forEach((segment, s) => {
        if (cursors[s]! >= segment.termCount || segment.termAt(cursors[s]!) !== term) return;
        const { rows, doubledCounts } = segment.decode(cursors[s]!++);
        for (let p = 0; p < rows.length; p++) {
          data.varint(rows[p]! - previous);
          previous = rows[p]!;
          data.varint(doubledCounts[p]!);
        }
        count += rows.length;
      });
      terms.push(term);
      entries.push({ count, offset: start, bytes: dataBytes + data.length - start });
      if (data.length > 1 << 20) {
        dataBytes += data.length;
        flush(data.bytes());
        data = new ByteWriter();
      }
      if (performance.now() - sliceStart > 8) {
        await pause();
        sliceStart = performance.now();
      }
    }
    dataBytes += data.length;
    flush(data.bytes());
    const stampBytes = new TextEncoder().encode(JSON.stringify(stamp));
    flush(stampBytes);
    const dictionary = new ByteWriter();
    const offsets = new Uint8Array(4 * terms.length);
    const offsetView = new DataView(offsets.buffer);
    const fixed = new DataView(new ArrayBuffer(12));
    terms.forEach((term, i) => {
      offsetView.setUint32(4 * i, dictionary.length, true);
      const units = new DataView(new ArrayBuffer(2 + 2 * term.length));
      units.setUint16(0, term.length, true);
      for (let c = 0; c < term.length; c++) units.setUint16(2 + 2 * c, term.charCodeAt(c), true);
      dictionary.raw(new Uint8Array(units.buffer));
      fixed.setUint32(0, entries[i]!.count, true);
      fixed.setUint32(4, entries[i]!.offset, true);
      fixed.setUint32(8, entries[i]!.bytes, true);
      dictionary.raw(new Uint8Array(fixed.buffer.slice(0)));
    });
    flush(offsets);
    flush(dictionary.bytes());
    const articles = new ByteWriter();
    let previous = 0;
    for (let i = 0; i < parts.rows.length; i++) {
      articles.varint(parts.rows[i]! - previous);
      previous = parts.rows[i]!;
      articles.varint(parts.lengths[i]!);
    }
    flush(articles.bytes());
    const trailer = new DataView(new ArrayBuffer(TRAILER));
    trailer.setUint32(0, at + TRAILER, true);
    trailer.setUint32(4, END, true);
    flush(new Uint8Array(trailer.buffer));
    const header = new DataView(new ArrayBuffer(HEADER));
    [MAGIC, terms.length, parts.rows.length, stampBytes.length, dictionary.length, articles.length, dataBytes].forEach(
      (value, i) => header.setUint32(4 * i, value, true),
    );
    writeSync(fd, new Uint8Array(header.buffer), 0, HEADER, 0);
    fsyncSync(fd);
  } catch (error) {
    closeSync(fd);
    rmSync(partial, { force: true });
    throw error;
  }
  closeSync(fd);
  renameSync(partial, path);
}

/**
 * A postings file open for reading. {@link PostingsFile.open} refuses (with
 * `null`) a file that is missing, cut off, of another format or written from
 * another index state than `stamp` names.
 *
 * @example
 * const file = PostingsFile.open('/notebook/index/postings.dpf', { index: 'f3…', covers: 100_000 });
 * file?.postingsOf('kyiv') // => { rows: Uint32Array [3, 9, …], doubledCounts: Uint32Array [4, 2, …] }
 */
export class PostingsFile {
  private constructor(
    private readonly fd: number,
    readonly stamp: PostingsStamp,
    private readonly termCount: number,
    /** Offsets, dictionary and articles, read once. */
    private readonly head: DataView,
    private readonly dictionaryAt: number,
    private readonly articlesAt: number,
    private readonly articlesBytes: number,
    readonly articleCount: number,
  ) {}

  /** The file at `path` if it is whole and its stamp's index is `index`; `null` otherwise (it is then not to be used). */
  static open(path: string, index: string): PostingsFile | null {
    let fd: number;
    try {
      fd = openSync(path, 'r');
    } catch {
      return null;
    }
    try {
      const file = PostingsFile.read(fd, index);
      if (file) return file;
    } catch {
      // A damaged file reads as none: the index answers without it until it is written again.
    }
    closeSync(fd);
    return null;
  }

  private static read(fd: number, index: string): PostingsFile | null {
    const size = fstatSync(fd).size;
    if (size < HEADER + TRAILER) return null;
    const header = readAt(fd, 0, HEADER);
    const trailer = readAt(fd, size - TRAILER, TRAILER);
    const field = (i: number) => header.getUint32(4 * i, true);
    if (field(0) !== MAGIC || trailer.getUint32(4, true) !== END || trailer.getUint32(0, true) !== size) return null;
    const [terms, articles, stampBytes, dictionaryBytes, articlesBytes, dataBytes] = [1, 2, 3, 4, 5, 6].map(field);
    const headStart = HEADER + dataBytes!;
    const headBytes = stampBytes! + 4 * terms! + dictionaryBytes! + articlesBytes!;
    if (headStart + headBytes + TRAILER !== size) return null;
    const head = readAt(fd, headStart, headBytes);
    const stampText = new TextDecoder().decode(new Uint8Array(head.buffer, 0, stampBytes));
    const stamp = JSON.parse(stampText) as PostingsStamp;
    if (stamp.index !== index || !Number.isInteger(stamp.covers)) return null;
    const dictionaryAt = stampBytes! + 4 * terms!;
    return new PostingsFile(
      fd,
      stamp,
      terms!,
      head,
      dictionaryAt,
      dictionaryAt + dictionaryBytes!,
      articlesBytes!,
      articles!,
    );
  }

  /** The file's articles' rows and lengths in tokens. */
  articles(): { rows: Uint32Array; lengths: Uint32Array } {
    const bytes = new Uint8Array(this.head.buffer, this.head.byteOffset + this.articlesAt, this.articlesBytes);
    const reader = new VarintReader(bytes, 0);
    const [rows, lengths] = readRowPairs(reader, this.articleCount);
    if (reader.at !== bytes.length) throw new Error('postings file: its article list is damaged');
    return { rows, lengths };
  }

  /** The term's rows and doubled counts, or `null` when no covered article holds it. */
  postingsOf(term: string): Pick<PhrasePostings, 'rows' | 'doubledCounts'> | null {
    const i = this.lowerBound(term);
    return i < this.termCount && this.termAt(i) === term ? this.decode(i) : null;
  }

  /** Every term of the file that starts with `prefix`, in order. */
  termsStartingWith(prefix: string): string[] {
    const found: string[] = [];
    for (let i = this.lowerBound(prefix); i < this.termCount; i++) {
      const term = this.termAt(i);
      if (!term.startsWith(prefix)) break;
      found.push(term);
    }
    return found;
  }

  /** The postings of every term that starts with `prefix`, in term order: one read for them all. */
  postingsStartingWith(prefix: string): (Pick<PhrasePostings, 'rows' | 'doubledCounts'> & { term: string })[] {
    const first = this.lowerBound(prefix);
    let end = first;
    while (end < this.termCount && this.termAt(end).startsWith(prefix)) end++;
    if (end === first) return [];
    const from = this.dataOf(first).offset;
    const last = this.dataOf(end - 1);
    const bytes = new Uint8Array(readAt(this.fd, HEADER + from, last.offset + last.bytes - from).buffer);
    const found: (Pick<PhrasePostings, 'rows' | 'doubledCounts'> & { term: string })[] = [];
    for (let i = first; i < end; i++) {
      const { count, offset, bytes: size } = this.dataOf(i);
      found.push({
        term: this.termAt(i),
        ...decodePostings(bytes.subarray(offset - from, offset - from + size), count),
      });
    }
    return found;
  }

  close(): void {
    closeSync(this.fd);
  }

  private dataOf(i: number): { count: number; offset: number; bytes: number } {
    const at = this.entry(i) + 2 + 2 * this.head.getUint16(this.entry(i), true);
    return {
      count: this.head.getUint32(at, true),
      offset: this.head.getUint32(at + 4, true),
      bytes: this.head.getUint32(at + 8, true),
    };
  }

  private lowerBound(term: string): number {
    let low = 0;
    let high = this.termCount;
    while (low < high) {
      const mid = (low + high) >>> 1;
      if (this.termAt(mid) < term) low = mid + 1;
      else high = mid;
    }
    return low;
  }

  private entry(i: number): number {
    return this.dictionaryAt + this.head.getUint32(this.dictionaryAt - 4 * this.termCount + 4 * i, true);
  }

  private termAt(i: number): string {
    const at = this.entry(i);
    const length = this.head.getUint16(at, true);
    const units: number[] = [];
    for (let c = 0; c < length; c++) units.push(this.head.getUint16(at + 2 + 2 * c, true));
    return String.fromCharCode(...units);
  }

  private decode(i: number): Pick<PhrasePostings, 'rows' | 'doubledCounts'> {
    const { count, offset, bytes } = this.dataOf(i);
    return decodePostings(new Uint8Array(readAt(this.fd, HEADER + offset, bytes).buffer), count);
  }
}

/** One term's postings from exactly its bytes. */
function decodePostings(bytes: Uint8Array, count: number): Pick<PhrasePostings, 'rows' | 'doubledCounts'> {
  const reader = new VarintReader(bytes, 0);
  const [rows, doubledCounts] = readRowPairs(reader, count);
  if (reader.at !== bytes.length) throw new Error('postings file: a postings list is damaged');
  return { rows, doubledCounts };
}

function readAt(fd: number, position: number, length: number): DataView {
  const bytes = new Uint8Array(length);
  for (let done = 0; done < length;) {
    const read = readSync(fd, bytes, done, length - done, position + done);
    if (read === 0) throw new Error('postings file: cut off');
    done += read;
  }
  return new DataView(bytes.buffer);
}
