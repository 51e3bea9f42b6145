// The names of a story index as small integers, like its terms (term-table.ts):
// each entity key gets an id once, its document frequency lives in a typed
// array, and an article keeps its names as ids beside their salience. Scoring
// a pair weighs every name of the second article at the current frequencies;
// from ids that is an array read per name instead of a string-keyed Map
// lookup, which was a twentieth of a first stories build.
import { entityIdf, salience, type EntityWeights } from './similarity.js';
import type { StoryFeatures } from './features.js';

/** An article's names as ids, in the order of `features.entities`, with each one's salience there. */
export interface ArticleEntityIds {
  ids: Int32Array;
  salience: Float64Array;
}

export class EntityTable {
  private readonly idOf = new Map<string, number>();
  private df = new Int32Array(1024);

  /** Articles naming `key`. */
  frequency(key: string): number {
    const id = this.idOf.get(key);
    return id === undefined ? 0 : this.df[id]!;
  }

  /** Counts an article's names in the frequencies and gives them as ids. */
  add(features: StoryFeatures): ArticleEntityIds {
    const ids = new Int32Array(features.entities.size);
    const weights = new Float64Array(ids.length);
    let n = 0;
    for (const key of features.entities.keys()) {
      let id = this.idOf.get(key);
      if (id === undefined) {
        id = this.idOf.size;
        this.idOf.set(key, id);
        if (id >= this.df.length) {
          const grown = new Int32Array(this.df.length * 2);
          grown.set(this.df);
          this.df = grown;
        }
      }
      this.df[id]!++;
      weights[n] = salience(features, key);
      ids[n++] = id;
    }
    return { ids, salience: weights };
  }

  /** Takes an article's names out of the frequencies (their ids stay reserved for them). */
  remove(entities: ArticleEntityIds): void {
    for (const id of entities.ids) this.df[id]!--;
  }

  /**
   * `entityWeights(features, df).norm2` for the article these are the names
   * of, in a collection of `count` articles: the same sum, term by term.
   */
  norm2(entities: ArticleEntityIds, count: number): EntityWeights['norm2'] {
    let norm2 = 0;
    for (let i = 0; i < entities.ids.length; i++)
      norm2 += (entityIdf(this.df[entities.ids[i]!]!, count) * entities.salience[i]!) ** 2;
    return norm2;
  }
}
