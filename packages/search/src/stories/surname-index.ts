// The entities' surnames (the last words of their forms) filed so that a new
// form finds the few words that can be spellings of its own without comparing
// it with every word of every entity of a like first letter and length.
// A word is a spelling of another (sameNameWord in names.ts) when the two are
// equal, share an anagram, skeleton or sound key, or lie within the edits both
// allow. Keys are looked up; for edits, each word is filed under every string
// its allowed deletions leave: two words within k edits (optimal string
// alignment: substitution, insertion, deletion, adjacent transposition) leave a
// common string after at most k deletions from each, so a word's neighbours
// within its edits are among the words filed under its own deletions.
import { maxEdits } from '../spelling-keys.js';

/** The keys besides deletions under which a word meets its spellings (undefined: none). */
export interface SurnameKeys {
  anagram: string | undefined;
  skeleton: string | undefined;
  sound: string | undefined;
}

/** `word` and every string that up to `edits` deleted characters leave of it, each once. */
export function deletions(word: string, edits: number): Set<string> {
  const found = new Set<string>([word]);
  let layer = [word];
  for (let round = 0; round < edits; round++) {
    const next: string[] = [];
    for (const w of layer) {
      for (let i = 0; i < w.length; i++) {
        const shorter = w.slice(0, i) + w.slice(i + 1);
        if (!found.has(shorter)) {
          found.add(shorter);
          next.push(shorter);
        }
      }
    }
    layer = next;
  }
  return found;
}

export class SurnameIndex {
  /** Surname → keys of the entities with a form ending in it, in the order they came by it. */
  private readonly keysOf = new Map<string, Set<string>>();
  /** A filing string (`d:` a deletion string, `a:`/`s:`/`p:` a key) → the surnames filed under it. */
  private readonly filed = new Map<string, string[]>();

  /** Files `word` as a surname of the entity `key`. */
  add(word: string, key: string, keys: SurnameKeys): void {
    let owners = this.keysOf.get(word);
    if (!owners) {
      this.keysOf.set(word, (owners = new Set()));
      for (const at of this.filingsOf(word, keys)) {
        const words = this.filed.get(at);
        if (words) words.push(word);
        else this.filed.set(at, [word]);
      }
    }
    owners.add(key);
  }

  /**
   * Keys of the entities with a surname that `matches` (called once per
   * surname filed where `word` looks), a superset of the surnames that are
   * spellings of `word` being looked at.
   */
  keysMeeting(word: string, keys: SurnameKeys, matches: (surname: string) => boolean): Set<string> {
    const looked = new Set<string>();
    const found = new Set<string>();
    for (const at of this.filingsOf(word, keys)) {
      for (const surname of this.filed.get(at) ?? []) {
        if (looked.has(surname)) continue;
        looked.add(surname);
        if (matches(surname)) for (const key of this.keysOf.get(surname)!) found.add(key);
      }
    }
    return found;
  }

  private *filingsOf(word: string, keys: SurnameKeys): Iterable<string> {
    for (const shorter of deletions(word, maxEdits(word))) yield `d:${shorter}`;
    if (keys.anagram !== undefined) yield `a:${keys.anagram}`;
    if (keys.skeleton !== undefined) yield `s:${keys.skeleton}`;
    if (keys.sound !== undefined) yield `p:${keys.sound}`;
  }
}
