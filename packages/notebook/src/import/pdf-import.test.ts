// PDFs made in the test with pdf-lib (real files, written the way report
// generators write them: one text run per line) imported into a real notebook.
import { rm } from 'node:fs/promises';
import { PDFDocument, StandardFonts, rgb } from 'pdf-lib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Article, DossierService } from '@dossier/core';
import type { Notebook } from '../open.js';
import { call, emptyNotebook } from '../../test/research-notebook.js';

interface Paragraph {
  lines: string[];
  size?: number;
}

/** A page of text laid out like a report: lines 1.3 × the size apart, paragraphs a blank line apart. */
async function makePdf(pages: Paragraph[][], info: { title?: string; author?: string; created?: Date } = {}) {
  const doc = await PDFDocument.create();
  if (info.title) doc.setTitle(info.title);
  if (info.author) doc.setAuthor(info.author);
  if (info.created) doc.setCreationDate(info.created);
  const font = await doc.embedFont(StandardFonts.Helvetica);
  for (const paragraphs of pages) {
    const page = doc.addPage([595, 842]);
    let y = 780;
    for (const { lines, size = 11 } of paragraphs) {
      for (const line of lines) {
        page.drawText(line, { x: 56, y, size, font });
        y -= size * 1.3;
      }
      y -= size * 1.2;
    }
  }
  return Buffer.from(await doc.save({ useObjectStreams: false }));
}

const REPORT: Paragraph[][] = [
  [
    { lines: ['Energy infrastructure under fire'], size: 20 },
    {
      lines: [
        'Strikes on refineries fell by half in August, accord-',
        'ing to the monitoring group, which counted 14 attacks',
        'against 29 in July.',
      ],
    },
    { lines: ['Both sides signalled readiness for a moratorium on', 'strikes against energy sites.'] },
  ],
  [
    { lines: ['Outlook'], size: 16 },
    { lines: ['Mediators in Doha expect a written agreement before', 'the winter heating season begins.'] },
  ],
];

let made: { dir: string; notebook: Notebook };
let s: DossierService;
let report: Article;

beforeAll(async () => {
  made = await emptyNotebook('dossier-pdf-');
  s = made.notebook.service;
  const pdf = await makePdf(REPORT, {
    title: 'Energy infrastructure under fire',
    author: 'Olena Kovalenko',
    created: new Date('2024-09-30T08:00:00Z'),
  });
  const [result] = await call(s, 'articles.import', {
    files: [{ name: 'report.pdf', dataBase64: pdf.toString('base64') }],
  });
  expect(result!.status, result!.message).toBe('imported');
  report = await call(s, 'articles.get', { id: result!.articleId! });
});
afterAll(async () => {
  await made.notebook.close();
  await rm(made.dir, { recursive: true, force: true });
});

describe('importing a PDF', () => {
  it('takes the title, author and date from the document information', () => {
    expect(report).toMatchObject({
      title: 'Energy infrastructure under fire',
      titleDerived: false,
      author: 'Olena Kovalenko',
      publishedAt: '2024-09-30T08:00:00Z',
    });
  });

  it('rebuilds paragraphs from lines, joins hyphenated words, and keeps each block’s page', () => {
    expect(report.blocks.map(({ kind, text, page }) => ({ kind, text, page }))).toEqual([
      {
        kind: 'paragraph',
        text: 'Strikes on refineries fell by half in August, according to the monitoring group, which counted 14 attacks against 29 in July.',
        page: 1,
      },
      {
        kind: 'paragraph',
        text: 'Both sides signalled readiness for a moratorium on strikes against energy sites.',
        page: 1,
      },
      { kind: 'heading', text: 'Outlook', page: 2 },
      {
        kind: 'paragraph',
        text: 'Mediators in Doha expect a written agreement before the winter heating season begins.',
        page: 2,
      },
    ]);
  });

  it('lets a brief cite the page of a quote', async () => {
    await call(s, 'annotations.create', { articleId: report.id, quote: 'a written agreement', tags: ['outlook'] });
    const { markdown } = await call(s, 'brief.render', { tags: ['outlook'] });
    expect(markdown).toContain('> a written agreement [^1] (p. 2)');
    const pandoc = await call(s, 'brief.render', { tags: ['outlook'], citations: 'pandoc' });
    expect(pandoc.markdown).toContain('> a written agreement [@kovalenko2024energy, p. 2]');
  });

  it('refuses a scanned PDF (no text layer), saying why', async () => {
    const doc = await PDFDocument.create();
    doc.addPage([595, 842]).drawRectangle({ x: 50, y: 50, width: 495, height: 742, color: rgb(0.9, 0.9, 0.85) });
    const scan = Buffer.from(await doc.save());
    const [result] = await call(s, 'articles.import', {
      files: [{ name: 'scan.pdf', dataBase64: scan.toString('base64') }],
    });
    expect(result).toEqual({
      name: 'scan.pdf',
      status: 'refused',
      message:
        'scan.pdf: the PDF has no text layer (it looks like a scan); run it through OCR first, then import the result',
    });
  });

  it('refuses a file that is not a PDF, or a damaged one', async () => {
    const results = await call(s, 'articles.import', {
      files: [
        { name: 'notes.pdf', dataBase64: Buffer.from('just some notes').toString('base64') },
        { name: 'broken.pdf', dataBase64: Buffer.from('%PDF-1.7\n1 0 obj garbage').toString('base64') },
      ],
    });
    expect(results.map((r) => r.message)).toEqual([
      'notes.pdf: this is not a PDF (it does not start with %PDF-)',
      expect.stringMatching(/^broken\.pdf: the PDF cannot be read \(.+\)$/u),
    ]);
    expect(await call(s, 'articles.list', {})).toHaveLength(1);
  });
});
