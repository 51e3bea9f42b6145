// Property: whatever sequence of changes a user makes, closing and reopening the
// notebook gives back exactly what was there (serialisation round trip on disk).
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { canonicalText, dispatch, type DossierService } from '@dossier/core';
import { openNotebook } from './index.js';

const SEEDS = join(import.meta.dirname, '../../../seeds');
const NAMES = ['001_09603d2834301279.txt', '004_807654db1d0bfc78.txt'];

type Op =
  | { kind: 'highlight'; article: number; from: number; length: number; tags: string[]; note: string }
  | { kind: 'retag'; which: number; tags: string[] }
  | { kind: 'remove'; which: number }
  | { kind: 'link'; which: number }
  | { kind: 'edit'; article: number; outlet: string };

const tag = fc.constantFrom('energy', 'energy/refineries', 'diplomacy/qatar', 'people/zelensky', 'числа');
const text = fc.string({ maxLength: 40 });
const op: fc.Arbitrary<Op> = fc.oneof(
  fc.record({
    kind: fc.constant('highlight' as const),
    article: fc.nat(1),
    from: fc.nat(2000),
    length: fc.integer({ min: 1, max: 200 }),
    tags: fc.array(tag, { maxLength: 3 }),
    note: text,
  }),
  fc.record({ kind: fc.constant('retag' as const), which: fc.nat(), tags: fc.array(tag, { maxLength: 3 }) }),
  fc.record({ kind: fc.constant('remove' as const), which: fc.nat() }),
  fc.record({ kind: fc.constant('link' as const), which: fc.nat() }),
  fc.record({
    kind: fc.constant('edit' as const),
    article: fc.nat(1),
    outlet: fc.string({ minLength: 1, maxLength: 30 }),
  }),
);

async function run(service: DossierService, method: string, input: unknown): Promise<unknown> {
  const result = await dispatch(service, method, input);
  return result.ok ? result.value : result.error;
}

async function state(service: DossierService) {
  return {
    articles: await run(service, 'articles.list', {}),
    annotations: await run(service, 'annotations.list', {}),
    tags: await run(service, 'tags.list', {}),
    links: await run(service, 'links.list', {
      articleId: ((await run(service, 'articles.list', {})) as { id: string }[])[0]!.id,
    }),
  };
}

describe('the notebook folder', () => {
  it('reopens to exactly the state its changes left, for any sequence of changes', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(op, { minLength: 1, maxLength: 12 }), async (ops) => {
        const dir = await mkdtemp(join(tmpdir(), 'dossier-prop-'));
        try {
          let notebook = await openNotebook(dir, { create: true });
          const files = await Promise.all(
            NAMES.map(async (name) => ({ name, dataBase64: (await readFile(join(SEEDS, name))).toString('base64') })),
          );
          const imported = (await run(notebook.service, 'articles.import', { files })) as { articleId: string }[];
          const ids = imported.map((r) => r.articleId);
          const lengths = await Promise.all(
            ids.map(
              async (id) =>
                canonicalText(((await run(notebook.service, 'articles.get', { id })) as never as { blocks: [] }).blocks)
                  .length,
            ),
          );
          const highlights: string[] = [];
          for (const o of ops) {
            const pick = (n: number) => highlights[n % Math.max(1, highlights.length)];
            if (o.kind === 'highlight') {
              const start = o.from % Math.max(1, lengths[o.article]! - 1);
              const end = Math.min(lengths[o.article]!, start + o.length);
              const made = (await run(notebook.service, 'annotations.create', {
                articleId: ids[o.article],
                start,
                end,
                tags: o.tags,
                note: o.note,
              })) as { id?: string };
              if (made.id) highlights.push(made.id);
            } else if (o.kind === 'retag' && highlights.length) {
              await run(notebook.service, 'annotations.update', { id: pick(o.which), tags: o.tags });
            } else if (o.kind === 'remove' && highlights.length) {
              const id = pick(o.which)!;
              await run(notebook.service, 'annotations.remove', { id });
              highlights.splice(highlights.indexOf(id), 1);
            } else if (o.kind === 'link') {
              await run(notebook.service, 'links.create', {
                from: { articleId: ids[o.which % 2] },
                to: { articleId: ids[(o.which + 1) % 2] },
                kind: 'related',
              });
            } else if (o.kind === 'edit') {
              await run(notebook.service, 'articles.update', { id: ids[o.article], outlet: o.outlet });
            }
          }
          const before = await state(notebook.service);
          await notebook.close();
          notebook = await openNotebook(dir);
          expect(await state(notebook.service)).toEqual(before);
          await notebook.close();
        } finally {
          await rm(dir, { recursive: true, force: true });
        }
      }),
      { numRuns: 15 },
    );
  });
});
