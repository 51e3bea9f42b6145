// The contract's story methods: the listing (each story with the few pairs
// that explain it), one story's pairs a page at a time, one pair's whole
// evidence, accept and dismiss. A story of 300 reports has ~45,000 pairs:
// the listing sends at most one fewer than its members, the rest is asked for.
import { DossierError, type Link, type MethodInput, type Story, type StoryPairView } from '@dossier/core';
import { pairKey, type PairEvidence, type StoryGroup, type StoryPair } from '@dossier/search';
import { newId } from '../ids.js';
import type { NotebookState } from '../notebook.js';
import { Intelligence, type Decisions } from './intelligence.js';

const MONTH_NAMES = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** `3-10` → `10 Mar`. */
export function formatDayMonth(date: string): string {
  const [month, day] = date.split('-').map(Number);
  return `${day} ${MONTH_NAMES[month! - 1]}`;
}

/**
 * The strongest pairs that join every member to the rest (a maximum spanning
 * tree, Kruskal's way): at most `members − 1` pairs, every member in one, each
 * member's strongest pair among them. `pairs` strongest first.
 */
export function spanningPairs<P extends { a: string; b: string }>(
  members: readonly string[],
  pairs: readonly P[],
): P[] {
  const parent = new Map(members.map((id) => [id, id]));
  const find = (x: string): string => {
    let root = x;
    while (parent.get(root) !== root) root = parent.get(root)!;
    parent.set(x, root);
    return root;
  };
  const chosen: P[] = [];
  for (const p of pairs) {
    if (chosen.length === members.length - 1) break;
    if (!parent.has(p.a) || !parent.has(p.b)) continue;
    const [ra, rb] = [find(p.a), find(p.b)];
    if (ra === rb) continue;
    parent.set(rb, ra);
    chosen.push(p);
  }
  return chosen;
}

/** What one listing request worked out, kept while nothing it depends on changed. */
interface Listing {
  revision: number;
  decisions: Decisions;
  stories: Story[];
  groups: StoryGroup[];
  /** Article id → its story's place in `stories`. */
  storyOf: Map<string, number>;
  linked: Set<string>;
}

// The renderer asks again after every change event and the CLI once; a refresh with nothing changed costs nothing.
const listings = new WeakMap<Intelligence, Listing>();

async function listing(state: NotebookState): Promise<{ intel: Intelligence; listed: Listing }> {
  const intel = await Intelligence.of(state);
  const known = listings.get(intel);
  if (known && known.revision === state.data.revision && known.decisions === intel.decisions) {
    return { intel, listed: known };
  }
  const linkedPairs = intel.linkedPairs();
  const linked = new Set(linkedPairs.map(([a, b]) => pairKey(a, b)));
  const groups = intel.stories.groups({ dismissed: intel.dismissed, linked: linkedPairs });
  const storyOf = new Map<string, number>();
  const stories = groups.map((group, at) => {
    for (const id of group.articleIds) storyOf.set(id, at);
    return storyView(state, group, linked, linkedPairs);
  });
  const listed = { revision: state.data.revision, decisions: intel.decisions, stories, groups, storyOf, linked };
  listings.set(intel, listed);
  return { intel, listed };
}

/**
 * What of a pair's evidence the listing and a story's pages send: a card's worth. Copied sentences were half
 * of the listing's bytes at 10k bench articles; `stories.pair` gives them all.
 */
export const LISTED_EVIDENCE = { names: 8, figures: 8, sentences: 1 };

/** Evidence limits: what a card has room for, or none (`stories.pair`: everything). */
type EvidenceLimits = typeof LISTED_EVIDENCE | undefined;

/** A pair as the contract sends it, its evidence cut to `limits`. */
function pairView(
  a: string,
  b: string,
  evidence: Omit<PairEvidence, 'cognates' | 'leadDates'>,
  linked: boolean,
  limits: EvidenceLimits,
): StoryPairView {
  const cut = <T>(items: readonly T[], n: number | undefined): T[] => items.slice(0, n);
  return {
    a,
    b,
    score: evidence.score,
    cosine: evidence.cosine,
    sharedEntities: cut(evidence.sharedEntities, limits?.names),
    sharedFigures: cut(evidence.sharedFigures, limits?.figures),
    sharedDates: evidence.sharedDates.map(formatDayMonth),
    sharedSentences: cut(evidence.sharedSentences, limits?.sentences),
    linked,
  };
}

const listedPair = (p: StoryPair, linked: ReadonlySet<string>): StoryPairView =>
  pairView(p.a, p.b, p, linked.has(pairKey(p.a, p.b)), LISTED_EVIDENCE);

function storyView(
  state: NotebookState,
  group: StoryGroup,
  linked: ReadonlySet<string>,
  linkedPairs: [string, string][],
): Story {
  // The why counts over every pair, each cut as the listing cut them before it was bounded (12 names and
  // figures, 3 sentences): only the pairs sent are bounded.
  const entities = new Map<string, number>();
  const figures = new Map<string, number>();
  const dates = new Set<string>();
  let quoted = 0;
  let closest = 0;
  for (const p of group.pairs) {
    for (const e of p.sharedEntities.slice(0, 12)) entities.set(e, (entities.get(e) ?? 0) + 1);
    for (const f of p.sharedFigures.slice(0, 12)) figures.set(f, (figures.get(f) ?? 0) + 1);
    for (const d of p.sharedDates) dates.add(formatDayMonth(d));
    quoted += Math.min(3, p.sharedSentences.length);
    closest = Math.max(closest, p.cosine);
  }
  const top = (m: Map<string, number>, n: number) =>
    [...m]
      .sort((x, y) => y[1] - x[1])
      .slice(0, n)
      .map(([k]) => k);
  const shownDates = [...dates].slice(0, 2);
  const why = [
    shownDates.length ? `same date: ${shownDates.join(', ')}` : '',
    entities.size ? `shared names: ${top(entities, 6).join(', ')}` : '',
    figures.size ? `shared figures: ${top(figures, 4).join(', ')}` : '',
    quoted ? `${quoted} shared sentence(s)` : '',
  ]
    .filter(Boolean)
    .join('; ');
  const ids = group.articleIds;
  return {
    id: ids.join('+'),
    articleIds: ids,
    titles: ids.map((id) => state.lookup.get(id)?.title ?? id),
    outlets: ids.map((id) => state.lookup.get(id)?.outlet ?? ''),
    publishedAt: ids.map((id) => state.lookup.get(id)?.publishedAt ?? ''),
    status: connectedByLinks(ids, linkedPairs) ? 'accepted' : 'suggested',
    why: why || `wording ${Math.round(closest * 100)}% alike`,
    pairs: spanningPairs(ids, group.pairs).map((p) => listedPair(p, linked)),
    pairCount: group.pairs.length,
  };
}

function connectedByLinks(ids: string[], links: [string, string][]): boolean {
  const members = new Set(ids);
  const seen = new Set([ids[0]!]);
  let grew = true;
  while (grew) {
    grew = false;
    for (const [a, b] of links) {
      if (!members.has(a) || !members.has(b)) continue;
      if (seen.has(a) !== seen.has(b)) {
        seen.add(a);
        seen.add(b);
        grew = true;
      }
    }
  }
  return seen.size === members.size;
}

export async function listStories(state: NotebookState): Promise<Story[]> {
  return (await listing(state)).listed.stories;
}

/** The story an article is in, with a page of all its pairs, strongest first. */
export async function getStory(state: NotebookState, input: MethodInput<'stories.get'>) {
  const id = state.entry(input.articleId).id;
  const { listed } = await listing(state);
  const at = listed.storyOf.get(id);
  if (at === undefined) throw new DossierError('not_found', `article ${id} is in no story`);
  const pairs = listed.groups[at]!.pairs;
  return {
    story: listed.stories[at]!,
    total: pairs.length,
    offset: input.offset,
    pairs: pairs.slice(input.offset, input.offset + input.limit).map((p) => listedPair(p, listed.linked)),
  };
}

/** Everything two articles share, uncut: the pair as its story holds it, else scored now. */
export async function getStoryPair(state: NotebookState, input: MethodInput<'stories.pair'>): Promise<StoryPairView> {
  const [a, b] = [state.entry(input.a).id, state.entry(input.b).id];
  const { intel, listed } = await listing(state);
  const key = pairKey(a, b);
  const at = listed.storyOf.get(a);
  const held = at === undefined ? undefined : listed.groups[at]!.pairs.find((p) => pairKey(p.a, p.b) === key);
  const evidence = held ?? intel.stories.compare(a, b);
  if (!evidence) throw new DossierError('not_found', `articles ${a} and ${b} are not both indexed`);
  const [first, second] = held ? [held.a, held.b] : [a, b];
  return pairView(first, second, evidence, listed.linked.has(key), undefined);
}

/** Links every article to the first as `same-story` (origin: suggestion), where not linked already. */
export async function acceptStory(state: NotebookState, input: MethodInput<'stories.accept'>) {
  const ids = [...new Set(input.articleIds)];
  for (const id of ids) state.entry(id);
  const intel = await Intelligence.of(state);
  const [first, ...rest] = ids;
  const missing = rest.filter((id) => !intel.isLinked(first!, id));
  if (!missing.length) return { created: 0 };
  const now = new Date().toISOString();
  return state.change(
    ['links'],
    () => {
      for (const id of missing) {
        const link: Link = {
          id: newId('l'),
          from: { articleId: first! },
          to: { articleId: id },
          kind: 'same-story',
          note: 'accepted suggestion',
          origin: 'suggestion',
          createdAt: now,
        };
        state.data.links.push(link);
      }
      // A pair once dismissed and now accepted is no longer dismissed.
      return { created: missing.length };
    },
    () => ids,
  );
}

/** Remembers that these articles are not one story: none of their pairs is suggested again. */
export async function dismissStory(state: NotebookState, input: MethodInput<'stories.dismiss'>) {
  const ids = [...new Set(input.articleIds)];
  for (const id of ids) state.entry(id);
  const intel = await Intelligence.of(state);
  const linked = new Set(intel.linkedPairs().map(([a, b]) => pairKey(a, b)));
  const keys: string[] = [];
  for (let i = 0; i < ids.length; i++)
    for (let j = i + 1; j < ids.length; j++) {
      const key = pairKey(ids[i]!, ids[j]!);
      if (!linked.has(key)) keys.push(key);
    }
  return intel.decide(['links'], ids, (d) => {
    const before = new Set(d.dismissed);
    const added = keys.filter((k) => !before.has(k));
    d.dismissed.push(...added);
    return { dismissed: added.length };
  });
}
