// Moving work in and out: export (W3C annotations, an Obsidian folder, CSL-JSON,
// BibTeX), import-annotations (W3C JSON-LD) and capture (pasted text as an article).
import { readFile, writeFile } from 'node:fs/promises';
import { DossierError, EXPORT_FORMATS, type AnnotationImportResult, formatCount } from '@dossier/core';
import { writeObsidianVault } from '@dossier/notebook';
import type { Command } from 'commander';
import { printJson, userPath, withSession, type CommonOptions } from '../session.js';
import { collect, common } from '../output.js';

type Format = (typeof EXPORT_FORMATS)[number];

interface ExportOptions extends CommonOptions {
  out: string;
  tag: string[];
  article: string[];
  annotation: string[];
}

export function registerExchangeCommands(program: Command): void {
  common(
    program
      .command('export')
      .description('export: w3c (Web Annotation JSON-LD), obsidian (a folder of notes), csl (CSL-JSON), bibtex (.bib)')
      .argument('<format>', EXPORT_FORMATS.join(' | '))
      .requiredOption('--out <path>', 'the file to write (for obsidian: the folder, created if needed)')
      .option('--tag <tag>', 'only highlights with this tag, and their articles (repeatable)', collect, [])
      .option('--article <article>', 'only this article (repeatable)', collect, [])
      .option('--annotation <id>', 'only this highlight (repeatable; w3c)', collect, []),
  ).action(async (format: string, options: ExportOptions) => {
    if (!(EXPORT_FORMATS as readonly string[]).includes(format)) {
      throw new DossierError('invalid_input', `unknown format "${format}"; use ${EXPORT_FORMATS.join(', ')}`);
    }
    const out = userPath(options.out);
    await withSession(options, 'read', async (s) => {
      const articleIds: string[] = [];
      for (const ref of options.article) articleIds.push((await s.article(ref)).id);
      const selection = { format: format as Format, articleIds, tags: options.tag, annotationIds: options.annotation };
      if (format === 'obsidian') {
        const progress = process.stderr.isTTY && !options.json;
        const report = await writeObsidianVault(
          out,
          (plan) => s.call('export.render', { ...selection, ...plan }),
          progress ? (done, total) => process.stderr.write(`\rwriting ${done}/${total}…`) : undefined,
        );
        if (progress && report.length) process.stderr.write('\n');
        if (options.json) return printJson(report);
        for (const r of report) console.log(`${r.status.padEnd(9)} ${r.path}`);
        const changed = report.filter((r) => r.status !== 'unchanged').length;
        console.log(
          `${options.out}: ${formatCount(report.length)} note(s), ${formatCount(changed)} written, ${formatCount(report.length - changed)} unchanged`,
        );
        return;
      }
      const result = await s.call('export.render', selection);
      await writeFile(out, result.files[0]!.content);
      if (options.json)
        return printJson({ path: out, articleCount: result.articleCount, annotationCount: result.annotationCount });
      const what =
        format === 'w3c'
          ? `${formatCount(result.annotationCount)} annotation(s)`
          : `${formatCount(result.articleCount)} source(s)`;
      console.log(`wrote ${options.out}: ${what}`);
    });
  });

  common(
    program
      .command('import-annotations')
      .description('import W3C Web Annotations (JSON-LD, e.g. from "dossier export w3c") onto matching articles')
      .argument('<file>', 'a .json/.jsonld file'),
  ).action(async (file: string, options: CommonOptions) => {
    let json: string;
    try {
      json = await readFile(userPath(file), 'utf8');
    } catch (error) {
      throw new DossierError(
        'refused_file',
        `${file}: cannot read it (${(error as NodeJS.ErrnoException).code ?? error})`,
      );
    }
    const results = await withSession(options, 'write', (s) => s.call('annotations.importW3c', { json }));
    if (options.json) printJson(results);
    else printAnnotationReport(results);
    if (results.some((r) => r.status === 'refused')) process.exitCode = 1;
  });

  common(
    program
      .command('capture')
      .description('make an article of pasted text (from --text, or stdin), with its metadata')
      .requiredOption('--title <title>', "the article's title")
      .option('--outlet <outlet>')
      .option('--url <url>')
      .option('--date <date>', 'publication date, e.g. 2024-10-15')
      .option('--author <author>')
      .option('--language <code>')
      .option('--text <text>', 'the text; without it, stdin is read')
      .option('--html', 'the text is HTML copied from a browser (read as a web page, kept as text)'),
  ).action(
    async (
      options: CommonOptions &
        Record<'title' | 'outlet' | 'url' | 'date' | 'author' | 'language' | 'text', string> & {
          html?: boolean;
        },
    ) => {
      const body = options.text ?? (process.stdin.isTTY ? '' : await readStdin());
      if (!body.trim()) throw new DossierError('invalid_input', 'nothing to capture: give --text or pipe the text in');
      const result = await withSession(options, 'write', (s) =>
        s.call('articles.capture', {
          title: options.title,
          outlet: options.outlet,
          url: options.url,
          publishedAt: options.date,
          author: options.author,
          language: options.language,
          ...(options.html ? { html: body } : { text: body }),
        }),
      );
      if (options.json) return printJson(result);
      if (result.status === 'refused') throw new DossierError('refused_file', result.message ?? 'refused');
      const detail =
        result.status === 'duplicate'
          ? `already imported as ${result.articleId}`
          : `${result.articleId} "${result.title}"`;
      console.log(`${result.status.padEnd(9)} ${detail}`);
    },
  );
}

function printAnnotationReport(results: AnnotationImportResult[]): void {
  for (const r of results) {
    if (r.status === 'refused') console.error(`refused   ${r.id}: ${r.message}`);
    else console.log(`${r.status.padEnd(9)} ${r.id}${r.articleId ? ` → ${r.articleId}` : ''}`);
  }
  const count = (status: string) => formatCount(results.filter((r) => r.status === status).length);
  console.log(`${count('imported')} imported, ${count('duplicate')} duplicate, ${count('refused')} refused`);
}

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}
