// The contract's intelligence methods: stories (suggest, accept, dismiss),
// related articles and passages, entities with aliases.
import { DossierError, cleanText, type EntitySummary, type MethodInput, type RelatedItem } from '@dossier/core';
import { storyFeatures, compareArticles, type StoryPair } from '@dossier/search';
import type { NotebookState } from '../notebook.js';
import { searchArticles } from '../service/search-brief.js';
import { Intelligence } from './intelligence.js';
import { formatDayMonth } from './stories.js';

export { acceptStory, dismissStory, formatDayMonth, getStory, getStoryPair, listStories } from './stories.js';

function titleOf(state: NotebookState, id: string): string {
  return state.lookup.get(id)?.title ?? id;
}

/** One line saying what two articles share, most telling first. */
export function describeEvidence(
  p: Pick<StoryPair, 'sharedEntities' | 'sharedFigures' | 'sharedSentences' | 'cosine' | 'sharedDates'>,
): string {
  const parts: string[] = [];
  if (p.sharedDates.length) parts.push(`same date: ${p.sharedDates.slice(0, 2).map(formatDayMonth).join(', ')}`);
  if (p.sharedSentences.length) parts.push(`${p.sharedSentences.length} shared sentence(s)`);
  if (p.sharedEntities.length) parts.push(`shared names: ${p.sharedEntities.slice(0, 5).join(', ')}`);
  if (p.sharedFigures.length) parts.push(`shared figures: ${p.sharedFigures.slice(0, 4).join(', ')}`);
  parts.push(`wording ${Math.round(p.cosine * 100)}% alike`);
  return parts.join('; ');
}

export async function listRelated(state: NotebookState, input: MethodInput<'related.list'>): Promise<RelatedItem[]> {
  state.entry(input.articleId);
  const intel = await Intelligence.of(state);
  let pairs: StoryPair[];
  let focus: string | undefined;
  if (input.annotationId) {
    const annotation = state.data.annotations.find((a) => a.id === input.annotationId);
    if (!annotation || annotation.articleId !== input.articleId) {
      throw new DossierError('not_found', `no highlight ${input.annotationId} in article ${input.articleId}`);
    }
    focus = annotation.target.quote.exact;
    const quote = storyFeatures({ text: focus });
    pairs = [];
    for (const entry of state.data.articles) {
      if (entry.id === input.articleId) continue;
      const other = intel.stories.features(entry.id);
      if (!other) continue;
      const evidence = compareArticles(quote, other, intel.stories);
      if (evidence.cosine > 0.02) pairs.push({ a: input.articleId, b: entry.id, ...evidence, score: evidence.cosine });
    }
    pairs = pairs.sort((x, y) => y.score - x.score).slice(0, input.limit);
  } else {
    pairs = intel.stories.related(input.articleId, input.limit);
  }
  const out: RelatedItem[] = [];
  for (const p of pairs) {
    const entry = state.lookup.get(p.b);
    if (!entry) continue;
    const passage = bestPassage(intel, p.b, focus ?? p.sharedSentences[0] ?? '', input.articleId);
    out.push({
      articleId: p.b,
      title: entry.title,
      outlet: entry.outlet,
      score: p.score,
      reason: describeEvidence(p),
      passage,
      sameStory: intel.isLinked(p.a, p.b),
    });
  }
  return out;
}

/** The sentence of `id` sharing most distinctive words with `focus` (or with the asking article). */
function bestPassage(intel: Intelligence, id: string, focus: string, asking: string): string | undefined {
  const target = intel.stories.features(id);
  if (!target) return undefined;
  const reference = focus ? storyFeatures({ text: focus }).terms : intel.stories.features(asking)?.terms;
  if (!reference) return undefined;
  let best: [number, string] = [0, ''];
  for (const sentence of target.sentences) {
    if (sentence.length < 40) continue;
    let score = 0;
    for (const term of storyFeatures({ text: sentence }).terms.keys()) {
      if (reference.has(term)) score += Math.log((intel.stories.count + 20) / (intel.stories.termFrequency(term) + 1));
    }
    if (score > best[0]) best = [score, sentence];
  }
  return best[1] || undefined;
}

export async function listEntities(
  state: NotebookState,
  input: MethodInput<'entities.list'>,
): Promise<EntitySummary[]> {
  const intel = await Intelligence.of(state);
  const rows = summarize(intel);
  let list = [...rows.values()];
  if (input.articleId) {
    const own = intel.entitiesOf.get(state.entry(input.articleId).id);
    list = list.filter((e) => own?.counts.has(e.key));
  }
  if (input.q) {
    const q = input.q.toLowerCase();
    list = list.filter((e) => [e.name, ...e.aliases].some((n) => n.toLowerCase().includes(q)));
  }
  return list.sort(
    (a, b) => b.articleCount - a.articleCount || b.mentionCount - a.mentionCount || a.name.localeCompare(b.name),
  );
}

function summarize(intel: Intelligence): Map<string, EntitySummary> {
  const rows = new Map<string, EntitySummary>();
  for (const [, article] of intel.entitiesOf) {
    for (const [key, { count }] of article.counts) {
      const entity = intel.merger.get(key)!;
      const row = rows.get(key) ?? summaryOf(intel, key, 0, 0);
      rows.set(key, {
        ...row,
        name: entity.name,
        articleCount: row.articleCount + 1,
        mentionCount: row.mentionCount + count,
      });
    }
  }
  for (const a of intel.decisions.aliases) if (!rows.has(a.key)) rows.set(a.key, summaryOf(intel, a.key, 0, 0));
  return rows;
}

function summaryOf(intel: Intelligence, key: string, articleCount: number, mentionCount: number): EntitySummary {
  const entity = intel.merger.get(key);
  const name = entity?.name ?? key;
  const aliases = [...new Set([...(entity?.forms.keys() ?? []), ...(entity?.userAliases ?? [])])].filter(
    (f) => f !== name,
  );
  return {
    key,
    name,
    kind: entity?.kind ?? 'person',
    aliases,
    userAliases: [...(entity?.userAliases ?? [])],
    articleCount,
    mentionCount,
  };
}

/** An entity's mentions: articles where it was extracted, plus every article a search for any of its names finds. */
export async function getEntity(state: NotebookState, key: string) {
  const intel = await Intelligence.of(state);
  const entity = summarize(intel).get(key);
  if (!entity) throw new DossierError('not_found', `no entity "${key}" (see "dossier entities")`);
  const mentions = new Map<
    string,
    { articleId: string; title: string; forms: string[]; count: number; snippet: string }
  >();
  for (const [id, article] of intel.entitiesOf) {
    const found = article.counts.get(key);
    if (!found) continue;
    mentions.set(id, {
      articleId: id,
      title: titleOf(state, id),
      forms: [...found.forms],
      count: found.count,
      snippet: '',
    });
  }
  const names = [...new Set([entity.name, ...entity.aliases])];
  const query = names.map((n) => (n.includes(' ') ? `"${n.replace(/"/gu, '')}"` : n)).join(' OR ');
  const hits = await searchArticles(state, { q: query, tags: [], limit: 1000 });
  for (const hit of hits) {
    const known = mentions.get(hit.articleId);
    if (known) known.snippet = hit.snippet;
    else
      mentions.set(hit.articleId, {
        articleId: hit.articleId,
        title: hit.title,
        forms: hit.terms,
        count: hit.matches.length,
        snippet: hit.snippet,
      });
  }
  for (const m of mentions.values()) {
    if (m.snippet) continue;
    const text = cleanText((await state.article(m.articleId)).blocks);
    const at = Math.max(0, text.indexOf(m.forms[0] ?? ''));
    m.snippet = text.slice(Math.max(0, at - 60), at + 140).trim();
  }
  return { entity, mentions: [...mentions.values()].sort((a, b) => b.count - a.count) };
}

export async function setEntityAliases(state: NotebookState, input: MethodInput<'entities.setAliases'>) {
  const intel = await Intelligence.of(state);
  const current = summarize(intel).get(input.key);
  if (!current) throw new DossierError('not_found', `no entity "${input.key}"`);
  const name = input.name ?? current.name;
  await intel.decide(['notebook'], [], (d) => {
    d.aliases = d.aliases.filter((a) => a.key !== input.key);
    d.aliases.push({ key: input.key, name, aliases: [...new Set(input.aliases)] });
  });
  await intel.remerge();
  return summarize(intel).get(input.key) ?? summaryOf(intel, input.key, 0, 0);
}
