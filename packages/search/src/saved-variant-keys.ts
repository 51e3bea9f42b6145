// The keys through which a term meets its spelling variants (sound, consonant
// skeleton, anagram), computed when a vocabulary is saved and read back with
// it. Computing them for every term of a 100k-article notebook — and
// building the lookups from them — was most of the first search after a cold
// open. With the keys at hand, the first few queries after opening are
// answered by scanning flat arrays (a few milliseconds each); after that the
// vocabulary builds its lookups from these keys, without computing one.
import { soundDoorKey } from './transliterate.js';
import { anagramKey, editDistance, skeletonKey } from './variants.js';

/** A term's variant keys; `undefined` where the term has none (too short, a number). */
export interface VariantKeys {
  sound: string | undefined;
  skeleton: string | undefined;
  anagram: string | undefined;
}

/**
 * The keys `TermVocabulary` files `term` under.
 *
 * @example
 * variantKeysOf('zelensky') // => { sound: 'slnsk', skeleton: 'zlnsk', anagram: 'zeeklnsy' }
 */
export function variantKeysOf(term: string): VariantKeys {
  return { sound: soundDoorKey(term), skeleton: skeletonKey(term), anagram: anagramKey(term) };
}

/** Terms checked against the key functions of this build when saved keys are taken in. */
const SPOT_CHECKS = 64;

/** The lookups `TermVocabulary` keeps, by key. */
export interface VariantBuckets {
  bySound: Map<string, Set<string>>;
  bySkeleton: Map<string, Set<string>>;
  byAnagram: Map<string, Set<string>>;
}

/** Saved keys of one vocabulary: `keys[i]` belongs to `terms[i]`. */
export class SavedVariantKeys {
  private constructor(
    readonly terms: readonly string[],
    private readonly sound: readonly (string | undefined)[],
    private readonly skeleton: readonly (string | undefined)[],
    private readonly anagram: readonly (string | undefined)[],
  ) {}

  /**
   * The saved keys (`sound[i]` etc. of `terms[i]`), or null when a spot check of evenly spread terms finds a
   * key that this build's key functions would not give (keys saved by an
   * older or newer Dossier whose rules differ): stale keys would change what
   * a search finds.
   *
   * @example
   * SavedVariantKeys.checked(['zelensky'], ['slnsk'], ['zlnsk'], ['zeeklnsy']) // => SavedVariantKeys
   * SavedVariantKeys.checked(['zelensky'], ['x'], [undefined], [undefined])     // => null (stale keys)
   */
  static checked(
    terms: readonly string[],
    sound: readonly (string | undefined)[],
    skeleton: readonly (string | undefined)[],
    anagram: readonly (string | undefined)[],
  ): SavedVariantKeys | null {
    const n = terms.length;
    if (sound.length !== n || skeleton.length !== n || anagram.length !== n) return null;
    const step = Math.max(1, Math.floor(n / SPOT_CHECKS));
    for (let i = 0; i < n; i += step) {
      const expected = variantKeysOf(terms[i]!);
      if (expected.sound !== sound[i] || expected.skeleton !== skeleton[i] || expected.anagram !== anagram[i]) {
        return null;
      }
    }
    return new SavedVariantKeys(terms, sound, skeleton, anagram);
  }

  get size(): number {
    return this.terms.length;
  }

  withSound(key: string | undefined): string[] {
    return this.scan(this.sound, key);
  }

  withSkeleton(key: string | undefined): string[] {
    return this.scan(this.skeleton, key);
  }

  withAnagram(key: string | undefined): string[] {
    return this.scan(this.anagram, key);
  }

  /** The lookups, filled from the saved keys. */
  buckets(): VariantBuckets {
    const buckets: VariantBuckets = { bySound: new Map(), bySkeleton: new Map(), byAnagram: new Map() };
    for (let i = 0; i < this.terms.length; i++) {
      const term = this.terms[i]!;
      file(buckets.bySound, this.sound[i], term);
      file(buckets.bySkeleton, this.skeleton[i], term);
      file(buckets.byAnagram, this.anagram[i], term);
    }
    return buckets;
  }

  private scan(keys: readonly (string | undefined)[], key: string | undefined): string[] {
    const found: string[] = [];
    if (key === undefined) return found;
    for (let i = 0; i < keys.length; i++) if (keys[i] === key) found.push(this.terms[i]!);
    return found;
  }
}

/**
 * The terms of `terms` within `limit` edits of `term` (optimal string
 * alignment: a swap of neighbours is one edit), by comparing with each term
 * of similar length: what the vocabulary's radix tree finds, without the tree.
 */
export function termsWithinEdits(terms: Iterable<string>, term: string, limit: number): string[] {
  const found: string[] = [];
  for (const candidate of terms) {
    if (Math.abs(candidate.length - term.length) <= limit && editDistance(term, candidate, limit) <= limit) {
      found.push(candidate);
    }
  }
  return found;
}

/** The terms of `terms` that start with `prefix`. */
export function termsWithPrefix(terms: Iterable<string>, prefix: string): string[] {
  const found: string[] = [];
  for (const candidate of terms) if (candidate.startsWith(prefix)) found.push(candidate);
  return found;
}

function file(map: Map<string, Set<string>>, key: string | undefined, term: string): void {
  if (key === undefined) return;
  const bucket = map.get(key);
  if (bucket) bucket.add(term);
  else map.set(key, new Set([term]));
}

/** Where `TermVocabulary` looks a term's variants up: its lookups, or scans. */
export interface VariantDoors {
  withinEdits(term: string, limit: number): Iterable<string>;
  withPrefix(prefix: string): Iterable<string>;
  withSound(key: string | undefined): Iterable<string>;
  withSkeleton(key: string | undefined): Iterable<string>;
  withAnagram(key: string | undefined): Iterable<string>;
}

/** Doors that scan `saved` (its terms must be the vocabulary's very terms). */
export function scanDoors(saved: SavedVariantKeys): VariantDoors {
  return {
    withinEdits: (term, limit) => termsWithinEdits(saved.terms, term, limit),
    withPrefix: (prefix) => termsWithPrefix(saved.terms, prefix),
    withSound: (key) => saved.withSound(key),
    withSkeleton: (key) => saved.withSkeleton(key),
    withAnagram: (key) => saved.withAnagram(key),
  };
}
