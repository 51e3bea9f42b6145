// The compact form of one import batch's postings for the pruned ranking
// (fts-topk.ts): written once, never changed, so that a batch of articles
// costs one write, and a query reads only the terms it asks for. An article's
// text (title, body, outlet) is all a segment holds; notes and tags, which a
// highlight's save changes, stay FTS5's alone.
//
// Layout, little-endian:
//   magic u32 · term count u32 · article count u32
//   per term, sorted by code unit: offset u32 of its entry        (binary search without reading the rest)
//   entries: term length u16 · term (UTF-16 code units, u16 each) · postings u32 · data offset u32
//   articles: rows (first, then gaps) and text lengths, varints
//   postings data per term: rows (first, then gaps) and doubled counts, varints
import type { PhrasePostings } from './fts-topk.js';

const MAGIC = 0x44534731; // "DSG1"

/** A batch's postings as they are gathered: term → rows ascending, with doubled weighted counts. */
export class SegmentBuilder {
  private readonly terms = new Map<string, number[]>();
  private readonly rows: number[] = [];
  private readonly lengths: number[] = [];

  /** Adds an article, rows ascending, given each distinct term of its text with its doubled weighted count. */
  add(row: number, counts: ReadonlyMap<string, number>, length: number): void {
    if (this.rows.length && row <= this.rows[this.rows.length - 1]!)
      throw new RangeError(`segment rows must ascend: ${row} after ${this.rows[this.rows.length - 1]}`);
    this.rows.push(row);
    this.lengths.push(length);
    const terms = this.terms;
    counts.forEach((count, term) => {
      const list = terms.get(term);
      if (list) list.push(row, count);
      else terms.set(term, [row, count]);
    });
  }

  get articles(): number {
    return this.rows.length;
  }

  /** The segment's bytes. */
  encode(): Uint8Array {
    const terms = [...this.terms.keys()].sort();
    const data = new ByteWriter();
    const dataOffsets: number[] = [];
    for (const term of terms) {
      dataOffsets.push(data.length);
      const pairs = this.terms.get(term)!;
      let previous = 0;
      for (let i = 0; i < pairs.length; i += 2) {
        data.varint(pairs[i]! - previous);
        previous = pairs[i]!;
        data.varint(pairs[i + 1]!);
      }
    }
    const articles = new ByteWriter();
    let previous = 0;
    for (let i = 0; i < this.rows.length; i++) {
      articles.varint(this.rows[i]! - previous);
      previous = this.rows[i]!;
      articles.varint(this.lengths[i]!);
    }
    const entriesSize = terms.reduce((sum, term) => sum + 2 + 2 * term.length + 8, 0);
    const head = 12 + 4 * terms.length;
    const bytes = new Uint8Array(head + entriesSize + 4 + articles.length + data.length);
    const view = new DataView(bytes.buffer);
    view.setUint32(0, MAGIC, true);
    view.setUint32(4, terms.length, true);
    view.setUint32(8, this.rows.length, true);
    const dataStart = head + entriesSize + 4 + articles.length;
    let at = head;
    terms.forEach((term, i) => {
      view.setUint32(12 + 4 * i, at, true);
      view.setUint16(at, term.length, true);
      at += 2;
      for (let c = 0; c < term.length; c++, at += 2) view.setUint16(at, term.charCodeAt(c), true);
      view.setUint32(at, this.terms.get(term)!.length / 2, true);
      view.setUint32(at + 4, dataStart + dataOffsets[i]!, true);
      at += 8;
    });
    view.setUint32(at, articles.length, true);
    bytes.set(articles.bytes(), at + 4);
    bytes.set(data.bytes(), dataStart);
    return bytes;
  }
}

/**
 * Reads a segment's terms one at a time, without decoding the others.
 *
 * @example
 * const segment = new SegmentReader(bytes);
 * segment.postingsOf('kyiv') // => { rows: Uint32Array [3, 9], doubledCounts: Uint32Array [4, 2] } or null
 */
export class SegmentReader {
  private readonly view: DataView;
  readonly termCount: number;
  readonly articleCount: number;

  constructor(private readonly bytes: Uint8Array) {
    this.view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    if (bytes.byteLength < 12 || this.view.getUint32(0, true) !== MAGIC)
      throw new Error('not a search segment (damaged or of another format)');
    this.termCount = this.view.getUint32(4, true);
    this.articleCount = this.view.getUint32(8, true);
  }

  /** The segment's articles' rows and text lengths. */
  articles(): { rows: Uint32Array; lengths: Uint32Array } {
    const last = this.termCount ? this.entryEnd(this.termCount - 1) : 12;
    const size = this.view.getUint32(last, true);
    const reader = new VarintReader(this.bytes, last + 4);
    const [rows, lengths] = readRowPairs(reader, this.articleCount);
    if (reader.at !== last + 4 + size) throw new Error('search segment: its article list is damaged');
    return { rows, lengths };
  }

  /** The term's rows and doubled counts in this segment, or `null` when it holds none. */
  postingsOf(term: string): Pick<PhrasePostings, 'rows' | 'doubledCounts'> | null {
    let low = 0;
    let high = this.termCount;
    while (low < high) {
      const mid = (low + high) >>> 1;
      const order = this.compare(mid, term);
      if (order === 0) return this.decode(mid);
      if (order < 0) low = mid + 1;
      else high = mid;
    }
    return null;
  }

  /** Every term of the segment that starts with `prefix`, in order. */
  termsStartingWith(prefix: string): string[] {
    let low = 0;
    let high = this.termCount;
    while (low < high) {
      const mid = (low + high) >>> 1;
      if (this.termAt(mid) < prefix) low = mid + 1;
      else high = mid;
    }
    const found: string[] = [];
    for (let i = low; i < this.termCount; i++) {
      const term = this.termAt(i);
      if (!term.startsWith(prefix)) break;
      found.push(term);
    }
    return found;
  }

  private entry(i: number): number {
    return this.view.getUint32(12 + 4 * i, true);
  }

  private entryEnd(i: number): number {
    const at = this.entry(i);
    return at + 2 + 2 * this.view.getUint16(at, true) + 8;
  }

  /** The `i`-th term, in order (0 ≤ i < termCount). */
  termAt(i: number): string {
    const at = this.entry(i);
    const length = this.view.getUint16(at, true);
    let term = '';
    for (let c = 0; c < length; c++) term += String.fromCharCode(this.view.getUint16(at + 2 + 2 * c, true));
    return term;
  }

  /** The entry's term against `term`, by code unit as `Array.prototype.sort` orders strings. */
  private compare(i: number, term: string): number {
    const at = this.entry(i);
    const length = this.view.getUint16(at, true);
    for (let c = 0; c < length && c < term.length; c++) {
      const difference = this.view.getUint16(at + 2 + 2 * c, true) - term.charCodeAt(c);
      if (difference) return difference;
    }
    return length - term.length;
  }

  /** The `i`-th term's rows and doubled counts. */
  decode(i: number): Pick<PhrasePostings, 'rows' | 'doubledCounts'> {
    const at = this.entry(i) + 2 + 2 * this.view.getUint16(this.entry(i), true);
    const count = this.view.getUint32(at, true);
    const [rows, doubledCounts] = readRowPairs(new VarintReader(this.bytes, this.view.getUint32(at + 4, true)), count);
    return { rows, doubledCounts };
  }
}

/** Unsigned LEB128 varints into a growing buffer. */
export class ByteWriter {
  private buffer = new Uint8Array(1024);
  length = 0;

  varint(value: number): void {
    if (this.length + 5 > this.buffer.length) {
      const grown = new Uint8Array(this.buffer.length * 2);
      grown.set(this.buffer);
      this.buffer = grown;
    }
    while (value >= 0x80) {
      this.buffer[this.length++] = (value & 0x7f) | 0x80;
      value >>>= 7;
    }
    this.buffer[this.length++] = value;
  }

  /** Appends `bytes` as they are. */
  raw(bytes: Uint8Array): void {
    while (this.length + bytes.length > this.buffer.length) {
      const grown = new Uint8Array(this.buffer.length * 2);
      grown.set(this.buffer);
      this.buffer = grown;
    }
    this.buffer.set(bytes, this.length);
    this.length += bytes.length;
  }

  bytes(): Uint8Array {
    return this.buffer.subarray(0, this.length);
  }
}

/** Reads the varints {@link ByteWriter} writes, from `at` on. */
/**
 * `count` pairs read from `reader` in turn: a row, stored as its gap from the
 * one before, and a value (an article's length, a term's doubled count).
 */
export function readRowPairs(reader: VarintReader, count: number): [rows: Uint32Array, values: Uint32Array] {
  // The varints read inline, not through next(): a common word's 70,000 pairs decode 2.5 times faster.
  // A read past the end gives undefined, which ends a varint (undefined >= 0x80 is false): checked once at the end.
  const bytes = reader.bytes;
  let at = reader.at;
  const rows = new Uint32Array(count);
  const values = new Uint32Array(count);
  let row = 0;
  for (let i = 0; i < count; i++) {
    let byte = bytes[at++]!;
    let value = byte & 0x7f;
    for (let scale = 128; byte >= 0x80; scale *= 128) {
      byte = bytes[at++]!;
      value += (byte & 0x7f) * scale;
    }
    row += value;
    rows[i] = row;
    byte = bytes[at++]!;
    value = byte & 0x7f;
    for (let scale = 128; byte >= 0x80; scale *= 128) {
      byte = bytes[at++]!;
      value += (byte & 0x7f) * scale;
    }
    values[i] = value;
  }
  if (at > bytes.length) throw new Error('search segment: a list runs past its end (damaged)');
  reader.at = at;
  return [rows, values];
}

export class VarintReader {
  constructor(
    readonly bytes: Uint8Array,
    public at: number,
  ) {}

  next(): number {
    let value = 0;
    let shift = 0;
    for (;;) {
      if (this.at >= this.bytes.length) throw new Error('search segment: a list runs past its end (damaged)');
      const byte = this.bytes[this.at++]!;
      value += (byte & 0x7f) * 2 ** shift;
      if (byte < 0x80) return value;
      shift += 7;
    }
  }
}
