// journal.jsonl: the changes made since notebook.json was written, one JSON
// line each. A save is acknowledged only once its line is fsync'd, so saving
// costs one small append whatever the notebook's size. The first line names
// the snapshot the journal continues (its notebook and revision); every entry
// carries the revision it makes and a CRC-32 of its operations, so a torn last
// line (a crash mid-append) or a journal from another snapshot is recognised.
import { crc32 } from 'node:zlib';
import { DossierError } from '@dossier/core';
import { writeFileAtomic } from './atomic-file.js';
import { disk, type DiskFile } from './disk.js';

export const JOURNAL_FILE = 'journal.jsonl';
export const JOURNAL_VERSION = 1;

export interface JournalHeader {
  format: 'dossier-journal';
  version: number;
  /** The `createdAt` of the notebook the journal belongs to. */
  notebook: string;
  /** The snapshot revision the first entry applies to. */
  base: number;
  /**
   * The checksum (CRC-32, 8 hex digits) of notebook.json as it was written
   * just before this journal was started; absent when none was written then.
   * A snapshot that still matches it is not validated again on open.
   */
  snapshot?: string;
}

export interface JournalEntry<Op> {
  rev: number;
  ops: Op[];
}

export interface ParsedJournal<Op> {
  header: JournalHeader | null;
  entries: JournalEntry<Op>[];
  /** Bytes up to the end of the last entry that can be trusted. */
  goodLength: number;
  /** Set when something after `goodLength` was not trusted. */
  problem?: { kind: 'torn' | 'damaged' | 'header'; message: string };
}

/** A line is `{"rev":R,"crc":"8 hex","ops":…}`: the CRC covers the ops exactly as written. */
const ENTRY = /^\{"rev":(\d+),"crc":"([0-9a-f]{8})","ops":(.*)\}$/su;

export function journalHeaderLine(notebook: string, base: number, snapshot?: string): string {
  const header: JournalHeader = {
    format: 'dossier-journal',
    version: JOURNAL_VERSION,
    notebook,
    base,
    ...(snapshot ? { snapshot } : {}),
  };
  return `${JSON.stringify(header)}\n`;
}

export function journalEntryLine(rev: number, ops: unknown[]): string {
  const body = JSON.stringify(ops);
  return `{"rev":${rev},"crc":"${checksumOf(body)}","ops":${body}}\n`;
}

/** CRC-32 as 8 hex digits: of a journal entry's operations, or of a snapshot's bytes. */
export function checksumOf(data: string | Uint8Array): string {
  return crc32(data).toString(16).padStart(8, '0');
}

/**
 * The snapshot checksum named by the header of the journal `bytes`, or
 * undefined (no header, none recorded, or not a checksum). Read before the
 * snapshot is parsed, so it costs the first line only.
 */
export function snapshotChecksumOf(bytes: Buffer | null): string | undefined {
  const end = bytes?.indexOf(0x0a) ?? -1;
  if (!bytes || end === -1) return undefined;
  try {
    const header = JSON.parse(bytes.subarray(0, end).toString('utf8')) as Partial<JournalHeader> | null;
    return typeof header?.snapshot === 'string' && /^[0-9a-f]{8}$/u.test(header.snapshot) ? header.snapshot : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Reads a journal's bytes. `validOps` checks one entry's operations (the
 * schema); an entry that fails it is damage, not a tear. A newer journal
 * format is refused outright.
 */
export function parseJournal<Op>(bytes: Buffer, validOps: (ops: unknown) => Op[] | null): ParsedJournal<Op> {
  const entries: JournalEntry<Op>[] = [];
  const firstEnd = bytes.indexOf(0x0a);
  if (firstEnd === -1) {
    const kind = bytes.byteLength === 0 ? 'the file is empty' : 'its first line is cut short';
    return { header: null, entries, goodLength: 0, problem: { kind: 'header', message: kind } };
  }
  const header = parseHeader(bytes.subarray(0, firstEnd).toString('utf8'));
  if (typeof header === 'string')
    return { header: null, entries, goodLength: 0, problem: { kind: 'header', message: header } };
  let at = firstEnd + 1;
  let expected = header.base + 1;
  while (at < bytes.byteLength) {
    const end = bytes.indexOf(0x0a, at);
    const lineNo = entries.length + 2;
    if (end === -1) {
      // No newline: the write of this line never finished, so it was never acknowledged.
      return { header, entries, goodLength: at, problem: { kind: 'torn', message: `line ${lineNo} is incomplete` } };
    }
    const match = ENTRY.exec(bytes.subarray(at, end).toString('utf8'));
    let why: string | null = null;
    let ops: Op[] | null = null;
    if (!match) why = 'it is not a journal entry';
    else if (checksumOf(match[3]!) !== match[2]) why = 'its checksum does not match';
    else if (Number(match[1]) !== expected) why = `it is revision ${match[1]}, expected ${expected}`;
    else {
      try {
        ops = validOps(JSON.parse(match[3]!));
      } catch {
        ops = null;
      }
      if (!ops) why = 'its changes do not fit the notebook schema';
    }
    if (why || !ops) {
      const last = end + 1 >= bytes.byteLength;
      const kind = last && why === 'its checksum does not match' ? 'torn' : 'damaged';
      return { header, entries, goodLength: at, problem: { kind, message: `line ${lineNo}: ${why}` } };
    }
    entries.push({ rev: expected, ops });
    expected++;
    at = end + 1;
  }
  return { header, entries, goodLength: at };
}

function parseHeader(line: string): JournalHeader | string {
  let json: Partial<JournalHeader>;
  try {
    json = JSON.parse(line) as Partial<JournalHeader>;
  } catch {
    return 'its first line is not valid JSON';
  }
  if (json?.format !== 'dossier-journal') return 'it is not a Dossier journal';
  if (typeof json.version === 'number' && json.version > JOURNAL_VERSION) {
    throw newerDossier(JOURNAL_FILE, `journal version ${json.version}; this one reads ${JOURNAL_VERSION}`);
  }
  if (json.version !== JOURNAL_VERSION || typeof json.notebook !== 'string' || !Number.isInteger(json.base)) {
    return 'its header does not fit the journal schema';
  }
  return json as JournalHeader;
}

export function newerDossier(file: string, detail: string): DossierError {
  return new DossierError(
    'notebook_corrupt',
    `${file} was made by a newer Dossier (${detail}); it was left untouched — open the notebook with that version`,
  );
}

/** The open journal of a writer: appends durably, and never leaves half a line behind it. */
export class JournalWriter {
  private dirty = false;
  /** Lines appended since a compaction began, for the journal that will continue its snapshot. */
  private tail: Buffer[] | null = null;

  private constructor(
    private file: DiskFile,
    private length: number,
    private count: number,
  ) {}

  /** Opens `path` for appending after its last trusted byte (cutting off a torn tail). */
  static async open(path: string, goodLength: number, entries: number): Promise<JournalWriter> {
    const file = await disk.openDurableAppend(path);
    const writer = new JournalWriter(file, goodLength, entries);
    if ((await file.size()) !== goodLength) {
      await file.truncate(goodLength);
      await file.datasync();
    }
    return writer;
  }

  /**
   * Replaces the journal with one that continues snapshot `base` (whose bytes
   * have checksum `snapshot`): empty, or holding `carried`, the entries
   * `previous` appended after revision `base` while that snapshot was written.
   */
  static async start(
    path: string,
    notebook: string,
    base: number,
    previous?: JournalWriter,
    snapshot?: string,
    carried: readonly Buffer[] = [],
  ): Promise<JournalWriter> {
    const bytes = Buffer.concat([Buffer.from(journalHeaderLine(notebook, base, snapshot)), ...carried]);
    await writeFileAtomic(path, bytes);
    const next = await JournalWriter.open(path, bytes.byteLength, carried.length);
    await previous?.file.close().catch(() => undefined);
    return next;
  }

  /** From now on, keeps the lines appended (see `carried`), until `stopKeepingTail`. */
  keepTail(): void {
    this.tail = [];
  }

  /** The lines appended since `keepTail`, and forgets them. */
  stopKeepingTail(): Buffer[] {
    const tail = this.tail ?? [];
    this.tail = null;
    return tail;
  }

  get entries(): number {
    return this.count;
  }

  get bytes(): number {
    return this.length;
  }

  /** Returns once the entry is on disk; on failure the journal is cut back to its last good entry. */
  async append(rev: number, ops: unknown[]): Promise<void> {
    const line = Buffer.from(journalEntryLine(rev, ops));
    try {
      if (this.dirty) await this.cutBack();
      await this.file.writeDurably(line);
    } catch (error) {
      this.dirty = true;
      await this.cutBack().catch(() => undefined);
      throw error;
    }
    this.length += line.byteLength;
    this.count++;
    this.tail?.push(line);
  }

  private async cutBack(): Promise<void> {
    await this.file.truncate(this.length);
    await this.file.datasync();
    this.dirty = false;
  }

  close(): Promise<void> {
    return this.file.close();
  }
}
