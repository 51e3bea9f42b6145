// A PDF → metadata and text blocks, each with its page number, read with
// Mozilla's pdf.js (its legacy build, the one meant for Node). pdf.js 6 has no
// eval code path left (its `isEvalSupported` option, which switched off compiling
// PostScript functions with `new Function`, is gone with that code), so nothing
// in a PDF can become code. Runs inside our extraction worker thread, where
// pdf.js parses in-process. A PDF without a text layer (a scan) is refused, saying so.
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import type { ExtractedArticle, ExtractedBlock, ExtractedMetadata } from './extracted.js';
import { ExtractionRefusal } from './html-extract.js';
import { isoDate } from './html-metadata.js';
import { bodySize, linesOf, paragraphsOf, type TextRun } from './pdf-paragraphs.js';

export const PDF_LIMITS = {
  /** Pages read at most. A long report has a few hundred. */
  maxPages: 2_000,
};

/** Fewer letters than this in the whole file and it is taken for a scan. */
const MIN_TEXT_CHARS = 20;

interface PdfTextItem {
  str?: string;
  transform?: number[];
  hasEOL?: boolean;
}

/**
 * pdf.js parses in a "fake worker" on this thread; handing it the worker module
 * up front spares it from loading `pdf.worker.mjs` by a relative path, which a
 * bundler (the desktop app's) does not keep next to the bundle.
 */
async function providePdfWorker(): Promise<void> {
  const host = globalThis as { pdfjsWorker?: unknown };
  host.pdfjsWorker ??= await import('pdfjs-dist/legacy/build/pdf.worker.mjs');
}

export async function extractPdfArticle(bytes: Uint8Array): Promise<ExtractedArticle> {
  if (!isPdf(bytes)) throw new ExtractionRefusal('this is not a PDF (it does not start with %PDF-)');
  await providePdfWorker();
  let pdf;
  const task = getDocument({
    data: bytes.slice(),
    disableFontFace: true,
    useSystemFonts: false,
    stopAtErrors: false,
    verbosity: 0,
  });
  try {
    pdf = await task.promise;
  } catch (error) {
    await task.destroy().catch(() => undefined);
    const name = (error as Error)?.name;
    if (name === 'PasswordException') throw new ExtractionRefusal('the PDF is password-protected');
    throw new ExtractionRefusal(`the PDF cannot be read (${(error as Error)?.message ?? 'damaged file'})`);
  }
  try {
    if (pdf.numPages > PDF_LIMITS.maxPages) {
      throw new ExtractionRefusal(`the PDF has ${pdf.numPages} pages; the limit is ${PDF_LIMITS.maxPages}`);
    }
    const pages: { page: number; lines: ReturnType<typeof linesOf> }[] = [];
    for (let n = 1; n <= pdf.numPages; n++) {
      const page = await pdf.getPage(n);
      const content = await page.getTextContent();
      pages.push({ page: n, lines: linesOf((content.items as PdfTextItem[]).map(toRun)) });
      page.cleanup();
    }
    const letters = pages.reduce(
      (sum, p) => sum + p.lines.reduce((s, l) => s + l.text.replace(/\s/gu, '').length, 0),
      0,
    );
    if (letters < MIN_TEXT_CHARS) {
      throw new ExtractionRefusal(
        'the PDF has no text layer (it looks like a scan); run it through OCR first, then import the result',
      );
    }
    // One body size for the whole document, so a page of headings is not judged on its own.
    const body = bodySize(pages.flatMap((p) => p.lines));
    const blocks: ExtractedBlock[] = pages.flatMap((p) => paragraphsOf(p.lines, p.page, body));
    const metadata = await readMetadata(pdf, blocks);
    return { metadata, blocks: withoutTitleHeading(blocks, metadata.title), encoding: 'binary' };
  } finally {
    await task.destroy();
  }
}

function isPdf(bytes: Uint8Array): boolean {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 1024));
  return head.includes('%PDF-');
}

function toRun(item: PdfTextItem): TextRun {
  const [a = 0, b = 0, , , x = 0, y = 0] = item.transform ?? [];
  return { text: item.str ?? '', x, y, size: Math.hypot(a, b) || 10, endsLine: item.hasEOL };
}

type PdfDocument = Awaited<ReturnType<typeof getDocument>['promise']>;

async function readMetadata(pdf: PdfDocument, blocks: ExtractedBlock[]): Promise<ExtractedMetadata> {
  const { info, metadata } = (await pdf.getMetadata().catch(() => ({ info: {}, metadata: null }))) as {
    info: Record<string, unknown>;
    metadata: { get(name: string): unknown } | null;
  };
  const text = (v: unknown) => (typeof v === 'string' && v.trim() ? v.replace(/\s+/gu, ' ').trim() : undefined);
  const xmp = (name: string) => {
    const value = metadata?.get(name);
    return text(Array.isArray(value) ? value.join(', ') : value);
  };
  const title = xmp('dc:title') ?? text(info.Title) ?? blocks.find((b) => b.kind === 'heading' && b.page === 1)?.text;
  const result: ExtractedMetadata = {
    title: title && !/^(untitled|microsoft word - .*)$/iu.test(title) ? title : undefined,
    author: xmp('dc:creator') ?? text(info.Author),
    publishedAt: pdfDate(text(info.CreationDate)) ?? isoDate(xmp('xmp:createdate')),
    language: text(info.Language) ?? xmp('dc:language'),
  };
  return Object.fromEntries(Object.entries(result).filter(([, v]) => v !== undefined)) as ExtractedMetadata;
}

/** `D:20240315093000+01'00'` → `2024-03-15T09:30:00+01:00`. */
export function pdfDate(value: string | undefined): string | undefined {
  const m = /^D:(\d{4})(\d{2})?(\d{2})?(\d{2})?(\d{2})?(\d{2})?([Zz]|[+-]\d{2}'?\d{2}'?)?/u.exec(value ?? '');
  if (!m) return undefined;
  const [, y, mo = '01', d = '01', h, mi = '00', s = '00', zone] = m;
  if (!h) return `${y}-${mo}-${d}`;
  const offset = !zone || /z/iu.test(zone) ? 'Z' : `${zone.slice(0, 3)}:${zone.replace(/'/gu, '').slice(3, 5)}`;
  return `${y}-${mo}-${d}T${h}:${mi}:${s}${offset}`;
}

function withoutTitleHeading(blocks: ExtractedBlock[], title: string | undefined): ExtractedBlock[] {
  const first = blocks[0];
  return first?.kind === 'heading' && title && first.text === title ? blocks.slice(1) : blocks;
}
