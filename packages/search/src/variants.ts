// Spelling variants of a query term among the terms actually indexed. News
// transliterates names many ways (Zelensky, Zelenskyy, Zelenskiy, Zelenskyi)
// and typos swap letters (Zleneksy); plain Levenshtein fuzziness misses the
// swaps and would need a tolerance that drowns short words in noise. So a term
// meets its variants through three narrow doors, each checked against the
// vocabulary of the index, never invented.
import SearchableMap from 'minisearch/SearchableMap';
import { scanDoors, type SavedVariantKeys, type VariantDoors } from './saved-variant-keys.js';
import { soundDoorKey, soundsAlike } from './transliterate.js';
import { anagramKey, editDistance, maxEdits, skeletonKey } from './spelling-keys.js';
import { TermCounts } from './term-counts.js';

export { anagramKey, editDistance, maxEdits, MIN_VARIANT_LENGTH, skeletonKey } from './spelling-keys.js';

/** How many answers of each kind a vocabulary remembers between changes. */
const ANSWERS_KEPT = 4096;

/**
 * Most variants a term is searched with: the closest (sound-alike and
 * shuffled spellings, then one edit, then two), the commonest first among
 * equals. Every variant is one more term FTS5's bm25 weighs for every article
 * found: a common seven-letter word has dozens of rare neighbours within two
 * edits, and with them (58 for `meeting`) a search at 100k articles took 5×
 * as long as the word alone.
 */
export const MAX_VARIANTS = 8;

/**
 * Answers after loading a vocabulary with saved keys that scan them instead of
 * building the lookups: enough for the first search or two after a cold open,
 * few enough that a run of searches soon gets the lookups (a scan of 40k terms
 * costs a few milliseconds; the lookups answer in microseconds).
 */
export const SCANNED_ANSWERS = 8;

/**
 * The indexed terms with their document frequency, and the lookups that find a
 * term's variants. Kept in step with the index by `add`/`remove` of each
 * document's distinct terms.
 */
export class TermVocabulary {
  private readonly frequency = new TermCounts();
  // The lookups below are built from `frequency` on the first query that needs each one, then kept in step
  // by `link`: building all of them for a vocabulary of 100k articles took ~0.6 s of a cold open, and a
  // short word or a prefix needs only one of them.
  private lazyTree: SearchableMap<true> | null = null;
  private lazyShapes: { byAnagram: Map<string, Set<string>>; bySkeleton: Map<string, Set<string>> } | null = null;
  private lazySound: Map<string, Set<string>> | null = null;
  /** Answers of {@link commonCompletions} and {@link variantsOf}, valid until the next change. */
  private readonly completions = new Map<string, string[]>();
  private readonly variants = new Map<string, string[]>();
  /** Keys saved with the vocabulary (saved-variant-keys.ts), while it is still the vocabulary they were saved for. */
  private saved: SavedVariantKeys | null = null;
  private scansLeft = 0;
  private readonly lookups: VariantDoors = {
    withinEdits: (term, limit) => this.withinEdits(term, limit),
    withPrefix: (prefix) => this.tree.atPrefix(prefix).keys(),
    withSound: (key) => (key !== undefined && this.bySound.get(key)) || [],
    withSkeleton: (key) => (key !== undefined && this.bySkeleton.get(key)) || [],
    withAnagram: (key) => (key !== undefined && this.byAnagram.get(key)) || [],
  };

  /** Counts one more document for each of `terms` (distinct). */
  add(terms: Iterable<string>): void {
    this.forgetAnswers();
    for (const term of terms) if (this.frequency.add(term, 1) === 0) this.link(term, true);
  }

  /**
   * Counts `documents` more documents for each term given with its count: for
   * loading a vocabulary whose counts are stored (an on-disk index) without
   * replaying every document.
   *
   * @example
   * vocabulary.addCounts([['kremlin', 12], ['zelensky', 3]])
   */
  addCounts(entries: Iterable<readonly [string, number]>): void {
    this.forgetAnswers();
    for (const [term, documents] of entries) {
      if (!term || documents <= 0) continue;
      if (this.frequency.add(term, documents) === 0) this.link(term, true);
    }
  }

  /** Counts one document fewer for each of `terms` (distinct); forgets terms no document has. */
  remove(terms: Iterable<string>): void {
    this.forgetAnswers();
    for (const term of terms) if (this.frequency.subtractOne(term) === 1) this.link(term, false);
  }

  private forgetAnswers(): void {
    this.completions.clear();
    this.variants.clear();
    this.saved = null;
  }

  /**
   * Takes the variant keys saved with the terms just loaded by `addCounts`
   * (ignored unless they name exactly those terms): the next
   * {@link SCANNED_ANSWERS} answers scan them, and the lookups are built from
   * them, with no key computed. Any change forgets them.
   */
  useSavedKeys(keys: SavedVariantKeys): void {
    if (keys.size !== this.frequency.size || !keys.terms.every((t) => this.frequency.has(t))) return;
    this.saved = keys;
    this.scansLeft = SCANNED_ANSWERS;
  }

  /** The lookups, or a scan of the saved keys for the first answers after a load (no lookup built for them). */
  private doorsForAnswer(): VariantDoors {
    if (!this.saved || this.scansLeft <= 0) return this.lookups;
    this.scansLeft--;
    return scanDoors(this.saved);
  }

  /** How many documents contain `term` (0 when none). */
  documentFrequency(term: string): number {
    return this.frequency.get(term);
  }

  get size(): number {
    return this.frequency.size;
  }

  /** Every indexed term with its document count, e.g. to save beside an on-disk index and `addCounts` later. */
  entries(): IterableIterator<[string, number]> {
    return this.frequency.entries();
  }

  /**
   * The `limit` indexed terms starting with `prefix` that the most documents
   * contain (most first, then alphabetical). For a word of one or two letters
   * being typed, where a full prefix search would gather thousands of terms.
   *
   * @example
   * vocabulary.commonCompletions('qa', 3) // => ['qatar', 'qatari', 'qaeda']
   */
  commonCompletions(prefix: string, limit: number): string[] {
    const key = `${limit}:${prefix}`;
    const cached = this.completions.get(key);
    if (cached) return cached;
    if (this.completions.size >= ANSWERS_KEPT) this.completions.clear();
    const found: [string, number][] = [];
    for (const term of this.doorsForAnswer().withPrefix(prefix)) found.push([term, this.frequency.get(term)]);
    found.sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
    const answer = found.slice(0, limit).map(([term]) => term);
    this.completions.set(key, answer);
    return answer;
  }

  /**
   * Indexed terms that `term` should also find, `term` itself excluded: within
   * {@link maxEdits} edits (if {@link editVariantCounts} says so), or an anagram under the same first letter (of the
   * term or of an indexed term one edit from it), or the same consonant skeleton, or the same sound across scripts
   * and transliterations (`soundsAlike` in transliterate.ts: Зеленський, Beyrouth, Kiev); at most
   * {@link MAX_VARIANTS} of them, the closest. Empty for numbers; terms under five letters get only their sound-alikes.
   *
   * @example
   * // with zelenskyy, zelenskyi, zleneksy and kremlin indexed
   * vocabulary.variantsOf('zelensky') // => ['zelenskyy', 'zelenskyi', 'zleneksy']
   */
  variantsOf(term: string): string[] {
    const limit = maxEdits(term);
    if (/\d/u.test(term)) return [];
    // Each keystroke plans the words before the one being typed again: their walk of the tree is remembered.
    const cached = this.variants.get(term);
    if (cached) return cached;
    // Short names still have their spellings in other scripts and systems (Kyiv, Kiev, Київ).
    const doors = this.doorsForAnswer();
    const answer = limit === 0 ? this.soundAlikes(term, doors) : this.findVariants(term, limit, doors);
    if (this.variants.size >= ANSWERS_KEPT) this.variants.clear();
    this.variants.set(term, answer);
    return answer;
  }

  private findVariants(term: string, limit: number, doors: VariantDoors): string[] {
    // Each variant with how close it is: 0 for a sound-alike or shuffled spelling, else its edits.
    const closeness = new Map<string, number>();
    const oneEditAway = [term];
    const typed = this.documentFrequency(term);
    for (const candidate of doors.withinEdits(term, limit)) {
      const distance = editDistance(term, candidate, limit);
      if (distance <= limit && editVariantCounts(typed, this.documentFrequency(candidate))) {
        closeness.set(candidate, distance);
      }
      if (distance === 1) oneEditAway.push(candidate);
    }
    // Anagrams of the closest spellings too, so `zelenskyy` reaches `zleneksy` through `zelensky`.
    for (const near of oneEditAway) {
      const anagram = anagramKey(near);
      for (const candidate of doors.withAnagram(anagram)) closeness.set(candidate, 0);
    }
    const skeleton = skeletonKey(term);
    for (const candidate of doors.withSkeleton(skeleton)) {
      if (Math.abs(candidate.length - term.length) <= 3) closeness.set(candidate, 0);
    }
    for (const candidate of this.soundAlikes(term, doors)) closeness.set(candidate, 0);
    closeness.delete(term);
    const closest = [...closeness].sort(
      ([a, x], [b, y]) => x - y || this.documentFrequency(b) - this.documentFrequency(a) || (a < b ? -1 : 1),
    );
    return closest
      .slice(0, MAX_VARIANTS)
      .map(([variant]) => variant)
      .sort();
  }

  /** Indexed terms that sound like `term` across scripts and transliterations (transliterate.ts). */
  private soundAlikes(term: string, doors: VariantDoors): string[] {
    const found: string[] = [];
    for (const candidate of doors.withSound(soundDoorKey(term))) {
      if (candidate !== term && soundsAlike(term, candidate)) found.push(candidate);
    }
    return found.sort();
  }

  /**
   * Every indexed term within `limit` edits of `term` counting a swap of
   * neighbours as one (and perhaps a few more, for the caller to check with
   * {@link editDistance}). The radix tree answers Levenshtein distance, where a
   * swap costs two; so the swaps are made first — each single swap, and for a
   * limit of two each pair of swaps — and the tree is asked for what the
   * remaining edits reach from there. That walks a few branches of the tree
   * instead of comparing the term with every indexed term of similar length.
   */
  private withinEdits(term: string, limit: number): Set<string> {
    const found = new Set<string>(this.tree.fuzzyGet(term, limit).keys());
    for (const swapped of swapsOf(term)) {
      if (limit === 1) {
        if (this.tree.has(swapped)) found.add(swapped);
        continue;
      }
      for (const key of this.tree.fuzzyGet(swapped, limit - 1).keys()) found.add(key);
      for (const twice of swapsOf(swapped)) if (this.tree.has(twice)) found.add(twice);
    }
    return found;
  }

  /** The terms in a radix tree, walked for prefixes and for terms within a few edits. */
  private get tree(): SearchableMap<true> {
    if (!this.lazyTree) {
      this.lazyTree = new SearchableMap<true>();
      for (const term of this.frequency.keys()) this.lazyTree.set(term, true);
    }
    return this.lazyTree;
  }

  private get byAnagram(): Map<string, Set<string>> {
    return this.shapes.byAnagram;
  }

  private get bySkeleton(): Map<string, Set<string>> {
    return this.shapes.bySkeleton;
  }

  private get shapes(): { byAnagram: Map<string, Set<string>>; bySkeleton: Map<string, Set<string>> } {
    if (!this.lazyShapes && this.saved) this.fillFromSavedKeys();
    if (!this.lazyShapes) {
      const shapes = { byAnagram: new Map<string, Set<string>>(), bySkeleton: new Map<string, Set<string>>() };
      for (const term of this.frequency.keys()) {
        updateBucket(shapes.byAnagram, anagramKey(term), term, true);
        updateBucket(shapes.bySkeleton, skeletonKey(term), term, true);
      }
      this.lazyShapes = shapes;
    }
    return this.lazyShapes;
  }

  /** Terms by {@link soundDoorKey}: the door across scripts and transliterations (Зеленський, Beyrouth, Kiev). */
  private get bySound(): Map<string, Set<string>> {
    if (!this.lazySound && this.saved) this.fillFromSavedKeys();
    if (!this.lazySound) {
      const bySound = new Map<string, Set<string>>();
      for (const term of this.frequency.keys()) updateBucket(bySound, soundDoorKey(term), term, true);
      this.lazySound = bySound;
    }
    return this.lazySound;
  }

  private fillFromSavedKeys(): void {
    const { bySound, bySkeleton, byAnagram } = this.saved!.buckets();
    this.lazyShapes ??= { byAnagram, bySkeleton };
    this.lazySound ??= bySound;
    // The lookups now hold what the keys said; no answer scans them any more.
    this.saved = null;
  }

  /** Keeps the lookups built so far in step with a term's arrival or departure (the others read `frequency`). */
  private link(term: string, present: boolean): void {
    if (this.lazyTree) {
      if (present) this.lazyTree.set(term, true);
      else this.lazyTree.delete(term);
    }
    if (this.lazyShapes) {
      updateBucket(this.lazyShapes.byAnagram, anagramKey(term), term, present);
      updateBucket(this.lazyShapes.bySkeleton, skeletonKey(term), term, present);
    }
    if (this.lazySound) updateBucket(this.lazySound, soundDoorKey(term), term, present);
  }
}

/**
 * How much commoner than an indexed word a spelling a few edits from it must
 * be for the word to count as a slip of it (see {@link editVariantCounts}).
 */
export const SLIP_RATIO = 100;

/**
 * A word in more documents than this is common: its neighbours count only
 * when {@link RARE_SLIP_RATIO} times rarer (see {@link editVariantCounts}).
 */
export const COMMON_WORD_DOCUMENTS = 100;
export const RARE_SLIP_RATIO = 10;

/**
 * Whether a term a few edits from the typed term, found in `variant`
 * documents, is one of its variants, the typed term being in `typed`
 * documents. A word no article holds is a misspelling: every neighbour counts.
 * A word the articles hold is a word: a neighbour counts when it is no commoner
 * (a slip or another spelling of it) — for a common word, when it is much
 * rarer — or when the typed word is a rare slip of it (goverment in 3
 * articles, government in 20,000). A neighbour in between is another word
 * (sending and ending, might and night, notes and noted), and the articles it
 * alone brings were most of what a search then had to rank: at 100k
 * articles, `cooling` matched 39,000 of them through `looking`. Sound-alike
 * and shuffled spellings (the skeleton and anagram doors: Zelensky, Zelenskyy,
 * Zleneksy) count whatever their frequency.
 *
 * @example
 * editVariantCounts(0, 20_000)     // => true  (a misspelling)
 * editVariantCounts(40, 25)        // => true  (a rarer spelling of a word in few articles)
 * editVariantCounts(40, 3_000)     // => false (another word)
 * editVariantCounts(75_000, 30_000) // => false (might and night: both common words)
 * editVariantCounts(75_000, 12)    // => true  (a slip of a common word)
 */
export function editVariantCounts(typed: number, variant: number): boolean {
  if (typed === 0 || variant >= typed * SLIP_RATIO) return true;
  return typed <= COMMON_WORD_DOCUMENTS ? variant <= typed : variant * RARE_SLIP_RATIO <= typed;
}

/** `term` with one pair of neighbouring letters swapped, for each pair that differs. */
function swapsOf(term: string): string[] {
  const swapped: string[] = [];
  for (let i = 0; i + 1 < term.length; i++) {
    if (term[i] === term[i + 1]) continue;
    swapped.push(term.slice(0, i) + term[i + 1] + term[i] + term.slice(i + 2));
  }
  return swapped;
}

function updateBucket<K>(map: Map<K, Set<string>>, key: K | undefined, term: string, present: boolean): void {
  if (key === undefined) return;
  const bucket = map.get(key) ?? new Set<string>();
  if (present) bucket.add(term);
  else bucket.delete(term);
  if (bucket.size) map.set(key, bucket);
  else map.delete(key);
}
