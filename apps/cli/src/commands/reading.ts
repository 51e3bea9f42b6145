// search, brief
import { writeFile } from 'node:fs/promises';
import { DossierError, formatCount } from '@dossier/core';
import type { Command } from 'commander';
import { printJson, userPath, withSession, type CommonOptions } from '../session.js';
import { collect, common } from '../output.js';

export function registerReadingCommands(program: Command): void {
  common(
    program
      .command('search')
      .description('full-text search: words, "phrases", OR, -exclude, tag:x outlet:x after:DATE before:DATE')
      .argument('<query...>', 'what to look for')
      .option('--tag <tag>', 'only articles with a highlight tagged so (repeatable)', collect, [])
      .option('--outlet <outlet>', 'only this outlet')
      .option('--from <date>', 'published on or after')
      .option('--to <date>', 'published on or before')
      .option('--limit <n>', 'at most this many results', Number, 20),
  ).action(
    async (
      words: string[],
      options: CommonOptions & { tag: string[]; outlet?: string; from?: string; to?: string; limit: number },
    ) => {
      const hits = await withSession(options, 'read', (s) =>
        s.call('search.query', {
          q: words.join(' '),
          tags: options.tag,
          outlet: options.outlet,
          from: options.from,
          to: options.to,
          limit: options.limit,
        }),
      );
      if (options.json) return printJson(hits);
      if (!hits.length) return console.log('no matches');
      for (const h of hits) {
        const snippet = markSnippet(h.snippet, h.marks);
        console.log(
          `${h.articleId}  ${h.title}${h.outlet ? ` — ${h.outlet}` : ''}  (${h.source}, score ${h.score.toFixed(2)})\n  ${snippet}\n`,
        );
      }
    },
  );

  common(
    program
      .command('brief')
      .description('export a Markdown brief of highlights, each quote verbatim and cited')
      .option('--tag <tag>', 'highlights with this tag (repeatable)', collect, [])
      .option('--article <article>', 'highlights of this article (repeatable)', collect, [])
      .option('--query <query>', 'highlights of articles matching this search')
      .option('--group <by>', 'tag | article', 'tag')
      .option('--title <title>', "the brief's title")
      .option(
        '--citations <style>',
        'footnotes | pandoc ([@citekey], keys as in "dossier export csl|bibtex")',
        'footnotes',
      )
      .option('--out <file>', 'write to this file instead of printing'),
  ).action(
    async (
      options: CommonOptions & {
        tag: string[];
        article: string[];
        query?: string;
        group: string;
        title?: string;
        citations: string;
        out?: string;
      },
    ) => {
      if (options.group !== 'tag' && options.group !== 'article') {
        throw new DossierError('invalid_input', `--group must be tag or article, not "${options.group}"`);
      }
      if (options.citations !== 'footnotes' && options.citations !== 'pandoc') {
        throw new DossierError('invalid_input', `--citations must be footnotes or pandoc, not "${options.citations}"`);
      }
      const brief = await withSession(options, 'read', async (s) => {
        const articleIds: string[] = [];
        for (const ref of options.article) articleIds.push((await s.article(ref)).id);
        return s.call('brief.render', {
          title: options.title,
          tags: options.tag,
          articleIds,
          query: options.query,
          groupBy: options.group as 'tag' | 'article',
          citations: options.citations as 'footnotes' | 'pandoc',
        });
      });
      if (options.json) return printJson(brief);
      if (!options.out) return void process.stdout.write(brief.markdown);
      await writeFile(userPath(options.out), brief.markdown);
      console.log(
        `wrote ${options.out}: ${formatCount(brief.quoteCount)} quote(s) from ${formatCount(brief.articleCount)} article(s)`,
      );
    },
  );

  // check lives in storage.ts with --repair, archive and restore.
}

/** Marks the matched words for a terminal: bold when it is one, «» otherwise. */
function markSnippet(snippet: string, marks: [number, number][]): string {
  const tty = process.stdout.isTTY;
  let out = '';
  let at = 0;
  for (const [start, end] of marks) {
    out +=
      snippet.slice(at, start) +
      (tty ? `\x1b[1m${snippet.slice(start, end)}\x1b[0m` : `«${snippet.slice(start, end)}»`);
    at = end;
  }
  return out + snippet.slice(at);
}
