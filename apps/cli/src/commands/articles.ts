// init, import, list, show, edit
import { DossierError, blockRanges, type ImportResult, formatCount } from '@dossier/core';
import type { Command } from 'commander';
import { notebookDir, printJson, readImportFile, summaryForJson, withSession, type CommonOptions } from '../session.js';
import { common, failWith, table } from '../output.js';

/** Files per import call: small enough to show progress often, large enough to share one extraction worker. */
const IMPORT_BATCH = 25;

export function registerArticleCommands(program: Command): void {
  common(program.command('init').description('make an empty notebook (the folder is created if needed)')).action(
    async (options: CommonOptions) => {
      const info = await withSession(options, 'write', (s) => s.call('notebook.info', {}));
      if (options.json) printJson(info);
      else console.log(`notebook ready at ${info.path} (${formatCount(info.articleCount)} articles)`);
    },
  );

  common(
    program
      .command('import')
      .description(
        'import articles (.txt, .md, saved web pages .html/.htm, PDFs); files seen before are reported "already imported"',
      )
      .argument('<files...>', 'files to import'),
  ).action(async (paths: string[], options: CommonOptions) => {
    const results: ImportResult[] = [];
    const readable: { name: string; dataBase64: string }[] = [];
    for (const path of paths) {
      try {
        readable.push(await readImportFile(path));
      } catch (error) {
        if (!(error instanceof DossierError)) throw error;
        results.push({ name: path, status: 'refused', message: error.message });
      }
    }
    if (readable.length) {
      // In batches, so a long run shows its progress and holds only one batch of files in each call.
      const progress = process.stderr.isTTY && !options.json && readable.length > IMPORT_BATCH;
      await withSession(options, 'write', async (s) => {
        for (let at = 0; at < readable.length; at += IMPORT_BATCH) {
          if (progress)
            process.stderr.write(
              `\rimporting ${at + 1}–${Math.min(at + IMPORT_BATCH, readable.length)} of ${readable.length}…`,
            );
          results.push(...(await s.call('articles.import', { files: readable.slice(at, at + IMPORT_BATCH) })));
        }
      });
      if (progress) process.stderr.write('\n');
    }
    if (options.json) printJson(results);
    else {
      for (const r of results) {
        if (r.status === 'refused') continue;
        const orphans = r.orphaned ? ` (${r.orphaned} highlight(s) orphaned)` : '';
        const detail = r.status === 'duplicate' ? `already imported as ${r.articleId}` : `${r.articleId} "${r.title}"`;
        console.log(`${r.status.padEnd(9)} ${r.name}: ${detail}${orphans}`);
      }
    }
    const refused = results.filter((r) => r.status === 'refused');
    for (const r of refused) console.error(`refused   ${r.message ?? r.name}`);
    if (refused.length) process.exitCode = 1;
  });

  common(
    program
      .command('list')
      .description('list the articles')
      .option('--tag <tag>', 'only articles with a highlight tagged so (or below)')
      .option('--outlet <outlet>', 'only articles from this outlet')
      .option('--sort <key>', 'title | outlet | publishedAt | importedAt | highlights', 'importedAt'),
  ).action(async (options: CommonOptions & { tag?: string; outlet?: string; sort?: string }) => {
    const rows = await withSession(options, 'read', (s) =>
      s.call('articles.list', { tag: options.tag, outlet: options.outlet, sort: options.sort as never }),
    );
    if (options.json) return printJson(rows.map(summaryForJson));
    if (!rows.length) return console.log('no articles yet: dossier import <files…>');
    table(
      ['id', 'title', 'outlet', 'date', 'hl', 'source'],
      rows.map((a) => [
        a.id,
        a.title,
        a.outlet ?? '',
        a.publishedAt ?? '',
        String(a.highlightCount),
        a.source.fileName,
      ]),
    );
  });

  common(
    program
      .command('show')
      .description('print an article as clean text')
      .argument('<article>', 'id, id prefix or imported file name')
      .option('--clutter', 'also show the blocks judged clutter, and why'),
  ).action(async (ref: string, options: CommonOptions & { clutter?: boolean }) => {
    await withSession(options, 'read', async (s) => {
      const article = await s.call('articles.get', { id: (await s.article(ref)).id });
      const highlights = await s.call('annotations.list', { articleId: article.id });
      if (options.json) return printJson({ ...article, highlights });
      const meta = [article.outlet, article.author, article.publishedAt, article.url].filter(Boolean).join(' · ');
      console.log(`# ${article.title}${article.titleDerived ? '  (title derived from the lead)' : ''}`);
      console.log(
        `${meta ? `${meta}\n` : ''}source: ${article.source.fileName} (${article.source.encoding}) · id ${article.id}`,
      );
      const ranges = blockRanges(article.blocks);
      article.blocks.forEach((block, i) => {
        if (block.clutter && !options.clutter) return;
        const prefix =
          block.kind === 'heading' ? '## ' : block.kind === 'quote' ? '> ' : block.kind === 'listItem' ? '- ' : '';
        const text = `${prefix}${block.text}`;
        console.log(`\n${block.clutter ? `[clutter: ${block.clutter.reason} @${ranges[i]!.start}] ${text}` : text}`);
      });
      const hidden = article.blocks.filter((b) => b.clutter).length;
      if (hidden && !options.clutter) console.log(`\n(${hidden} clutter block(s) hidden; --clutter shows them)`);
      if (article.note) console.log(`\nNote:\n${article.note}`);
      if (highlights.length)
        console.log(`\n${formatCount(highlights.length)} highlight(s): dossier annotations --article ${article.id}`);
    });
  });

  common(
    program
      .command('edit')
      .description("edit an article's metadata (an empty value clears a field)")
      .argument('<article>', 'id, id prefix or imported file name')
      .option('--title <title>')
      .option('--outlet <outlet>')
      .option('--url <url>')
      .option('--date <date>', 'publication date, e.g. 2024-10-15')
      .option('--author <author>')
      .option('--language <code>')
      .option('--note <markdown>', 'the article-level note'),
  ).action(async (ref: string, options: CommonOptions & Record<string, string | undefined>) => {
    const changes = {
      title: options.title,
      outlet: options.outlet,
      url: options.url,
      publishedAt: options.date,
      author: options.author,
      language: options.language,
      note: options.note,
    };
    if (Object.values(changes).every((v) => v === undefined)) {
      failWith('nothing to change: give --title, --outlet, --url, --date, --author, --language or --note');
    }
    const article = await withSession(options, 'write', async (s) =>
      s.call('articles.update', { id: (await s.article(ref)).id, ...changes }),
    );
    if (options.json) printJson(article);
    else console.log(`updated ${article.id} "${article.title}" in ${notebookDir(options)}`);
  });
}
