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

export const INTELLIGENCE_FILE = 'intelligence.json';

const DecisionsSchema = z.object({
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
    if (!this.stale.size) return;
    const ids = [...this.stale];
    this.stale.clear();
    for (const id of ids) await this.refresh(id);
  }

  private async buildAll(): Promise<void> {
    this.applyAliases();
    for (const entry of this.state.data.articles) await this.refresh(entry.id);
  }

  private applyAliases(): void {
    for (const a of this.decisions.aliases) this.merger.setAliases(a.key, a.name, a.aliases);
  }

  /** Indexes one article again, or forgets it when it is gone. */
  async refresh(id: string): Promise<void> {
    if (!this.state.lookup.get(id)) {
      this.stories.remove(id);
      this.entitiesOf.delete(id);
      return;
    }
    let text: string;
    let metadata: string;
    try {
      const blocks = (await this.state.article(id)).blocks;
      text = cleanText(blocks);
      metadata = blocks
        .filter((b) => b.clutter?.reason.includes('metadata'))
        .map((b) => b.text)
        .join('\n');
    } catch {
      // A damaged article file is reported by "check"; it simply takes no part here.
      return;
    }
    const language = detectLanguage(text);
    const counts: ArticleEntities['counts'] = new Map();
    for (const mention of extractEntities(text, language)) {
      const entity = this.merger.add(mention);
      const entry = counts.get(entity.key) ?? { forms: new Set<string>(), count: 0 };
      entry.forms.add(mention.name);
      entry.count++;
      counts.set(entity.key, entry);
    }
    this.entitiesOf.set(id, { counts, language });
    // Merged entities, and their words by sound: names meet across languages and scripts word by word.
    const entities = [
      ...[...counts.keys()].map((key) => ({ key, name: this.merger.get(key)!.name })),
      ...nameWordKeys(counts.keys()),
    ];
    this.stories.add(id, { text, entities, metadata });
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
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch {
    json = undefined;
  }
  const parsed = DecisionsSchema.safeParse(json);
  if (!parsed.success) {
    throw new DossierError('notebook_corrupt', `${path} is damaged; it was left untouched`);
  }
  return parsed.data;
}
