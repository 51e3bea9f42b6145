// Tags (paths with counts, rename, merge) and typed links shown at both ends.
import { DossierError, type Link, type LinkEnd, type LinkView, type MethodInput } from '@dossier/core';
import { newId } from '../ids.js';
import type { NotebookState } from '../notebook.js';
import { findAnnotation } from './annotations.js';

export function listTags(state: NotebookState) {
  const counts = new Map<string, number>();
  for (const annotation of state.data.annotations) {
    for (const tag of annotation.tags) counts.set(tag, (counts.get(tag) ?? 0) + 1);
  }
  const info = new Map(state.data.tags.map((t) => [t.path, t]));
  return [...new Set([...counts.keys(), ...info.keys()])]
    .sort((a, b) => a.localeCompare(b))
    .map((path) => ({ ...info.get(path), path, count: counts.get(path) ?? 0 }));
}

/** `energy` → `power` also moves `energy/refineries` to `power/refineries`. */
function moveTag(tag: string, from: string, to: string): string {
  if (tag === from) return to;
  if (tag.startsWith(`${from}/`)) return to + tag.slice(from.length);
  return tag;
}

async function retag(
  state: NotebookState,
  from: string,
  to: string,
  mustNotExist: boolean,
): Promise<{ updated: number }> {
  const inUse = state.data.annotations.some((a) => a.tags.some((t) => t === from || t.startsWith(`${from}/`)));
  if (!inUse && !state.data.tags.some((t) => t.path === from)) {
    throw new DossierError('not_found', `no tag "${from}"`);
  }
  if (from === to) return { updated: 0 };
  if (mustNotExist && state.data.annotations.some((a) => a.tags.includes(to))) {
    throw new DossierError('conflict', `the tag "${to}" already exists; merge into it instead`);
  }
  return state
    .change(
      ['annotations', 'tags'],
      async () => {
        let updated = 0;
        const touched = new Set<string>();
        const now = new Date().toISOString();
        const all = state.data.annotations;
        for (const [i, annotation] of all.entries()) {
          const tags = [...new Set(annotation.tags.map((t) => moveTag(t, from, to)))];
          if (tags.join('\n') === annotation.tags.join('\n')) continue;
          // Replaced, never edited in place, and through replaceAt: the journal records it.
          state.replaceAt('annotations', i, { ...annotation, tags, updatedAt: now });
          touched.add(annotation.articleId);
          updated++;
        }
        const infos = new Map(state.data.tags.map((t) => [t.path, t]));
        state.data.tags = [...infos.values()]
          .map((t) => ({ ...t, path: moveTag(t.path, from, to) }))
          .filter((t, i, all) => all.findIndex((o) => o.path === t.path) === i);
        for (const id of touched) await state.search.refresh(state, id);
        return { updated, touched: [...touched] };
      },
      (r) => r.touched,
    )
    .then(({ updated }) => ({ updated }));
}

export function renameTag(state: NotebookState, input: MethodInput<'tags.rename'>) {
  return retag(state, input.from, input.to, true);
}

export function mergeTag(state: NotebookState, input: MethodInput<'tags.merge'>) {
  return retag(state, input.from, input.into, false);
}

export async function createLink(state: NotebookState, input: MethodInput<'links.create'>): Promise<Link> {
  checkEnd(state, input.from);
  checkEnd(state, input.to);
  if (sameEnd(input.from, input.to)) throw new DossierError('invalid_input', 'a link needs two different ends');
  const duplicate = state.data.links.find(
    (l) => l.kind === input.kind && sameEnd(l.from, input.from) && sameEnd(l.to, input.to),
  );
  if (duplicate) throw new DossierError('conflict', `these are already linked as ${input.kind}`);
  const link: Link = {
    id: newId('l'),
    from: input.from,
    to: input.to,
    kind: input.kind,
    note: input.note,
    origin: 'manual',
    createdAt: new Date().toISOString(),
  };
  return state.change(
    ['links'],
    () => {
      state.data.links.push(link);
      return link;
    },
    () => [link.from.articleId, link.to.articleId],
  );
}

export function listLinks(state: NotebookState, articleId: string): { outgoing: LinkView[]; incoming: LinkView[] } {
  state.entry(articleId);
  const view = (link: Link): LinkView => ({
    ...link,
    fromTitle: titleOf(state, link.from.articleId),
    toTitle: titleOf(state, link.to.articleId),
    ...quoteOf(state, 'fromQuote', link.from),
    ...quoteOf(state, 'toQuote', link.to),
  });
  return {
    outgoing: state.data.links.filter((l) => l.from.articleId === articleId).map(view),
    incoming: state.data.links.filter((l) => l.to.articleId === articleId).map(view),
  };
}

export async function removeLink(state: NotebookState, id: string): Promise<{ removed: boolean }> {
  const link = state.data.links.find((l) => l.id === id);
  if (!link) return { removed: false };
  return state.change(
    ['links'],
    () => {
      state.data.links = state.data.links.filter((l) => l.id !== id);
      return { removed: true };
    },
    () => [link.from.articleId, link.to.articleId],
  );
}

function checkEnd(state: NotebookState, end: LinkEnd): void {
  state.entry(end.articleId);
  if (end.annotationId && findAnnotation(state, end.annotationId).articleId !== end.articleId) {
    throw new DossierError('invalid_input', `highlight ${end.annotationId} is not in article ${end.articleId}`);
  }
}

function sameEnd(a: LinkEnd, b: LinkEnd): boolean {
  return a.articleId === b.articleId && a.annotationId === b.annotationId;
}

function titleOf(state: NotebookState, articleId: string): string {
  return state.lookup.get(articleId)?.title ?? '(removed article)';
}

function quoteOf(state: NotebookState, key: 'fromQuote' | 'toQuote', end: LinkEnd) {
  if (!end.annotationId) return {};
  const annotation = state.data.annotations.find((a) => a.id === end.annotationId);
  return annotation ? { [key]: annotation.target.quote.exact } : {};
}
