// highlight, annotations, tags, tag rename|merge, link, links
import { LINK_KINDS, type LinkEnd, formatCount } from '@dossier/core';
import type { Command } from 'commander';
import { printJson, withSession, type CommonOptions, type Session } from '../session.js';
import { collect, common, failWith, table } from '../output.js';

export function registerAnnotationCommands(program: Command): void {
  common(
    program
      .command('highlight')
      .description('highlight a passage, by its exact words or by offsets into the article text')
      .argument('<article>', 'id, id prefix or imported file name')
      .option('--quote <text>', 'the passage, verbatim')
      .option('--start <n>', 'start offset', Number)
      .option('--end <n>', 'end offset (exclusive)', Number)
      .option('--tag <tag>', 'tag path, e.g. energy/refineries (repeatable)', collect, [])
      .option('--note <markdown>', 'a note on the passage', '')
      .option('--color <color>', 'highlight colour'),
  ).action(
    async (
      ref: string,
      options: CommonOptions & {
        quote?: string;
        start?: number;
        end?: number;
        tag: string[];
        note: string;
        color?: string;
      },
    ) => {
      if (options.quote === undefined && (options.start === undefined || options.end === undefined)) {
        failWith('give --quote TEXT, or --start N --end N');
      }
      const created = await withSession(options, 'write', async (s) =>
        s.call('annotations.create', {
          articleId: (await s.article(ref)).id,
          quote: options.quote,
          start: options.start,
          end: options.end,
          tags: options.tag,
          note: options.note,
          color: options.color,
        }),
      );
      if (options.json) return printJson(created);
      const where = created.target.position;
      console.log(`highlighted ${created.id} [${where.start}–${where.end}] "${created.target.quote.exact}"`);
    },
  );

  common(
    program
      .command('annotations')
      .description('list highlights')
      .option('--article <article>', 'only this article')
      .option('--tag <tag>', 'only this tag (and below)')
      .option('--orphans', 'only highlights whose passage is gone from the text'),
  ).action(async (options: CommonOptions & { article?: string; tag?: string; orphans?: boolean }) => {
    await withSession(options, 'read', async (s) => {
      const articleId = options.article ? (await s.article(options.article)).id : undefined;
      const rows = await s.call('annotations.list', {
        articleId,
        tag: options.tag,
        orphans: options.orphans ? true : undefined,
      });
      if (options.json) return printJson(rows);
      if (!rows.length) return console.log(options.orphans ? 'no orphaned highlights' : 'no highlights');
      for (const a of rows) {
        const flag = a.orphan ? ' ORPHAN' : '';
        const tags = a.tags.length ? ` #${a.tags.join(' #')}` : '';
        console.log(
          `${a.id} ${a.articleId}${flag}${tags}\n  “${a.target.quote.exact}”${a.note ? `\n  note: ${a.note}` : ''}`,
        );
      }
    });
  });

  common(program.command('tags').description('list tags with the number of highlights')).action(
    async (options: CommonOptions) => {
      const rows = await withSession(options, 'read', (s) => s.call('tags.list', {}));
      if (options.json) return printJson(rows);
      if (!rows.length) return console.log('no tags yet: dossier highlight <article> --quote … --tag energy');
      table(
        ['tag', 'highlights'],
        rows.map((t) => [t.path, String(t.count)]),
      );
    },
  );

  const tag = program.command('tag').description('rename or merge tags');
  common(
    tag.command('rename').description('rename a tag (and the tags below it)').argument('<from>').argument('<to>'),
  ).action(async (from: string, to: string, options: CommonOptions) => {
    const r = await withSession(options, 'write', (s) => s.call('tags.rename', { from, to }));
    if (options.json) printJson(r);
    else console.log(`renamed ${from} → ${to} on ${formatCount(r.updated)} highlight(s)`);
  });
  common(tag.command('merge').description('merge one tag into another').argument('<from>').argument('<into>')).action(
    async (from: string, into: string, options: CommonOptions) => {
      const r = await withSession(options, 'write', (s) => s.call('tags.merge', { from, into }));
      if (options.json) printJson(r);
      else console.log(`merged ${from} into ${into} on ${formatCount(r.updated)} highlight(s)`);
    },
  );

  common(
    program
      .command('link')
      .description('link two articles or highlights')
      .argument('<from>', 'article (id, prefix, file name) or highlight id')
      .argument('<to>', 'article (id, prefix, file name) or highlight id')
      .requiredOption('--kind <kind>', LINK_KINDS.join(' | '))
      .option('--note <text>', 'why they are linked', ''),
  ).action(async (from: string, to: string, options: CommonOptions & { kind: string; note: string }) => {
    const link = await withSession(options, 'write', async (s) =>
      s.call('links.create', {
        from: await linkEnd(s, from),
        to: await linkEnd(s, to),
        kind: options.kind as never,
        note: options.note,
      }),
    );
    if (options.json) printJson(link);
    else console.log(`linked ${link.from.articleId} → ${link.kind} → ${link.to.articleId} (${link.id})`);
  });

  common(program.command('links').description('links from and to an article').argument('<article>')).action(
    async (ref: string, options: CommonOptions) => {
      await withSession(options, 'read', async (s) => {
        const links = await s.call('links.list', { articleId: (await s.article(ref)).id });
        if (options.json) return printJson(links);
        if (!links.outgoing.length && !links.incoming.length) return console.log('no links');
        for (const l of links.outgoing)
          console.log(`→ ${l.kind} → ${l.toTitle} (${l.to.articleId})${l.note ? ` — ${l.note}` : ''}`);
        for (const l of links.incoming)
          console.log(`← ${l.kind} ← ${l.fromTitle} (${l.from.articleId})${l.note ? ` — ${l.note}` : ''}`);
      });
    },
  );
}

async function linkEnd(session: Session, ref: string): Promise<LinkEnd> {
  if (ref.startsWith('h-')) {
    const all = await session.call('annotations.list', {});
    const annotation = all.find((a) => a.id === ref);
    if (!annotation) failWith(`no highlight ${ref}`);
    return { articleId: annotation.articleId, annotationId: annotation.id };
  }
  return { articleId: (await session.article(ref)).id };
}
