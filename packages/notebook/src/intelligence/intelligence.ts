// A notebook's research intelligence: the story index and the merged entities,
// built from the articles' clean text on first use and kept in step with
// every change afterwards (only the articles a change names are redone).
// What the user decides — dismissed suggestions, entity aliases — is saved in
// intelligence.json through the notebook's change path.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';
import { cleanText, DossierError, type Article, type ChangeEvent } from '@dossier/core';
import { EntityMerger, StoryIndex, nameWordKeys, pairKey } from '@dossier/search';
import type { NotebookState } from '../notebook.js';
import { writeFileAtomic } from '../storage/atomic-file.js';
import { detectLanguage, extractEntities } from './extract-entities.js';
import { readIntelligenceCache, writeIntelligenceCache, type CachedArticle } from './persisted.js';
import {
  appendStoryState,
  readStoryState,
  storyStateHeader,
  writeStoryState,
  type ResolvedMention,
  type StoryStateLine,
  type StoryStateVerdict,
} from './story-state.js';

export const INTELLIGENCE_FILE = 'intelligence.json';

export const DecisionsSchema = z.object({
  version: z.literal(1),
  /** Pairs the user said are not the same story (`a|b`, ids sorted). */
  dismissed: z.array(z.string()),
  aliases: z.array(z.object({ key: z.string(), name: z.string(), aliases: z.array(z.string()) })),
});
export type Decisions = z.infer<typeof DecisionsSchema>;

export interface ArticleEntities {
  /** Entity key → the forms this article writes and how often. */
  counts: Map<string, { forms: Set<string>; count: number }>;
  language: string;
}

const instances = new WeakMap<NotebookState, Intelligence>();
/** Article files read ahead of the one being indexed. */
const READ_AHEAD = 8;

export class Intelligence {
  readonly stories = new StoryIndex();
  merger = new EntityMerger();
  readonly entitiesOf = new Map<string, ArticleEntities>();
  private readonly stale = new Set<string>();
  private built: Promise<void> | null = null;
  /** Each article's language and mentions, as saved in intelligence-cache.json (derived, see persisted.ts). */
  private extracted = new Map<string, CachedArticle>();
  /**
   * Articles whose extraction changed since intelligence-cache.json was written (Infinity: it must be written).
   * The file is written whole, so not for every few imports: only once a tenth of the articles changed (the
   * story state keeps every article's mentions meanwhile; the cache serves when that file cannot be used).
   */
  private extractedUnsaved = 0;
  /** Each indexed article's `updatedAt` when it was indexed: a saved record is used only while it still holds. */
  private readonly indexedAt = new Map<string, string>();
  /** Each indexed article's mentions with the entity the merger gave each, for its saved record. */
  private readonly resolved = new Map<string, ResolvedMention[]>();
  /** The story state read at opening (intelligence-stories.ndjson), until the build has used it. */
  private savedStories: StoryStateVerdict | null = null;
  /** Articles indexed or removed since the story state was last saved, and whether it must be written anew. */
  private readonly unsaved = new Set<string>();
  /** Lines in the saved file, a pair line counting a tenth (see saveStories). */
  private storyLines = 0;
  private rewriteStories = true;

  private constructor(
    private readonly state: NotebookState,
    public decisions: Decisions,
  ) {
    state.onChange((event) => this.onChange(event));
  }

  /** The intelligence of an open notebook, made once and then kept up to date. */
  static async of(state: NotebookState): Promise<Intelligence> {
    let found = instances.get(state);
    if (!found) {
      found = new Intelligence(state, await readDecisions(state.dir));
      instances.set(state, found);
      const cache = await readIntelligenceCache(state.dir);
      if (cache.usable) found.extracted = cache.articles;
      // A damaged or outdated cache is rewritten once the articles are extracted again.
      else found.extractedUnsaved = cache.reason !== 'missing' ? Infinity : 0;
      found.savedStories = await readStoryState(state.dir, storyStateHeader(found.decisions.aliases));
    }
    await found.ready();
    return found;
  }

  get dismissed(): ReadonlySet<string> {
    return new Set(this.decisions.dismissed);
  }

  /** Same-story links as id pairs. */
  linkedPairs(): [string, string][] {
    return this.state.data.links.filter((l) => l.kind === 'same-story').map((l) => [l.from.articleId, l.to.articleId]);
  }

  isLinked(a: string, b: string): boolean {
    const key = pairKey(a, b);
    return this.linkedPairs().some(([x, y]) => pairKey(x, y) === key);
  }

  private onChange(event: ChangeEvent): void {
    if (!event.what.includes('articles')) return;
    for (const id of event.articleIds) this.stale.add(id);
  }

  private async ready(): Promise<void> {
    this.built ??= this.buildAll();
    await this.built;
    if (this.stale.size) {
      const ids = [...this.stale];
      this.stale.clear();
      await this.refreshAll(ids);
    }
    await this.saveExtracted();
    await this.saveStories();
  }

  private async buildAll(): Promise<void> {
    this.applyAliases();
    this.restoreStories();
    await this.refreshAll(
      this.state.data.articles.filter((entry) => this.indexedAt.get(entry.id) !== entry.updatedAt).map((e) => e.id),
    );
    for (const id of this.stories.ids()) if (!this.state.lookup.get(id)) await this.refresh(id);
    for (const id of this.extracted.keys()) {
      if (!this.state.lookup.get(id)) {
        this.extracted.delete(id);
        this.extractedUnsaved++;
      }
    }
  }

  /** Writes intelligence-cache.json once a tenth of the extraction is new; a failure only costs the next process it. */
  private async saveExtracted(): Promise<void> {
    const unsaved = this.extractedUnsaved;
    if (!unsaved || this.state.readOnly || unsaved * 10 < this.extracted.size) return;
    this.extractedUnsaved = 0;
    try {
      await writeIntelligenceCache(this.state.dir, this.extracted);
    } catch {
      this.extractedUnsaved = Infinity;
    }
  }

  /** Replays the saved story state: the index and the entities as the last process left them, nothing recomputed. */
  private restoreStories(): void {
    const saved = this.savedStories;
    this.savedStories = null;
    if (!saved?.usable) return;
    for (const line of saved.lines) {
      if ('removed' in line) this.forget(line.removed);
      else if ('pair' in line) this.stories.restorePair(line.pair);
      else if (this.stories.restore(line.article)) {
        const id = line.article.id;
        const counts: ArticleEntities['counts'] = new Map();
        for (const [name, kind, key] of line.mentions)
          count(counts, this.merger.restore({ name, kind }, key).key, name);
        this.entitiesOf.set(id, { counts, language: line.language });
        this.resolved.set(id, line.mentions);
        this.indexedAt.set(id, line.updatedAt);
        // The extraction cache stays whole, for the day this file cannot be used.
        if (this.extracted.get(id)?.updatedAt !== line.updatedAt) {
          const mentions = line.mentions.map(([name, kind]) => ({ name, kind }));
          this.extracted.set(id, { updatedAt: line.updatedAt, language: line.language, mentions });
          this.extractedUnsaved++;
        }
      }
    }
    this.storyLines = saved.lines.reduce((n, line) => n + ('pair' in line ? 0.1 : 1), 0);
    // A damaged tail is cut off by writing the file anew; otherwise new work is appended.
    this.rewriteStories = saved.damaged !== undefined;
  }

  /**
   * Saves what changed in the story index since the last save: appended
   * records, or the whole file once superseded lines outnumber live ones. A
   * failure only costs the next process the work.
   */
  private async saveStories(): Promise<void> {
    if (this.state.readOnly) return;
    // Scored now rather than by the stories request that follows: saved before, every pair scored again would be
    // appended once more as a pair line (the first build's file then held most of its evidence twice).
    this.stories.rescoreMoved({ dismissed: this.dismissed });
    const rescored = this.stories.rescoredPairs();
    if (!this.unsaved.size && !rescored.length && !this.rewriteStories) return;
    const order = this.stories.order();
    const changed = [...this.unsaved].sort((x, y) => (order.get(x) ?? -1) - (order.get(y) ?? -1));
    this.unsaved.clear();
    const lines = changed.map((id): StoryStateLine => this.storyLine(id, order) ?? { removed: id });
    lines.push(...rescored.map((pair) => ({ pair })));
    // What the file holds beyond the live records, a pair line weighing a tenth of an article's.
    const added = changed.length + rescored.length / 10;
    const live = order.size;
    try {
      if (this.rewriteStories || this.storyLines + added > 2 * live + 1000) {
        this.rewriteStories = false;
        const all = function* (intel: Intelligence) {
          for (const id of order.keys()) {
            const line = intel.storyLine(id, order);
            if (line) yield line;
          }
        };
        await writeStoryState(this.state.dir, storyStateHeader(this.decisions.aliases), all(this));
        this.storyLines = live;
      } else {
        await appendStoryState(this.state.dir, lines);
        this.storyLines += added;
      }
    } catch {
      this.rewriteStories = true;
    }
  }

  private storyLine(id: string, order: Map<string, number>): StoryStateLine | undefined {
    const article = this.stories.record(id, order);
    const updatedAt = this.indexedAt.get(id);
    const entities = this.entitiesOf.get(id);
    if (!article || updatedAt === undefined || !entities) return undefined;
    return { article, updatedAt, language: entities.language, mentions: this.resolved.get(id) ?? [] };
  }

  private forget(id: string): void {
    this.stories.remove(id);
    this.entitiesOf.delete(id);
    this.resolved.delete(id);
    this.indexedAt.delete(id);
  }

  private applyAliases(): void {
    for (const a of this.decisions.aliases) this.merger.setAliases(a.key, a.name, a.aliases);
  }

  /**
   * Refreshes articles in order, reading the next few files while one is
   * worked on: one read at a time left the thread waiting on the disk for a
   * tenth of a first build.
   */
  private async refreshAll(ids: readonly string[]): Promise<void> {
    const reads: (Promise<Article> | undefined)[] = [];
    const read = (i: number) => {
      const id = ids[i];
      if (id === undefined || reads[i] || !this.state.lookup.get(id)) return;
      const pending = this.state.article(id);
      // Awaited (and its failure handled) by refresh, maybe only after later reads have begun.
      pending.catch(() => undefined);
      reads[i] = pending;
    };
    for (let i = 0; i < ids.length; i++) {
      for (let ahead = i; ahead <= i + READ_AHEAD; ahead++) read(ahead);
      const pending = reads[i];
      reads[i] = undefined;
      await this.refresh(ids[i]!, pending);
    }
  }

  /** Indexes one article again, or forgets it when it is gone; `read` is its file being read already. */
  async refresh(id: string, read?: Promise<Article>): Promise<void> {
    const entry = this.state.lookup.get(id);
    if (!entry) {
      if (this.stories.has(id)) this.unsaved.add(id);
      this.forget(id);
      if (this.extracted.delete(id)) this.extractedUnsaved++;
      return;
    }
    let text: string;
    let metadata: string;
    try {
      const blocks = (await (read ?? this.state.article(id))).blocks;
      text = withHeadline(entry, cleanText(blocks));
      metadata = blocks
        .filter((b) => b.clutter?.reason.includes('metadata'))
        .map((b) => b.text)
        .join('\n');
    } catch {
      // A damaged article file is reported by "check"; it simply takes no part here.
      return;
    }
    let extracted = this.extracted.get(id);
    if (extracted?.updatedAt !== entry.updatedAt) {
      const language = detectLanguage(text);
      extracted = { updatedAt: entry.updatedAt, language, mentions: extractEntities(text, language) };
      this.extracted.set(id, extracted);
      this.extractedUnsaved++;
    }
    const language = extracted.language;
    const counts: ArticleEntities['counts'] = new Map();
    const resolved: ResolvedMention[] = [];
    for (const mention of extracted.mentions) {
      const entity = this.merger.add(mention);
      count(counts, entity.key, mention.name);
      resolved.push([mention.name, mention.kind, entity.key]);
    }
    this.entitiesOf.set(id, { counts, language });
    this.resolved.set(id, resolved);
    // Merged entities, and their words by sound: names meet across languages and scripts word by word.
    const entities = [
      ...[...counts].map(([key, { count }]) => ({ key, name: this.merger.get(key)!.name, count })),
      ...wordKeysCounted(counts, (key) => this.merger.get(key)?.kind),
    ];
    this.stories.add(id, { text, entities, metadata, language });
    this.indexedAt.set(id, entry.updatedAt);
    this.unsaved.delete(id);
    this.unsaved.add(id);
  }

  /** Saves a decision: `apply` changes the decisions, which are written before memory moves on. */
  async decide<T>(what: ChangeEvent['what'], articleIds: string[], apply: (d: Decisions) => T): Promise<T> {
    return this.state.change(
      what,
      async () => {
        const next = structuredClone(this.decisions);
        const result = apply(next);
        await writeFileAtomic(join(this.state.dir, INTELLIGENCE_FILE), JSON.stringify(next, null, 1));
        this.decisions = next;
        return result;
      },
      () => articleIds,
    );
  }

  /** Aliases changed: entities are merged again from every article's mentions. */
  async remerge(): Promise<void> {
    this.merger = new EntityMerger();
    this.applyAliases();
    for (const id of this.entitiesOf.keys()) await this.refresh(id);
    // The saved mentions were merged under the old aliases.
    this.rewriteStories = true;
    await this.saveStories();
  }
}

function count(counts: ArticleEntities['counts'], key: string, form: string): void {
  const entry = counts.get(key) ?? { forms: new Set<string>(), count: 0 };
  entry.forms.add(form);
  entry.count++;
  counts.set(key, entry);
}

async function readDecisions(dir: string): Promise<Decisions> {
  const path = join(dir, INTELLIGENCE_FILE);
  let raw: string;
  try {
    raw = await readFile(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { version: 1, dismissed: [], aliases: [] };
    throw new DossierError('io_error', `could not read ${path}: ${(error as Error).message}`);
  }
  const decisions = parseDecisions(raw);
  if (!decisions) throw new DossierError('notebook_corrupt', `${path} is damaged; it was left untouched`);
  return decisions;
}

/** The decisions in the text of intelligence.json, or null when it is not JSON of their schema. */
export function parseDecisions(raw: string): Decisions | null {
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch {
    return null;
  }
  const parsed = DecisionsSchema.safeParse(json);
  return parsed.success ? parsed.data : null;
}

/**
 * The text intelligence reads: the headline, which names the event most
 * plainly (news clustering weighs it first), before the clean text — unless
 * it was derived from that text, or the text begins with it already.
 */
export function withHeadline(entry: { title: string; titleDerived: boolean }, text: string): string {
  if (entry.titleDerived || !entry.title.trim() || text.startsWith(entry.title)) return text;
  return `${entry.title}\n\n${text}`;
}

/** The words of the article's names by sound, each counted as often as the names holding it are mentioned. */
function wordKeysCounted(
  counts: ArticleEntities['counts'],
  kindOf: (key: string) => string | undefined,
): { key: string; name: string; count: number }[] {
  const found = new Map<string, { key: string; name: string; count: number }>();
  for (const [key, { count }] of counts) {
    for (const word of nameWordKeys([key], kindOf(key))) {
      const seen = found.get(word.key);
      if (seen) seen.count += count;
      else found.set(word.key, { ...word, count });
    }
  }
  return [...found.values()];
}
