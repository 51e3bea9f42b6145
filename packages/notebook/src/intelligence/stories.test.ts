// The story listing sends a bounded set of pairs per story, and the rest on
// demand: on real notebook folders, through the contract.
import { readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { dispatch } from '@dossier/core';
import { openNotebook, type Notebook } from '../index.js';
import { call, SEEDS, seedFiles, tempDir } from '../../test/fixture.js';
import { LISTED_EVIDENCE, spanningPairs } from './stories.js';

/** Whether `pairs` join every one of `members` to every other. */
function connects(members: readonly string[], pairs: readonly { a: string; b: string }[]): boolean {
  const reached = new Set([members[0]]);
  for (let grew = true; grew;) {
    grew = false;
    for (const { a, b } of pairs)
      if (reached.has(a) !== reached.has(b)) {
        reached.add(a).add(b);
        grew = true;
      }
  }
  return members.every((m) => reached.has(m));
}

describe('spanningPairs', () => {
  // A connected group: a random tree on the members, then random extra pairs; scores all different, strongest first.
  const groups = fc
    .integer({ min: 2, max: 40 })
    .chain((n) =>
      fc.tuple(
        fc.constant(n),
        fc.array(fc.nat(), { minLength: n - 1, maxLength: n - 1 }),
        fc.array(fc.tuple(fc.nat(n - 1), fc.nat(n - 1)), { maxLength: 3 * n }),
      ),
    )
    .map(([n, parents, extra]) => {
      const members = Array.from({ length: n }, (_, i) => `m${i}`);
      const edges = new Map<string, [number, number]>();
      parents.forEach((p, i) => edges.set(`${p % (i + 1)}|${i + 1}`, [p % (i + 1), i + 1]));
      for (const [x, y] of extra) if (x !== y) edges.set(`${Math.min(x, y)}|${Math.max(x, y)}`, [x, y]);
      const pairs = [...edges.values()].map(([x, y], i) => ({ a: members[x]!, b: members[y]!, score: i + 1 }));
      const shuffled = pairs.map((p, i) => ({ ...p, score: ((p.score * 7919) % 1009) + i / 10_000 }));
      return { members, pairs: shuffled.sort((x, y) => y.score - x.score) };
    });

  it('gives at most members − 1 pairs that join every member, each one its strongest pair among them', () => {
    fc.assert(
      fc.property(groups, ({ members, pairs }) => {
        const chosen = spanningPairs(members, pairs);
        expect(chosen.length).toBe(members.length - 1);
        expect(connects(members, chosen)).toBe(true);
        for (const m of members) {
          const strongest = pairs.find((p) => p.a === m || p.b === m)!;
          expect(chosen).toContain(strongest);
        }
      }),
    );
  });

  it('leaves out pairs with an article outside the group', () => {
    const pairs = [
      { a: 'x', b: 'a', score: 3 },
      { a: 'a', b: 'b', score: 2 },
    ];
    expect(spanningPairs(['a', 'b'], pairs)).toEqual([pairs[1]]);
  });
});

/** Seed 004 eight times, as eight outlets would re-report it: each drops a different paragraph and has its own title. */
async function reReports(count: number) {
  const lines = (await readFile(join(SEEDS, '004_807654db1d0bfc78.txt'), 'utf8')).split('\n');
  return Array.from({ length: count }, (_, i) => {
    const body = lines.slice(1).filter((_, at) => at !== i + 1);
    const text = [`${lines[0]} — report ${i + 1}`, ...body].join('\n');
    return { name: `report-${i + 1}.txt`, dataBase64: Buffer.from(text).toString('base64') };
  });
}

const folders: string[] = [];
const opened: Notebook[] = [];
afterEach(async () => {
  for (const notebook of opened.splice(0)) await notebook.close();
  for (const dir of folders.splice(0)) await rm(dir, { recursive: true, force: true });
});

/** A new notebook holding `files`, and the id each file's name (its first three letters) was given. */
async function notebookWith(files: { name: string; dataBase64: string }[]) {
  const dir = await tempDir('stories-listing');
  folders.push(dir);
  const notebook = await openNotebook(dir, { create: true });
  opened.push(notebook);
  const ids: Record<string, string> = {};
  for (const r of await call(notebook.service, 'articles.import', { files })) ids[r.name.slice(0, 3)] = r.articleId!;
  return { notebook, ids };
}

describe('stories.list at scale of one story', () => {
  it('sends a story of n reports with at most n − 1 pairs, every report in one, and counts them all', async () => {
    const { notebook } = await notebookWith(await reReports(8));
    const stories = await call(notebook.service, 'stories.list', {});
    expect(stories).toHaveLength(1);
    const [story] = stories;
    expect(story!.articleIds).toHaveLength(8);
    expect(story!.pairCount).toBe(28);
    expect(story!.pairs.length).toBeLessThanOrEqual(7);
    expect(connects(story!.articleIds, story!.pairs)).toBe(true);
    expect(story!.why).toMatch(/Qatar/u);

    // Every pair, a page at a time, strongest first; the listing's pairs among them, as listed.
    const pages = [];
    for (let offset = 0; offset < story!.pairCount; offset += 10) {
      const page = await call(notebook.service, 'stories.get', { articleId: story!.articleIds[3]!, offset, limit: 10 });
      expect(page.story).toEqual(story);
      expect(page.total).toBe(28);
      pages.push(...page.pairs);
    }
    expect(pages).toHaveLength(28);
    expect(new Set(pages.map((p) => `${p.a}|${p.b}`)).size).toBe(28);
    expect(pages.map((p) => p.score)).toEqual([...pages.map((p) => p.score)].sort((x, y) => y - x));
    for (const listed of story!.pairs) expect(pages).toContainEqual(listed);
  });
});

describe('stories.get and stories.pair on the seeds', () => {
  it('gives the whole evidence of one pair, in its story or not, and says when an article is in no story', async () => {
    const { notebook, ids } = await notebookWith(await seedFiles());
    const [story] = await call(notebook.service, 'stories.list', {});
    expect(story!.pairs).toHaveLength(2);
    expect(story!.pairCount).toBe(3);
    const { pairs } = await call(notebook.service, 'stories.get', { articleId: ids['003']! });
    for (const listed of pairs) {
      const whole = await call(notebook.service, 'stories.pair', { a: listed.b, b: listed.a });
      const cut = {
        ...whole,
        sharedEntities: whole.sharedEntities.slice(0, LISTED_EVIDENCE.names),
        sharedFigures: whole.sharedFigures.slice(0, LISTED_EVIDENCE.figures),
        sharedSentences: whole.sharedSentences.slice(0, LISTED_EVIDENCE.sentences),
      };
      expect(cut).toEqual(listed);
      expect(whole.sharedSentences.length).toBeGreaterThanOrEqual(listed.sharedSentences.length);
    }

    const apart = await call(notebook.service, 'stories.pair', { a: ids['000']!, b: ids['001']! });
    expect(apart.score).toBeLessThan(Math.min(...pairs.map((p) => p.score)));
    const none = await dispatch(notebook.service, 'stories.get', { articleId: ids['000']! });
    expect(none).toMatchObject({ ok: false, error: { code: 'not_found' } });
    const unknown = await dispatch(notebook.service, 'stories.pair', { a: ids['000']!, b: 'a_missing' });
    expect(unknown).toMatchObject({ ok: false, error: { code: 'not_found' } });
  });

  it('accepts or dismisses any pair the listing shows, and the next listing says so', async () => {
    const { notebook } = await notebookWith(await seedFiles());
    const [story] = await call(notebook.service, 'stories.list', {});
    const [first, second] = story!.pairs;
    expect(await call(notebook.service, 'stories.accept', { articleIds: [first!.a, first!.b] })).toEqual({
      created: 1,
    });
    const [after] = await call(notebook.service, 'stories.list', {});
    expect(after!.pairs.find((p) => p.a === first!.a && p.b === first!.b)?.linked).toBe(true);
    expect(after!.status).toBe('suggested');

    expect(await call(notebook.service, 'stories.dismiss', { articleIds: [second!.a, second!.b] })).toEqual({
      dismissed: 1,
    });
    const [left] = await call(notebook.service, 'stories.list', {});
    const keys = (await call(notebook.service, 'stories.get', { articleId: left!.articleIds[0]! })).pairs.map(
      (p) => `${p.a}|${p.b}`,
    );
    expect(keys).not.toContain(`${second!.a}|${second!.b}`);
  });
});
