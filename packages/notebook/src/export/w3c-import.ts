// W3C Web Annotations into the notebook. Accepts what other tools write too: a
// single Annotation, a list, an AnnotationPage or an AnnotationCollection. Each
// is matched to an article by its target's source (the sha256 URN Dossier
// writes, else an article URL), then placed on the text: the position if the
// text there is still the quote, else the quote found again (fuzzily). Ids are
// kept, so importing the same file twice reports duplicates.
import {
  DossierError,
  TagPathSchema,
  anchor,
  canonicalText,
  describe,
  findQuote,
  type Annotation,
  type AnnotationImportResult,
  type Article,
} from '@dossier/core';
import { z } from 'zod';
import { newId } from '../ids.js';
import type { NotebookState } from '../notebook.js';
import { ANNOTATION_URN } from './w3c.js';

const SelectorSchema = z.looseObject({
  type: z.string(),
  start: z.number().int().nonnegative().optional(),
  end: z.number().int().nonnegative().optional(),
  exact: z.string().optional(),
  prefix: z.string().optional(),
  suffix: z.string().optional(),
});

const TextualBodySchema = z.looseObject({
  type: z.string().optional(),
  value: z.string().optional(),
  purpose: z.string().optional(),
});

const OneOrMany = <T extends z.ZodType>(schema: T) => z.union([schema, z.array(schema)]);

const W3cAnnotationSchema = z.looseObject({
  id: z.string().optional(),
  type: z.union([z.string(), z.array(z.string())]).optional(),
  created: z.string().optional(),
  modified: z.string().optional(),
  body: OneOrMany(z.union([TextualBodySchema, z.string()])).optional(),
  target: OneOrMany(
    z.union([
      z.string(),
      z.looseObject({
        source: z.string().optional(),
        'dossier:url': z.string().optional(),
        selector: OneOrMany(SelectorSchema).optional(),
      }),
    ]),
  ),
  'dossier:color': z.string().max(40).optional(),
  'dossier:orphan': z.boolean().optional(),
});
type W3cInput = z.infer<typeof W3cAnnotationSchema>;

/** The annotations of any W3C container shape, or a one-line reason the file is not one. */
export function annotationsInDocument(json: string): unknown[] {
  let parsed: unknown;
  try {
    parsed = JSON.parse(json);
  } catch (error) {
    throw new DossierError('invalid_input', `the file is not JSON (${(error as Error).message})`);
  }
  const items: unknown[] = [];
  const visit = (node: unknown, depth: number) => {
    if (depth > 4 || node === null || typeof node !== 'object') return;
    if (Array.isArray(node)) return node.forEach((n) => visit(n, depth + 1));
    const object = node as Record<string, unknown>;
    const types = ([] as unknown[]).concat(object.type ?? []);
    if (types.includes('Annotation')) items.push(object);
    else if (types.includes('AnnotationCollection') || types.includes('AnnotationPage')) {
      visit(object.first, depth + 1);
      visit(object.items, depth + 1);
    }
  };
  visit(parsed, 0);
  if (!items.length) {
    throw new DossierError('invalid_input', 'the file holds no W3C Web Annotations (no object of type "Annotation")');
  }
  return items;
}

export async function importW3cAnnotations(state: NotebookState, json: string): Promise<AnnotationImportResult[]> {
  const results: AnnotationImportResult[] = [];
  const accepted: Annotation[] = [];
  const texts = new Map<string, string>();
  const known = new Set<string>();
  for (const [i, raw] of annotationsInDocument(json).entries()) {
    const parsed = W3cAnnotationSchema.safeParse(raw);
    const label = typeof (raw as { id?: unknown }).id === 'string' ? String((raw as { id: string }).id) : `#${i + 1}`;
    if (!parsed.success) {
      results.push({
        id: label,
        status: 'refused',
        message: `not a valid annotation (${parsed.error.issues[0]?.message})`,
      });
      continue;
    }
    const badTag = tagsOf(parsed.data).find((t) => !TagPathSchema.safeParse(t).success);
    if (badTag !== undefined) {
      results.push({
        id: label,
        status: 'refused',
        message: `its tag "${badTag}" is not a tag path like energy/refineries`,
      });
      continue;
    }
    const outcome = await place(state, parsed.data, texts);
    if ('message' in outcome) {
      results.push({ id: label, status: 'refused', message: outcome.message });
      continue;
    }
    const id = idFrom(parsed.data.id) ?? newId('h');
    if (known.has(id) || state.annotationLookup.get(id)) {
      results.push({
        id: label,
        status: 'duplicate',
        articleId: outcome.article.id,
        message: 'already in the notebook',
      });
      continue;
    }
    known.add(id);
    accepted.push(toAnnotation(id, parsed.data, outcome));
    results.push({ id: label, status: 'imported', articleId: outcome.article.id });
  }
  if (accepted.length) {
    const touched = [...new Set(accepted.map((a) => a.articleId))];
    await state.change(
      ['annotations', 'tags'],
      async () => {
        // One journal entry and one fsync for the whole file, and one pass over the articles it touches.
        for (const annotation of accepted) state.data.annotations.push(annotation);
        await state.search.refreshAll(state, touched);
      },
      () => touched,
    );
  }
  return results;
}

/** Our own ids come back as they were; another tool's id keeps its last path segment when it is a plain name. */
function idFrom(iri: string | undefined): string | undefined {
  if (!iri) return undefined;
  if (iri.startsWith(ANNOTATION_URN)) return iri.slice(ANNOTATION_URN.length) || undefined;
  const tail = /[^/#:]+$/u.exec(iri)?.[0];
  return tail && /^[\w-]{1,100}$/u.test(tail) ? `w3c-${tail}` : undefined;
}

interface Placement {
  article: Article;
  target: Annotation['target'];
  orphan: boolean;
}

async function place(
  state: NotebookState,
  annotation: W3cInput,
  texts: Map<string, string>,
): Promise<Placement | { message: string }> {
  const target = [annotation.target].flat()[0];
  const source = typeof target === 'string' ? target : target?.source;
  const url = typeof target === 'string' ? undefined : target?.['dossier:url'];
  const selectors = typeof target === 'string' ? [] : [target?.selector ?? []].flat();
  const entry = findArticle(state, source, url);
  if (!entry) return { message: `no article in this notebook matches its target (${source ?? 'no source'})` };
  const article = await state.article(entry.id);
  let text = texts.get(article.id);
  if (text === undefined) texts.set(article.id, (text = canonicalText(article.blocks)));
  const position = selectors.find((s) => s.type === 'TextPositionSelector');
  const quote = selectors.find((s) => s.type === 'TextQuoteSelector');
  if (quote?.exact) {
    const stored: Annotation['target'] = {
      position: { start: position?.start ?? 0, end: position?.end ?? 0 },
      quote: { exact: quote.exact, prefix: quote.prefix ?? '', suffix: quote.suffix ?? '' },
    };
    // An orphan stays one, with the selectors it had: nothing is guessed for it.
    if (annotation['dossier:orphan']) return { article, target: stored, orphan: true };
    // Our own export, on the same text: the selectors are kept exactly as written.
    if (text.slice(stored.position.start, stored.position.end) === stored.quote.exact) {
      return { article, target: stored, orphan: false };
    }
    const found = anchor(text, stored) ?? findQuote(text, quote.exact);
    if (found) return { article, target: describe(text, found.start, found.end), orphan: false };
    return { message: `its quote is not in "${article.title}": "${quote.exact.slice(0, 60)}"` };
  }
  if (position?.start !== undefined && position.end !== undefined && position.end > position.start) {
    if (position.end > text.length)
      return { message: `its range ${position.start}–${position.end} is outside "${article.title}"` };
    return { article, target: describe(text, position.start, position.end), orphan: false };
  }
  return { message: 'it has no TextQuoteSelector or TextPositionSelector to place it by' };
}

function findArticle(state: NotebookState, source: string | undefined, url: string | undefined) {
  const hash = /^urn:sha256:([0-9a-f]{64})$/iu.exec(source ?? '')?.[1]?.toLowerCase();
  if (hash) {
    const byHash = state.lookup.withHash(hash);
    if (byHash) return byHash;
  }
  const wanted = [source, url].filter((u): u is string => Boolean(u && /^https?:/iu.test(u)));
  return state.data.articles.find((a) => a.url && wanted.includes(a.url));
}

function bodiesOf(input: W3cInput): { value?: string; purpose?: string }[] {
  return [input.body ?? []].flat().map((b) => (typeof b === 'string' ? { value: b, purpose: 'commenting' } : b));
}

function tagsOf(input: W3cInput): string[] {
  const tags = bodiesOf(input).filter((b) => b.purpose === 'tagging' && b.value?.trim());
  return [...new Set(tags.map((b) => TagPathSchema.safeParse(b.value).data ?? b.value!))];
}

function toAnnotation(id: string, input: W3cInput, placed: Placement): Annotation {
  const now = new Date().toISOString();
  const note = bodiesOf(input)
    .filter((b) => b.purpose !== 'tagging' && b.value)
    .map((b) => b.value!)
    .join('\n\n');
  const tags = tagsOf(input);
  return {
    id,
    articleId: placed.article.id,
    target: placed.target,
    tags,
    note,
    color: input['dossier:color'] ?? 'yellow',
    createdAt: input.created ?? now,
    updatedAt: input.modified ?? input.created ?? now,
    orphan: placed.orphan,
  };
}
