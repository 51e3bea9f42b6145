// The thread that extracts new articles' entities while an import runs (see
// article-extraction.ts): the importing thread hands it each chunk of texts
// the import threads return and goes on storing and indexing; the answers are
// offered to intelligence as they come. Its first stories build waits for the
// answers under way instead of extracting those texts itself. One thread, kept
// while imports come and stopped when idle; one that fails costs only the
// offers of its jobs (intelligence extracts those articles itself).
import type { Worker } from 'node:worker_threads';
import { spawnImportWorker } from '../import/extractor.js';
import { offerExtraction, type EntityJob, type EntityReply, type TextExtraction } from './article-extraction.js';

/** How long the idle thread is kept, in ms: compromise's load and its remembered spans go with it. */
const IDLE_MS = 30_000;

class ExtractionThread {
  private worker: Promise<Worker> | null = null;
  private readonly waiting = new Map<number, (extractions: TextExtraction[] | null) => void>();
  private nextId = 1;
  private idleTimer: NodeJS.Timeout | null = null;

  /** The extraction of each text, in order; null when the thread failed. */
  extract(texts: string[]): Promise<TextExtraction[] | null> {
    if (this.idleTimer) clearTimeout(this.idleTimer);
    this.idleTimer = null;
    const id = this.nextId++;
    const answer = new Promise<TextExtraction[] | null>((resolve) => this.waiting.set(id, resolve));
    void this.started()
      .then((worker) => {
        worker.ref();
        worker.postMessage({ id, kind: 'entities', texts } satisfies EntityJob);
      })
      .catch(() => this.answer(id, null));
    return answer;
  }

  private started(): Promise<Worker> {
    this.worker ??= spawnImportWorker().then((worker) => {
      worker.on('message', (reply: EntityReply) => this.answer(reply.id, reply.ok ? reply.extractions : null));
      const failed = () => {
        this.worker = null;
        for (const id of [...this.waiting.keys()]) this.answer(id, null);
      };
      worker.on('error', failed);
      worker.on('exit', failed);
      return worker;
    });
    // A thread that could not start is tried again on the next job.
    this.worker.catch(() => (this.worker = null));
    return this.worker;
  }

  private answer(id: number, extractions: TextExtraction[] | null): void {
    const resolve = this.waiting.get(id);
    if (!resolve) return;
    this.waiting.delete(id);
    resolve(extractions);
    if (this.waiting.size) return;
    // Idle: the process may end without waiting for it, and after a while it is stopped.
    const worker = this.worker;
    void worker?.then((w) => w.unref()).catch(() => undefined);
    this.idleTimer = setTimeout(() => {
      if (this.waiting.size || this.worker !== worker) return;
      this.worker = null;
      void worker?.then((w) => w.terminate()).catch(() => undefined);
    }, IDLE_MS);
    this.idleTimer.unref();
  }
}

/** Shared by the notebooks of this process. */
const thread = new ExtractionThread();
/** Each notebook's jobs under way. */
const underWay = new WeakMap<object, Set<Promise<void>>>();

/**
 * Extracts the entities of these new articles' texts in the extraction
 * thread and offers them to the notebook's intelligence, without waiting.
 */
export function extractAhead(notebook: object, articles: { id: string; text: string }[]): void {
  if (!articles.length) return;
  let jobs = underWay.get(notebook);
  if (!jobs) underWay.set(notebook, (jobs = new Set()));
  const job = thread
    .extract(articles.map((a) => a.text))
    .then((extractions) => {
      if (extractions?.length === articles.length)
        for (const [i, extraction] of extractions.entries()) offerExtraction(notebook, articles[i]!.id, extraction);
    })
    .finally(() => jobs.delete(job));
  jobs.add(job);
}

/** Waits for the notebook's extraction jobs under way (each ends, offered or failed). */
export async function extractedAhead(notebook: object): Promise<void> {
  const jobs = underWay.get(notebook);
  while (jobs?.size) await Promise.all([...jobs]);
}
