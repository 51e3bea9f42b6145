// Import workers for plain-text and Markdown files: a batch of many is read
// (decoded, parsed, cleaned of clutter) by a few threads side by side, a
// chunk of files per message, while the importing thread waits on nothing
// else. The threads are kept for a while between batches (an import of 10k
// articles is ten calls or more) and stopped when idle. A thread that fails
// costs nothing but time: its chunk is read here instead, with the same code.
import { availableParallelism } from 'node:os';
import type { Worker } from 'node:worker_threads';
import { spawnImportWorker } from './extractor.js';
import {
  prepareText,
  type PreparedText,
  type RefusedText,
  type TextFile,
  type TextJob,
  type TextReply,
} from './text-job.js';

export interface TextPoolOptions {
  /** Threads at most. Example: `2`. Default: the processors there are, from 1 to 4. */
  threads?: number;
  /** Files per message to a thread. Example: `25`. */
  chunk?: number;
  /** How long idle threads are kept, in ms. Example: `15_000`. */
  idleMs?: number;
  /** Whether the importing thread reads chunks too while it waits for the threads. Example: `false`. Default: true. */
  helpHere?: boolean;
}

export interface PrepareOptions {
  /**
   * Called with each chunk read and the position of its first file, e.g.
   * `(at, prepared) => queue.push({ at, prepared })`. It should return at
   * once: the thread that read the chunk gets its next one after it returns.
   */
  onChunk?: (at: number, prepared: (PreparedText | RefusedText)[]) => void;
  /** This call's `helpHere` (see TextPoolOptions), e.g. `false` when this thread has other work. */
  helpHere?: boolean;
  /** Whether each article's search terms are worked out too (`PreparedText.columns`), e.g. `true`. Default: false. */
  columns?: boolean;
}

/** Fewer files than this are read in the importing thread: starting threads would cost more than it saves. */
export const POOL_MIN_FILES = 16;

export class TextPool {
  private readonly idle: Worker[] = [];
  private readonly threads: number;
  private readonly chunk: number;
  private readonly idleMs: number;
  private readonly helpHere: boolean;
  private idleTimer: NodeJS.Timeout | null = null;
  private nextId = 1;
  private readInThreads = 0;

  constructor(options: TextPoolOptions = {}) {
    this.threads = options.threads ?? Math.max(1, Math.min(4, availableParallelism()));
    this.chunk = options.chunk ?? 25;
    this.idleMs = options.idleMs ?? 15_000;
    this.helpHere = options.helpHere ?? true;
  }

  /**
   * Reads every file, in the threads and in this one; the results are in the
   * files' order. `onChunk` hears each chunk as it is read, in the order the
   * chunks come back, so the caller can work on them while the rest is read.
   */
  async prepareAll(
    files: readonly TextFile[],
    boilerplate: ReadonlySet<string>,
    { onChunk, helpHere = this.helpHere, columns = false }: PrepareOptions = {},
  ): Promise<(PreparedText | RefusedText)[]> {
    if (this.idleTimer) clearTimeout(this.idleTimer);
    this.idleTimer = null;
    const results: (PreparedText | RefusedText)[] = new Array(files.length);
    const known = [...boilerplate];
    const boilerplateId = this.nextId++;
    let next = 0;
    const drive = async () => {
      let worker = await this.take().catch(() => null);
      // Its first job carries the boilerplate lines; the thread keeps them for the rest of its share.
      let sent = false;
      while (next < files.length) {
        const at = next;
        next += this.chunk;
        const slice = files.slice(at, at + this.chunk);
        const lines = sent ? {} : { boilerplate: known };
        let prepared = worker ? await this.ask(worker, { files: slice, ...lines, boilerplateId, columns }) : null;
        sent = true;
        if (!prepared && worker) {
          // The thread failed: it is thrown away, and its chunk and the rest of its share are read here.
          void worker.terminate();
          worker = null;
        }
        if (prepared) this.readInThreads += prepared.length;
        else prepared = slice.map((file) => prepareText(file, boilerplate, { columns }));
        for (const [i, result] of prepared.entries()) results[at + i] = result;
        onChunk?.(at, prepared);
      }
      if (worker) this.idle.push(worker);
    };
    // This thread reads chunks too, between the threads' replies: it would only wait otherwise, and
    // while the threads start (a few hundred ms of loading code, more on a busy machine) it is the only reader.
    const driveHere = async () => {
      while (next < files.length) {
        const at = next;
        next += this.chunk;
        const prepared = files.slice(at, at + this.chunk).map((file) => prepareText(file, boilerplate, { columns }));
        for (const [i, result] of prepared.entries()) results[at + i] = result;
        onChunk?.(at, prepared);
        await new Promise((resolve) => setImmediate(resolve));
      }
    };
    const drivers = Math.min(this.threads, Math.ceil(files.length / this.chunk));
    await Promise.all([...Array.from({ length: drivers }, drive), ...(helpHere ? [driveHere()] : [])]);
    this.idleTimer = setTimeout(() => void this.close(), this.idleMs);
    this.idleTimer.unref();
    return results;
  }

  /** How many files the threads have read (the others were read in the importing thread). */
  get filesReadInThreads(): number {
    return this.readInThreads;
  }

  /** Stops the idle threads. */
  async close(): Promise<void> {
    if (this.idleTimer) clearTimeout(this.idleTimer);
    this.idleTimer = null;
    await Promise.all(this.idle.splice(0).map((worker) => worker.terminate()));
  }

  private async take(): Promise<Worker> {
    const kept = this.idle.pop();
    if (kept) return kept;
    const worker = await spawnImportWorker();
    // Between jobs nobody else listens: a thread that fails then is only dropped.
    worker.on('error', () => undefined);
    worker.on('exit', () => {
      const at = this.idle.indexOf(worker);
      if (at !== -1) this.idle.splice(at, 1);
    });
    return worker;
  }

  /** One chunk to one thread; null when the thread failed or stopped instead of answering. */
  private ask(worker: Worker, job: Omit<TextJob, 'id' | 'kind'>): Promise<(PreparedText | RefusedText)[] | null> {
    const id = this.nextId++;
    return new Promise((resolve) => {
      const done = (answer: (PreparedText | RefusedText)[] | null) => {
        worker.off('message', onMessage);
        worker.off('error', onFailure);
        worker.off('exit', onFailure);
        worker.unref();
        resolve(answer);
      };
      const onMessage = (reply: TextReply) => {
        if (reply.id === id) done(reply.ok ? reply.prepared : null);
      };
      const onFailure = () => done(null);
      worker.on('message', onMessage);
      worker.on('error', onFailure);
      worker.on('exit', onFailure);
      worker.ref();
      worker.postMessage({ id, kind: 'text', ...job } satisfies TextJob);
    });
  }
}
