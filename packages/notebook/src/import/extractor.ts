// The importing thread's side of extraction: a worker thread that parses HTML
// and PDF files, one job at a time, with a heap cap and a time limit. A job
// that overruns either is refused and its worker is thrown away; the next job
// gets a fresh one.
import { pathToFileURL } from 'node:url';
import { Worker, type ResourceLimits } from 'node:worker_threads';
import type { ExtractedArticle, ExtractionFormat, ExtractionJob, ExtractionReply } from './extracted.js';

export interface ExtractorOptions {
  /** How long one file may take, in ms. Example: `30_000`. A real 3 MB page takes well under a second. */
  timeoutMs?: number;
  /** Heap cap of the worker, in MB. Example: `1024`. */
  maxHeapMb?: number;
  /** Tighter (or looser) page limits than HTML_LIMITS. Example: `{ maxDepth: 200 }`. */
  limits?: ExtractionJob['limits'];
}

/** Why a file could not be extracted: shown to the user as the reason it was refused. */
export class ExtractionFailure extends Error {}

interface Pending {
  resolve: (article: ExtractedArticle) => void;
  reject: (error: Error) => void;
  timer: NodeJS.Timeout;
  worker: Worker;
}

// Run from TypeScript sources (the tests), the worker's relative `.js` imports
// name `.ts` files: a resolve hook maps them, and Node strips the types.
const SOURCE_BOOTSTRAP = `
const { registerHooks } = process.getBuiltinModule('node:module');
const { workerData } = process.getBuiltinModule('node:worker_threads');
registerHooks({
  resolve(specifier, context, next) {
    if (/^\\.\\.?\\//.test(specifier) && specifier.endsWith('.js') && context.parentURL?.endsWith('.ts')) {
      try { return next(specifier.slice(0, -3) + '.ts', context); } catch {}
    }
    return next(specifier, context);
  },
});
import(workerData.entry);
`;

let workerFile: string | undefined;

/**
 * Where the extraction worker's script is, for hosts that load the notebook as
 * CommonJS or bundle it (the desktop app, Playwright). Without it the worker is
 * looked for next to this module (see worker-file.ts).
 */
export function setExtractionWorkerFile(path: string): void {
  workerFile = path;
}

/**
 * Starts a thread running the import worker (extract-worker.ts), which takes
 * extraction jobs and plain-text jobs (text-job.ts).
 */
export async function spawnImportWorker(resourceLimits?: ResourceLimits): Promise<Worker> {
  const { file, source } = workerFile
    ? { file: workerFile, source: false }
    : (await import('./worker-file.js')).defaultWorkerFile();
  return source
    ? new Worker(SOURCE_BOOTSTRAP, { eval: true, resourceLimits, workerData: { entry: pathToFileURL(file).href } })
    : new Worker(file, { resourceLimits });
}

export class Extractor {
  private worker: Worker | null = null;
  private readonly pending = new Map<number, Pending>();
  private nextId = 1;
  private readonly timeoutMs: number;
  private readonly maxHeapMb: number;
  private readonly limits: ExtractionJob['limits'];

  constructor(options: ExtractorOptions = {}) {
    this.timeoutMs = options.timeoutMs ?? 30_000;
    this.maxHeapMb = options.maxHeapMb ?? 1024;
    this.limits = options.limits;
  }

  async extract(format: ExtractionFormat, name: string, bytes: Uint8Array): Promise<ExtractedArticle> {
    const worker = this.worker ?? (await this.spawn());
    const job: ExtractionJob = {
      id: this.nextId++,
      format,
      name,
      bytes,
      ...(this.limits ? { limits: this.limits } : {}),
    };
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        const limit = this.timeoutMs >= 1000 ? `${Math.round(this.timeoutMs / 1000)} s` : `${this.timeoutMs} ms`;
        this.fail(worker, `reading it took longer than ${limit}, so it was stopped`);
      }, this.timeoutMs);
      this.pending.set(job.id, { resolve, reject, timer, worker });
      worker.ref();
      worker.postMessage(job);
    });
  }

  async close(): Promise<void> {
    const worker = this.worker;
    this.worker = null;
    if (worker) await worker.terminate();
  }

  private async spawn(): Promise<Worker> {
    const worker = await spawnImportWorker({ maxOldGenerationSizeMb: this.maxHeapMb, stackSizeMb: 8 });
    worker.on('message', (reply: ExtractionReply) => {
      const job = this.pending.get(reply.id);
      if (!job) return;
      this.pending.delete(reply.id);
      clearTimeout(job.timer);
      if (!this.pending.size) worker.unref();
      if (reply.ok) job.resolve(reply.article);
      else job.reject(new ExtractionFailure(reply.message));
    });
    worker.on('error', (error: Error & { code?: string }) => {
      const why =
        error.code === 'ERR_WORKER_OUT_OF_MEMORY'
          ? `reading it needed more than ${this.maxHeapMb} MB of memory, so it was stopped`
          : `it could not be read (${error.message})`;
      this.fail(worker, why);
    });
    worker.on('exit', () => this.fail(worker, 'the reader stopped unexpectedly'));
    worker.unref();
    this.worker = worker;
    return worker;
  }

  /** Refuses every job of `worker` and throws the worker away. */
  private fail(worker: Worker, message: string): void {
    if (this.worker === worker) this.worker = null;
    for (const [id, job] of this.pending) {
      if (job.worker !== worker) continue;
      clearTimeout(job.timer);
      job.reject(new ExtractionFailure(message));
      this.pending.delete(id);
    }
    void worker.terminate();
  }
}
