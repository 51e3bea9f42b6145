// The notebook's durable state: the snapshot (notebook.json, via lowdb), the
// journal of changes since, and the backups. Opening replays the journal over
// the snapshot; a damaged file is kept aside and, where a backup exists, the
// notebook opens from it and says so. Saving appends one journal entry;
// compaction rewrites the snapshot, takes a backup and starts a new journal.
import { join } from 'node:path';
import { DossierError } from '@dossier/core';
import { copyFileAtomicPaced, ioError } from './atomic-file.js';
import { BACKUPS_DIR, backupName, newestGoodBackup, pruneBackups } from './backups.js';
import { replay, validOps, type ChangeOp, type ReplayedChanges } from './changes.js';
import { disk } from './disk.js';
import { JOURNAL_FILE, JournalWriter, parseJournal, snapshotChecksumOf, type ParsedJournal } from './journal.js';
import { keepAside } from './keep-aside.js';
import { snapshotView, writeSnapshotInSlices, type SliceOptions } from './snapshot-writer.js';
import {
  NOTEBOOK_FILE,
  parseSnapshot,
  snapshotDb,
  type NotebookData,
  type NotebookDb,
  type SnapshotRead,
} from './notebook-file.js';

/** When the journal is folded into a new snapshot (besides on close). */
export interface CompactionPolicy {
  /** After this many entries, e.g. 10000. */
  entries: number;
  /** Or after this many bytes of journal, e.g. 16 MiB. */
  bytes: number;
}

export const DEFAULT_COMPACTION: CompactionPolicy = { entries: 10_000, bytes: 16 * 1024 * 1024 };

interface LoadOptions {
  readOnly: boolean;
  /** The notebook to make when the folder has none; null when one must exist. */
  fresh: NotebookData | null;
}

/** A compaction under way: the notebook as of one revision, and the journal it began on. */
export interface Compaction {
  readonly view: NotebookData;
  readonly journal: JournalWriter | null;
  /** The checksum of the snapshot once written. */
  checksum?: string;
  /** A compaction that ran whole since replaced the journal; this one's result is not needed. */
  superseded?: boolean;
}

interface Loaded {
  data: NotebookData;
  warnings: string[];
  journal: ParsedJournal<ChangeOp> | null;
  /** The snapshot or the journal must be rewritten before the first change. */
  mustCompact: boolean;
  replayed: ReplayedChanges;
}

export class NotebookStore {
  private journalStale = false;
  /** The compaction between `beginCompaction` and its finish or abandonment. */
  private running: { compaction: Compaction; written: Promise<unknown> } | null = null;

  private constructor(
    readonly dir: string,
    readonly db: NotebookDb,
    readonly warnings: string[],
    private journal: JournalWriter | null,
    private readonly policy: CompactionPolicy,
    /** What the open replayed from the journal, until the search index has caught up with it. */
    private replayedAtOpen: ReplayedChanges | null,
  ) {}

  static async open(dir: string, options: LoadOptions & { policy?: CompactionPolicy }): Promise<NotebookStore | null> {
    const loaded = await load(dir, options);
    if (!loaded) return null;
    const db = snapshotDb(join(dir, NOTEBOOK_FILE), loaded.data);
    const store = new NotebookStore(
      dir,
      db,
      loaded.warnings,
      null,
      options.policy ?? DEFAULT_COMPACTION,
      loaded.replayed,
    );
    if (options.readOnly) return store;
    const parsed = loaded.journal;
    if (loaded.mustCompact || !parsed?.header) await store.compact();
    else store.journal = await JournalWriter.open(join(dir, JOURNAL_FILE), parsed.goodLength, parsed.entries.length);
    return store;
  }

  get data(): NotebookData {
    return this.db.data;
  }

  /** What the open replayed from the journal (once: the search index asks while it opens). */
  takeReplayed(): ReplayedChanges | null {
    const replayed = this.replayedAtOpen;
    this.replayedAtOpen = null;
    return replayed;
  }

  /** Appends one change durably; when this returns the change survives a crash. */
  async append(rev: number, ops: ChangeOp[]): Promise<void> {
    if (!this.journal) throw new DossierError('read_only', 'this notebook is open read-only; changes are refused');
    if (this.journalStale) throw new DossierError('internal', 'the journal must be started again before a save');
    await this.journal.append(rev, ops);
  }

  /**
   * Called before a change touches memory: if the last compaction may have
   * replaced journal.jsonl without reopening it, compact again now — while
   * memory still equals what is saved, so no unsaved change reaches the snapshot.
   */
  async ensureJournal(): Promise<void> {
    if (this.journalStale) await this.compact();
  }

  get wantsCompaction(): boolean {
    const j = this.journal;
    return !this.running && j !== null && (j.entries >= this.policy.entries || j.bytes >= this.policy.bytes);
  }

  /**
   * Compacts now, whole: writes the snapshot (atomically), a backup of it, and
   * a new empty journal. Called between changes; a compaction under way in the
   * background is let finish writing first and then superseded.
   */
  async compact(): Promise<void> {
    if (this.running) {
      const { compaction, written } = this.running;
      await written.catch(() => undefined);
      compaction.superseded = true;
      this.abandonCompaction(compaction);
    }
    const compaction = this.beginCompaction();
    try {
      await this.writeCompaction(compaction, { pause: () => Promise.resolve() });
      await this.finishCompaction(compaction);
    } finally {
      this.abandonCompaction(compaction);
    }
  }

  /** Step one, between two changes: the notebook as of now, and the journal starts keeping what follows. */
  beginCompaction(): Compaction {
    if (this.running) throw new DossierError('internal', 'a compaction is already under way');
    const compaction: Compaction = { view: snapshotView(this.data), journal: this.journal };
    this.journal?.keepTail();
    this.running = { compaction, written: Promise.resolve() };
    return compaction;
  }

  /**
   * Step two, while changes go on: writes the snapshot in slices, then a backup
   * of it. A crash from here on loses nothing: the journal still holds every
   * change, and its entries the new snapshot already holds are skipped on replay.
   */
  writeCompaction(compaction: Compaction, options?: SliceOptions): Promise<void> {
    const written = (async () => {
      compaction.checksum = await writeSnapshotInSlices(join(this.dir, NOTEBOOK_FILE), compaction.view, options);
      this.db.adapter.writtenChecksum = compaction.checksum;
      try {
        await disk.mkdir(join(this.dir, BACKUPS_DIR));
        await copyBackup(this.dir, compaction.view.revision, options?.pause);
      } catch (error) {
        console.error('could not write a backup of the notebook:', (error as Error).message);
      }
    })();
    if (this.running?.compaction === compaction) this.running.written = written;
    return written;
  }

  /**
   * Step three, between two changes: a new journal continues the snapshot,
   * carrying the entries appended while it was written.
   */
  async finishCompaction(compaction: Compaction): Promise<void> {
    if (compaction.superseded || this.running?.compaction !== compaction || compaction.checksum === undefined) return;
    const carried = compaction.journal?.stopKeepingTail() ?? [];
    this.running = null;
    try {
      this.journal = await JournalWriter.start(
        join(this.dir, JOURNAL_FILE),
        this.data.createdAt,
        compaction.view.revision,
        this.journal ?? undefined,
        compaction.checksum,
        carried,
      );
      this.journalStale = false;
    } catch (error) {
      // Whether or not the new journal took the old one's name, the open handle may point at a replaced file.
      this.journalStale = true;
      throw error;
    }
  }

  /** Ends a compaction that failed or was superseded; the journal goes on as it was. */
  abandonCompaction(compaction: Compaction): void {
    if (this.running?.compaction !== compaction) return;
    compaction.journal?.stopKeepingTail();
    this.running = null;
  }

  async close(): Promise<void> {
    if (this.journal && (this.journal.entries > 0 || this.journalStale)) await this.compact();
    await this.journal?.close();
    this.journal = null;
  }
}

async function copyBackup(dir: string, revision: number, pause?: () => Promise<void>): Promise<void> {
  // The snapshot was just written; a copy costs no second serialisation. Paced like the snapshot's slices.
  await copyFileAtomicPaced(join(dir, NOTEBOOK_FILE), join(dir, BACKUPS_DIR, backupName(revision)), {
    ...(pause ? { pause } : {}),
  });
  await pruneBackups(dir);
}

async function load(dir: string, options: LoadOptions): Promise<Loaded | null> {
  // A reader can meet a compaction between reading the snapshot and the journal: read again.
  for (let attempt = 0; ; attempt++) {
    const loaded = await loadOnce(dir, options, attempt < 5);
    if (loaded !== 'raced') return loaded;
  }
}

async function loadOnce(
  dir: string,
  { readOnly, fresh }: LoadOptions,
  mayRace: boolean,
): Promise<Loaded | null | 'raced'> {
  const warnings: string[] = [];
  const snapshotPath = join(dir, NOTEBOOK_FILE);
  const journalPath = join(dir, JOURNAL_FILE);
  const keep = async (path: string) => (readOnly ? null : await keepAside(path));
  const keptNote = (kept: string | null) =>
    kept ? `it was kept as ${kept}` : 'it was left as it is (open the notebook for writing to keep it aside)';
  let mustCompact = false;

  const snapshotBytes = await readOptional(snapshotPath);
  const journalBytes = await readOptional(journalPath);
  // The journal names the checksum of the snapshot it continues: bytes that match it need no validation again.
  const snapshot: SnapshotRead = snapshotBytes
    ? parseSnapshot(snapshotBytes, NOTEBOOK_FILE, snapshotChecksumOf(journalBytes))
    : { missing: true };
  let data: NotebookData;
  if ('data' in snapshot) data = snapshot.data;
  else {
    const journalExists = journalBytes !== null;
    const backup = await newestGoodBackup(dir);
    if ('missing' in snapshot && !journalExists && !backup) {
      if (!fresh) return null;
      return { data: fresh, warnings, journal: null, mustCompact: true, replayed: nothingReplayed(fresh) };
    }
    const what =
      'missing' in snapshot ? `${NOTEBOOK_FILE} is missing` : `${NOTEBOOK_FILE} is damaged (${snapshot.damaged})`;
    const kept = 'missing' in snapshot ? null : await keep(snapshotPath);
    const keptText = 'missing' in snapshot ? '' : `; ${keptNote(kept)}`;
    if (!backup) {
      throw new DossierError(
        'notebook_corrupt',
        `${join(dir, NOTEBOOK_FILE)} ${what.replace(`${NOTEBOOK_FILE} `, '')}${keptText}; there is no backup to open from — run "dossier check --repair"`,
      );
    }
    data = backup.data;
    mustCompact = true;
    warnings.push(
      `${what}${keptText}; the notebook was opened from the backup ${BACKUPS_DIR}/${backup.name} (revision ${data.revision}) and the journal`,
    );
  }

  if (!journalBytes) return { data, warnings, journal: null, mustCompact: true, replayed: nothingReplayed(data) };
  const parsed = parseJournal(journalBytes, validOps);
  if (!parsed.header) {
    const kept = await keep(journalPath);
    warnings.push(
      `${JOURNAL_FILE} is damaged (${parsed.problem!.message}); ${keptNote(kept)}; changes after revision ${data.revision} may be missing`,
    );
    return { data, warnings, journal: null, mustCompact: true, replayed: nothingReplayed(data) };
  }
  if (parsed.header.notebook !== data.createdAt || parsed.header.base > data.revision) {
    if (readOnly && mayRace && parsed.header.notebook === data.createdAt) return 'raced';
    const kept = await keep(journalPath);
    const why =
      parsed.header.notebook !== data.createdAt
        ? 'it belongs to another notebook'
        : `it continues revision ${parsed.header.base}, but ${NOTEBOOK_FILE} is at revision ${data.revision}`;
    warnings.push(
      `${JOURNAL_FILE} does not match ${NOTEBOOK_FILE} (${why}); ${keptNote(kept)}; its changes were not applied`,
    );
    return { data, warnings, journal: null, mustCompact: true, replayed: nothingReplayed(data) };
  }
  if (parsed.problem?.kind === 'damaged') {
    const kept = await keep(journalPath);
    warnings.push(
      `${JOURNAL_FILE} is damaged at ${parsed.problem.message}; the ${parsed.entries.length} change(s) before it were applied, and ${keptNote(kept)}`,
    );
  }
  // Entries up to the snapshot's revision are in it already (a crash during compaction).
  const entries = parsed.entries.filter((e) => e.rev > data.revision);
  const touched = new Map<string, number>();
  const replayed = replay(data, entries, (rev, id) => touched.set(id, rev));
  // The next entry must follow the journal's last one; if the snapshot is ahead of it, start a new journal.
  const journalEnd = parsed.entries.at(-1)?.rev ?? parsed.header.base;
  mustCompact ||= parsed.problem?.kind === 'damaged' || journalEnd !== replayed.revision;
  return {
    data: replayed,
    warnings,
    journal: parsed,
    mustCompact,
    replayed: { after: data.revision, articles: touched },
  };
}

function nothingReplayed(data: NotebookData): ReplayedChanges {
  return { after: data.revision, articles: new Map() };
}

/** A file's bytes, or null when it does not exist. */
async function readOptional(path: string): Promise<Buffer | null> {
  try {
    return await disk.readFile(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return null;
    throw ioError(`could not read ${path}`, error);
  }
}
