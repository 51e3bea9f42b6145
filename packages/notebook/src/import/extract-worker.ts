// The import worker's entry: one job at a time from the importing thread, one
// reply each. Parsing untrusted pages and PDFs here means a hostile file can
// exhaust this thread's heap or time, never the app's. The same script reads
// batches of plain-text files beside the importing thread (text-job.ts).
import { parentPort } from 'node:worker_threads';
import type { ExtractionJob, ExtractionReply } from './extracted.js';
import type { TextJob } from './text-job.js';

// Each kind of job loads its code on the first job of its kind: the HTML
// reader (linkedom) doubles a thread's start, and a thread that reads plain
// text never needs it, nor one that reads web pages the plain-text code.
const htmlReader = () => import('./html-extract.js');

async function run(job: ExtractionJob): Promise<ExtractionReply> {
  const { ExtractionRefusal, HTML_LIMITS, extractHtmlArticle } = await htmlReader();
  try {
    const article =
      job.format === 'pdf'
        ? // pdf.js is loaded on the first PDF only: a batch of web pages never pays for it.
          await (await import('./pdf-extract.js')).extractPdfArticle(job.bytes)
        : extractHtmlArticle(job.bytes, { ...HTML_LIMITS, ...job.limits });
    return { id: job.id, ok: true, article };
  } catch (error) {
    const message =
      error instanceof ExtractionRefusal
        ? error.message
        : error instanceof RangeError
          ? 'the file is nested too deeply to read'
          : `it could not be read (${(error as Error)?.message ?? String(error)})`;
    return { id: job.id, ok: false, message };
  }
}

parentPort?.on('message', (job: ExtractionJob | TextJob) => {
  if ('kind' in job)
    void import('./text-job.js').then(async ({ runTextJob }) => parentPort?.postMessage(await runTextJob(job)));
  else void run(job).then((reply) => parentPort?.postMessage(reply));
});
