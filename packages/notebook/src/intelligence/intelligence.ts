// A notebook's research intelligence: the story index and the merged entities,
// built from the articles' clean text on first use and kept in step with
// every change afterwards (only the articles a change names are redone).
// What the user decides — dismissed suggestions, entity aliases — is saved in
// intelligence.json through the notebook's change path.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';
import { cleanText, DossierError, type ChangeEvent } from '@dossier/core';
import { EntityMerger, StoryIndex, nameWordKeys, pairKey } from '@dossier/search';
import type { NotebookState } from '../notebook.js';
import { writeFileAtomic } from '../storage/atomic-file.js';
import { detectLanguage, extractEntities } from './extract-entities.js';
import { readIntelligenceCache, writeIntelligenceCache, type CachedArticle } from './persisted.js';

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

export class Intelligence {
  readonly stories = new StoryIndex();
  merger = new EntityMerger();
  readonly entitiesOf = new Map<string, ArticleEntities>();
  private readonly stale = new Set<string>();
  private built: Promise<void> | null = null;
  /** Each article's language and mentions, as saved in intelligence-cache.json (derived, see persisted.ts). */
  private extracted = new Map<string, CachedArticle>();
  private extractedChanged = false;

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
      else found.extractedChanged = cache.reason !== 'missing';
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
      for (const id of ids) await this.refresh(id);
    }
    await this.saveExtracted();
  }

  private async buildAll(): Promise<void> {
    this.applyAliases();
    for (const entry of this.state.data.articles) await this.refresh(entry.id);
    for (const id of this.extracted.keys()) {
      if (!this.state.lookup.get(id)) {
        this.extracted.delete(id);
        this.extractedChanged = true;
      }
    }
  }

  /** Writes intelligence-cache.json when extraction ran; a failure only costs the next process the extraction. */
  private async saveExtracted(): Promise<void> {
    if (!this.extractedChanged || this.state.readOnly) return;
    this.extractedChanged = false;
    try {
      await writeIntelligenceCache(this.state.dir, this.extracted);
    } catch {
      this.extractedChanged = true;
    }
  }

  private applyAliases(): void {
    for (const a of this.decisions.aliases) this.merger.setAliases(a.key, a.name, a.aliases);
  }

  /** Indexes one article again, or forgets it when it is gone. */
  async refresh(id: string): Promise<void> {
    const entry = this.state.lookup.get(id);
    if (!entry) {
      this.stories.remove(id);
      this.entitiesOf.delete(id);
      if (this.extracted.delete(id)) this.extractedChanged = true;
      return;
    }
    let text: string;
    let metadata: string;
    try {
      const blocks = (await this.state.article(id)).blocks;
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
      this.extractedChanged = true;
    }
    const language = extracted.language;
    const counts: ArticleEntities['counts'] = new Map();
    for (const mention of extracted.mentions) {
      const entity = this.merger.add(mention);
      const entry = counts.get(entity.key) ?? { forms: new Set<string>(), count: 0 };
      entry.forms.add(mention.name);
      entry.count++;
      counts.set(entity.key, entry);
    }
    this.entitiesOf.set(id, { counts, language });
    // Merged entities, and their words by sound: names meet across languages and scripts word by word.
    const entities = [
      ...[...counts].map(([key, { count }]) => ({ key, name: this.merger.get(key)!.name, count })),
      ...wordKeysCounted(counts),
    ];
    this.stories.add(id, { text, entities, metadata, language });
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
  }
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
function wordKeysCounted(counts: ArticleEntities['counts']): { key: string; name: string; count: number }[] {
  const found = new Map<string, { key: string; name: string; count: number }>();
  for (const [key, { count }] of counts) {
    for (const word of nameWordKeys([key])) {
      const seen = found.get(word.key);
      if (seen) seen.count += count;
      else found.set(word.key, { ...word, count });
    }
  }
  return [...found.values()];
}
