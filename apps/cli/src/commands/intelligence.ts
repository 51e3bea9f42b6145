// stories, related, entities, eval: research intelligence from a terminal.
import type { Command } from 'commander';
import { evaluateLabelledFolder, formatEvaluation } from '@dossier/notebook';
import { printJson, userPath, withSession, type CommonOptions } from '../session.js';
import { common, table } from '../output.js';
import { formatCount, type StoryPairView } from '@dossier/core';

export function registerIntelligenceCommands(program: Command): void {
  common(
    program
      .command('stories')
      .description('articles that re-report one story, with why; --accept/--dismiss decide a suggestion')
      .option('--accept <articles>', 'link these articles (comma-separated ids or file names) as the same story')
      .option('--dismiss <articles>', 'remember that these articles are not the same story')
      .option('--pairs', 'under each story, the strongest pairs that join its articles, each with what it shares')
      .option('--all-pairs', 'every pair of every story, strongest first (with --json: in place of the strongest)'),
  ).action(
    async (options: CommonOptions & { accept?: string; dismiss?: string; pairs?: boolean; allPairs?: boolean }) => {
      const decide = options.accept ?? options.dismiss;
      if (decide) {
        const result = await withSession(options, 'write', async (s) => {
          const ids: string[] = [];
          for (const ref of decide
            .split(',')
            .map((r) => r.trim())
            .filter(Boolean))
            ids.push((await s.article(ref)).id);
          return options.accept
            ? s.call('stories.accept', { articleIds: ids })
            : s.call('stories.dismiss', { articleIds: ids });
        });
        if (options.json) return printJson(result);
        return console.log(
          'created' in result
            ? `linked ${formatCount(result.created)} pair(s) as same-story`
            : `dismissed ${formatCount(result.dismissed)} pair(s)`,
        );
      }
      const stories = await withSession(options, 'read', async (s) => {
        const listed = await s.call('stories.list', {});
        if (!options.allPairs) return listed;
        // A story's pairs a page at a time, as the desktop app asks for them.
        for (const story of listed) {
          const pairs: StoryPairView[] = [];
          while (pairs.length < story.pairCount) {
            const page = await s.call('stories.get', {
              articleId: story.articleIds[0]!,
              offset: pairs.length,
              limit: 500,
            });
            if (!page.pairs.length) break;
            pairs.push(...page.pairs);
          }
          story.pairs = pairs;
        }
        return listed;
      });
      if (options.json) return printJson(stories);
      if (!stories.length) return console.log('no stories: no two articles look like re-reports of one story');
      for (const story of stories) {
        console.log(
          `${story.status === 'accepted' ? 'accepted ' : 'suggested'}  ${formatCount(story.articleIds.length)} articles, ${formatCount(story.pairCount)} pair(s) — ${story.why}`,
        );
        story.articleIds.forEach((id, i) =>
          console.log(`  ${id}  ${story.titles[i]}${story.outlets[i] ? ` — ${story.outlets[i]}` : ''}`),
        );
        if (options.pairs || options.allPairs) {
          console.log(
            options.allPairs
              ? `  every pair, strongest first:`
              : `  the ${formatCount(story.pairs.length)} strongest pair(s) that join them (--all-pairs: all ${formatCount(story.pairCount)}):`,
          );
          for (const p of story.pairs) console.log(`    ${p.a} ↔ ${p.b}  ${describePair(p)}`);
        }
        console.log('');
      }
    },
  );

  common(
    program
      .command('related')
      .description('see also: the articles (or passages, for a highlight) most related to an article, with the reason')
      .argument('<article>', 'article id, id prefix or file name')
      .option('--highlight <id>', 'related to this highlight of the article instead')
      .option('--limit <n>', 'at most this many', Number, 5),
  ).action(async (ref: string, options: CommonOptions & { highlight?: string; limit: number }) => {
    const items = await withSession(options, 'read', async (s) =>
      s.call('related.list', {
        articleId: (await s.article(ref)).id,
        annotationId: options.highlight,
        limit: options.limit,
      }),
    );
    if (options.json) return printJson(items);
    if (!items.length) return console.log('nothing related');
    for (const item of items) {
      console.log(
        `${item.articleId}  ${item.title}  (score ${item.score.toFixed(2)}${item.sameStory ? ', same story' : ''})`,
      );
      console.log(`  why: ${item.reason}`);
      if (item.passage) console.log(`  passage: ${item.passage}`);
    }
  });

  common(
    program
      .command('entities')
      .description('people, places and organisations, name variants merged; --show lists mentions; --aliases edits')
      .argument('[query]', 'only names containing this')
      .option('--article <article>', 'only entities of this article')
      .option('--show <key>', 'every article mentioning this entity (any spelling)')
      .option('--aliases <names>', 'with --show: set the aliases of the entity (comma-separated)')
      .option('--name <name>', 'with --show and --aliases: rename the entity'),
  ).action(
    async (
      query: string | undefined,
      options: CommonOptions & { article?: string; show?: string; aliases?: string; name?: string },
    ) => {
      if (options.show && options.aliases !== undefined) {
        const aliases = options.aliases
          .split(',')
          .map((a) => a.trim())
          .filter(Boolean);
        const entity = await withSession(options, 'write', (s) =>
          s.call('entities.setAliases', { key: options.show!, name: options.name, aliases }),
        );
        if (options.json) return printJson(entity);
        return console.log(`${entity.name}: aliases ${entity.aliases.join(', ') || '(none)'}`);
      }
      if (options.show) {
        const detail = await withSession(options, 'read', (s) => s.call('entities.get', { key: options.show! }));
        if (options.json) return printJson(detail);
        console.log(
          `${detail.entity.name} (${detail.entity.kind}) — also written ${detail.entity.aliases.join(', ') || '—'}`,
        );
        for (const m of detail.mentions)
          console.log(`  ${m.articleId}  ${m.title}  [${m.forms.join(', ')}]\n    ${m.snippet}`);
        return;
      }
      const list = await withSession(options, 'read', async (s) =>
        s.call('entities.list', {
          q: query,
          articleId: options.article ? (await s.article(options.article)).id : undefined,
        }),
      );
      if (options.json) return printJson(list);
      if (!list.length) return console.log('no entities');
      table(
        ['key', 'name', 'kind', 'articles', 'also written'],
        list.map((e) => [e.key, e.name, e.kind, String(e.articleCount), e.aliases.join(', ')]),
      );
    },
  );

  program
    .command('eval')
    .description(
      'import a labelled folder (.txt files and labels.json) into a temporary notebook and print quality figures',
    )
    .argument('<dir>', 'folder with the articles and labels.json')
    .option('--json', 'print { sameStory: {precision, recall, f1}, clutterRemoved, bodyKept, variantsFound }')
    .option('--verbose', 'also list the misses')
    .action(async (dir: string, options: { json?: boolean; verbose?: boolean }) => {
      const result = await evaluateLabelledFolder(userPath(dir));
      if (options.json) return printJson(result.figures);
      console.log(formatEvaluation(result, options.verbose ?? false));
    });
}

/** One pair's evidence on one line: score, what it shares. */
function describePair(p: StoryPairView): string {
  return [
    `score ${p.score.toFixed(2)}${p.linked ? ', linked' : ''}`,
    p.sharedDates.length ? `same date: ${p.sharedDates.join(', ')}` : '',
    p.sharedEntities.length ? `shared names: ${p.sharedEntities.join(', ')}` : '',
    p.sharedFigures.length ? `shared figures: ${p.sharedFigures.join(', ')}` : '',
    p.sharedSentences.length ? `shared sentence: "${p.sharedSentences[0]}"` : '',
    `wording ${Math.round(p.cosine * 100)}% alike`,
  ]
    .filter(Boolean)
    .join('; ');
}
