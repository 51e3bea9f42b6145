// Name variants merged into one entity: "Volodymyr Zelensky", "Zelenskyy",
// "Zelenskyi", "Zleneksy" and "Zelenskiy" are one person. Two names are the
// same when their words meet through the doors the search uses for spelling
// variants (edit distance, anagram, transliteration skeleton), the surname
// deciding for people; aliases the user set always win.
import { normalizeTerm, words } from '../tokenize.js';
import { soundKey, soundsAlike } from '../transliterate.js';
import { anagramKey, editDistance, maxEdits, skeletonKey } from '../variants.js';
import { ROMAN_NUMERAL } from './name-keys.js';
import { SurnameIndex } from './surname-index.js';

/** `other`: a proper name compromise could not place in the first three. */
export const ENTITY_KINDS = ['person', 'place', 'organization', 'other'] as const;
export type EntityKind = (typeof ENTITY_KINDS)[number];

export interface NameMention {
  name: string;
  kind: EntityKind;
}

export interface MergedEntity {
  /** Stable key: the normalised words of the first name seen for it. */
  key: string;
  kind: EntityKind;
  /** The form written most often. */
  name: string;
  /** Every form seen or set by the user, with how often each was seen. */
  forms: Map<string, number>;
  /** Aliases the user added (kept even when no article writes them). */
  userAliases: Set<string>;
}

/** Remembered per process: a notebook names the same people and places in article after article. */
const MAX_REMEMBERED = 100_000;
const wordsOfName = new Map<string, readonly string[]>();

export function nameWords(name: string): readonly string[] {
  let found = wordsOfName.get(name);
  if (!found) {
    if (wordsOfName.size >= MAX_REMEMBERED) wordsOfName.clear();
    wordsOfName.set(name, (found = words(name).map((w) => w.term)));
  }
  return found;
}

/** The keys a word meets its variants by, worked out once per distinct word. */
interface WordShape {
  /** A Roman numeral ("xiv"): told exactly, never as a variant. */
  numeral: boolean;
  edits: number;
  anagram: string | undefined;
  skeleton: string | undefined;
  sound: string | undefined;
}
const shapes = new Map<string, WordShape>();

function shapeOf(word: string): WordShape {
  let shape = shapes.get(word);
  if (!shape) {
    if (shapes.size >= MAX_REMEMBERED) shapes.clear();
    shape = {
      numeral: ROMAN_NUMERAL.test(word),
      edits: maxEdits(word),
      anagram: anagramKey(word),
      skeleton: skeletonKey(word),
      sound: soundKey(word),
    };
    shapes.set(word, shape);
  }
  return shape;
}

/** Whether two normalised words are spellings of one name. */
export function sameNameWord(a: string, b: string): boolean {
  if (a === b) return true;
  // Numerals are told exactly: "XIV" and "XVI" are anagrams one edit apart, and two popes.
  const x = shapeOf(a);
  const y = shapeOf(b);
  if (x.numeral || y.numeral) return false;
  const limit = Math.min(x.edits, y.edits);
  if (limit > 0 && editDistance(a, b, limit) <= limit) return true;
  if (x.anagram && x.anagram === y.anagram) return true;
  if (x.skeleton !== undefined && x.skeleton === y.skeleton && Math.abs(a.length - b.length) <= 3) return true;
  // soundsAlike needs equal sound keys first: most pairs are told apart by the remembered keys alone.
  return x.sound !== undefined && x.sound === y.sound && soundsAlike(a, b);
}

function sameGivenName(x: string, y: string): boolean {
  return sameNameWord(x, y) || (x.length === 1 && y.startsWith(x)) || (y.length === 1 && x.startsWith(y));
}

/**
 * Whether a mention can name the entity. For people the surname decides, and
 * a written given name must agree with the given name of one of the entity's
 * full forms: a bare "Zelenskyy" that joined "Volodymyr Zelensky" must not
 * carry "Olena Zelenska" in with it.
 */
function compatible(mention: readonly string[], entity: MergedEntity, kind: EntityKind): boolean {
  if (!mention.length) return false;
  if (kind !== 'person' && entity.kind !== 'person') {
    for (const form of entity.forms.keys()) {
      const other = nameWords(form);
      if (mention.length === other.length && mention.every((w, i) => sameNameWord(w, other[i]!))) return true;
    }
    return false;
  }
  let surname = false;
  let hasGivenName = false;
  let givenNameAgrees = false;
  for (const form of entity.forms.keys()) {
    const other = nameWords(form);
    if (!other.length || !sameNameWord(mention.at(-1)!, other.at(-1)!)) continue;
    surname = true;
    if (other.length > 1) {
      hasGivenName = true;
      if (mention.length > 1 && sameGivenName(mention[0]!, other[0]!)) givenNameAgrees = true;
    }
  }
  return surname && (mention.length === 1 || !hasGivenName || givenNameAgrees);
}

/** How well an entity fits a mention: the surname written exactly as it is first, then how often the entity is named. */
function fit(mention: readonly string[], entity: MergedEntity): [number, number] {
  let exact = 0;
  let seen = 0;
  for (const [form, n] of entity.forms) {
    seen += n;
    if (nameWords(form).at(-1) === mention.at(-1)) exact = 1;
  }
  return [exact, seen];
}

export class EntityMerger {
  private readonly entities = new Map<string, MergedEntity>();
  /** A normalised form → its entity key, so a form seen once is never matched again. */
  private readonly byForm = new Map<string, string>();
  /**
   * Surname (last word) skeleton or the word itself → keys, to find candidates fast, each with when it was filed
   * there: candidates are taken in that order, which decides between entities that fit a mention equally well.
   */
  private readonly byLastWord = new Map<string, Map<string, number>>();
  private filings = 0;
  /** The distinct last words of every entity's forms. */
  private readonly surnames = new SurnameIndex();

  /** The entity a mention belongs to, made when none fits. */
  add(mention: NameMention): MergedEntity {
    const normal = nameWords(mention.name).join(' ');
    const known = this.byForm.get(normal);
    if (known) return this.count(this.entities.get(known)!, mention.name);
    const ws = nameWords(mention.name);
    // Of several entities a mention fits (a bare surname two relatives share), the best fit takes it.
    let best: MergedEntity | undefined;
    let bestFit: [number, number] = [-1, -1];
    for (const key of this.candidates(ws)) {
      const entity = this.entities.get(key)!;
      if (!compatible(ws, entity, mention.kind)) continue;
      const f = fit(ws, entity);
      if (f[0] > bestFit[0] || (f[0] === bestFit[0] && f[1] > bestFit[1])) [best, bestFit] = [entity, f];
    }
    if (best) {
      this.byForm.set(normal, best.key);
      return this.count(best, mention.name);
    }
    // An entity under this very key that no candidate search reached (one the user's aliases made, with no
    // forms yet) is this name's: replacing it would lose its aliases and its counts.
    const same = this.entities.get(normal);
    if (same) {
      this.byForm.set(normal, normal);
      return this.count(same, mention.name);
    }
    const entity: MergedEntity = {
      key: normal,
      kind: mention.kind,
      name: mention.name,
      forms: new Map(),
      userAliases: new Set(),
    };
    this.entities.set(normal, entity);
    this.byForm.set(normal, normal);
    this.index(ws, normal);
    return this.count(entity, mention.name);
  }

  /**
   * Counts a mention for the entity `key` that {@link add} gave it in an
   * earlier process, without looking for candidates: restoring the mentions in
   * their order gives the merger that assigned them. Makes the entity when no
   * earlier mention did.
   */
  restore(mention: NameMention, key: string): MergedEntity {
    const ws = nameWords(mention.name);
    const normal = ws.join(' ');
    let entity = this.entities.get(key);
    if (!entity) {
      entity = { key, kind: mention.kind, name: mention.name, forms: new Map(), userAliases: new Set() };
      this.entities.set(key, entity);
      this.index(normal === key ? ws : nameWords(key), key);
    }
    if (!this.byForm.has(normal)) this.byForm.set(normal, key);
    return this.count(entity, mention.name);
  }

  /** User aliases: every alias names this entity from now on. */
  setAliases(key: string, name: string, aliases: readonly string[]): MergedEntity {
    const entity = this.entities.get(key) ?? {
      key,
      kind: 'person' as EntityKind,
      name,
      forms: new Map(),
      userAliases: new Set(),
    };
    this.entities.set(key, entity);
    entity.name = name;
    entity.userAliases = new Set(aliases);
    for (const alias of [name, ...aliases]) {
      const normal = nameWords(alias).join(' ');
      if (!normal) continue;
      this.byForm.set(normal, key);
      this.index(nameWords(alias), key);
    }
    return entity;
  }

  get(key: string): MergedEntity | undefined {
    return this.entities.get(key);
  }

  all(): MergedEntity[] {
    return [...this.entities.values()];
  }

  private count(entity: MergedEntity, form: string): MergedEntity {
    if (!entity.forms.has(form)) {
      const last = nameWords(form).at(-1);
      if (last !== undefined) this.surnames.add(last, entity.key, shapeOf(last));
    }
    entity.forms.set(form, (entity.forms.get(form) ?? 0) + 1);
    if (entity.userAliases.size === 0) {
      let best = entity.name;
      for (const [f, n] of entity.forms) if (n > (entity.forms.get(best) ?? 0)) best = f;
      entity.name = best;
    }
    return entity;
  }

  private lastWordKeys(ws: readonly string[]): string[] {
    const last = ws.at(-1);
    if (!last) return [];
    const shape = shapeOf(last);
    return [
      `s:${shape.skeleton ?? last}`,
      `a:${shape.anagram ?? last}`,
      `l:${last[0]}${last.length}`,
      `p:${shape.sound ?? last}`,
    ];
  }

  private index(ws: readonly string[], key: string): void {
    for (const k of this.lastWordKeys(ws)) {
      let filed = this.byLastWord.get(k);
      if (!filed) this.byLastWord.set(k, (filed = new Map()));
      if (!filed.has(key)) filed.set(key, this.filings++);
    }
  }

  /**
   * The entities filed under the keys of a mention's last word (or a length within two) with a form ending in a
   * spelling of it, in the order the keys and their entities were filed: every entity that can fit (see
   * {@link compatible}) has such a form, and most filed under those keys have none. Their spellings are looked up
   * in the surname index rather than each candidate's words compared with the mention's.
   */
  private candidates(ws: readonly string[]): string[] {
    const last = ws.at(-1);
    if (!last) return [];
    const keys = this.lastWordKeys(ws);
    // Edits change the length by up to two letters.
    for (let d = -2; d <= 2; d++) if (d) keys.push(`l:${last[0]}${last.length + d}`);
    const filed = keys.map((k) => this.byLastWord.get(k));
    const ranked: { at: number; when: number; key: string }[] = [];
    for (const key of this.surnames.keysMeeting(last, shapeOf(last), (word) => sameNameWord(last, word))) {
      for (let at = 0; at < filed.length; at++) {
        const when = filed[at]?.get(key);
        if (when === undefined) continue;
        ranked.push({ at, when, key });
        break;
      }
    }
    return ranked.sort((x, y) => x.at - y.at || x.when - y.when).map((r) => r.key);
  }
}

/** The normalised form of a single word, for callers comparing one word. */
export function normalName(name: string): string {
  return nameWords(name).join(' ') || normalizeTerm(name);
}
