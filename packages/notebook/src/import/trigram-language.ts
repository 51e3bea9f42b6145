// franc's language detection (franc-min's trigram models and script
// expressions, read from the package), answered the same way for a fixed set
// of languages but without franc's per-call costs: franc filters its models
// and looks each of a text's trigrams up in every language's model, an object
// of 300 keys, on every call. Here the chosen languages' ranks are gathered
// once into flat tables, trigram → rank in each language, so a text costs one
// probe per trigram and no string or map of its own. Import runs it three
// times per article.
import { data } from 'franc-min/data.js';
import { expressions } from 'franc-min/expressions.js';

/** franc's penalty for a trigram a language's model lacks, and its shortest text by default. */
const MAX_DIFFERENCE = 300;
const MAX_LENGTH = 2048;
const UNDETERMINED = 'und';

/**
 * The chosen languages of one script, in franc's order, and for each trigram
 * their models have, the languages whose model has it with its rank there:
 * pairs of (index of the language, rank), most trigrams being in a few of the
 * models only. A trigram is found by its three UTF-16 code units as one
 * number, in a table of open addressing: a text costs one probe per trigram,
 * and a trigram no model has is passed over without making a string of it.
 */
interface ScriptModels {
  languages: string[];
  /** Slot → the trigram's code units as one number (`EMPTY` when free), and its number among the known trigrams. */
  keys: Float64Array;
  ids: Int32Array;
  /** Known trigram's number → where its pairs start in `pairs` (and the next one's, where they end). */
  rowStart: Int32Array;
  pairs: Int32Array;
  /** Per known trigram, its count in the text being weighed (reset after each text). */
  counts: Int32Array;
}

const EMPTY = -1;

/** Three UTF-16 code units as one number (exact: 48 bits). */
const keyOf = (a: number, b: number, c: number) => (a * 65536 + b) * 65536 + c;

/** A slot to start probing at; the table's size is a power of two. */
const slotOf = (a: number, b: number, c: number, mask: number) =>
  (Math.imul(a, 0x9e3779b1) ^ Math.imul(b, 0x85ebca77) ^ Math.imul(c, 0xc2b2ae3d)) & mask;

export class TrigramLanguages {
  private readonly scripts = new Map<string, ScriptModels>();
  private readonly only: ReadonlySet<string>;

  /** @param only the languages told apart, as franc's `only` option (ISO 639-3 codes). */
  constructor(only: readonly string[]) {
    this.only = new Set(only);
  }

  /**
   * The language franc would name for the first `length` characters of
   * `text`, told apart among the constructor's languages: 'und' when the
   * sample is shorter than `minLength` or its script is none of theirs.
   *
   * @example
   * new TrigramLanguages(['eng', 'fra']).detect('Finalement qu’est-ce qui a été dit…', 300, 40) // => 'fra'
   */
  detect(text: string, length: number, minLength: number): string {
    const value = text.slice(0, Math.min(length, MAX_LENGTH));
    if (!value || value.length < minLength) return UNDETERMINED;
    const [script, share] = topScript(value);
    if (script === undefined) return UNDETERMINED;
    if (!(script in data)) return share > 0 && this.only.has(script) ? script : UNDETERMINED;
    const models = this.modelsOf(script);
    if (!models.languages.length) return UNDETERMINED;
    return closest(value, models);
  }

  private modelsOf(script: string): ScriptModels {
    let models = this.scripts.get(script);
    if (models) return models;
    const own = data[script]!;
    const languages = Object.keys(own).filter((language) => this.only.has(language));
    const ranks = new Map<string, number[]>();
    languages.forEach((language, at) => {
      const rankOf = new Map<string, number>();
      const model = own[language]!.split('|');
      // Backwards, as franc builds its models: a trigram listed twice keeps its first rank.
      for (let rank = model.length - 1; rank >= 0; rank--) rankOf.set(model[rank]!, rank);
      for (const [trigram, rank] of rankOf) {
        const row = ranks.get(trigram);
        if (row) row.push(at, rank);
        else ranks.set(trigram, [at, rank]);
      }
    });
    models = tablesOf(languages, ranks);
    this.scripts.set(script, models);
    return models;
  }
}

/** The tables of `ScriptModels` for these trigrams (each of three code units, as franc's models hold them). */
function tablesOf(languages: string[], ranks: Map<string, number[]>): ScriptModels {
  let size = 1;
  while (size < ranks.size * 2) size *= 2;
  const mask = size - 1;
  const keys = new Float64Array(size).fill(EMPTY);
  const ids = new Int32Array(size);
  const rowStart = new Int32Array(ranks.size + 1);
  const pairs = new Int32Array([...ranks.values()].reduce((n, row) => n + row.length, 0));
  let id = 0;
  let end = 0;
  for (const [trigram, row] of ranks) {
    if (trigram.length !== 3) continue;
    const a = trigram.charCodeAt(0);
    const b = trigram.charCodeAt(1);
    const c = trigram.charCodeAt(2);
    let slot = slotOf(a, b, c, mask);
    while (keys[slot] !== EMPTY) slot = (slot + 1) & mask;
    keys[slot] = keyOf(a, b, c);
    ids[slot] = id;
    rowStart[id] = end;
    pairs.set(row, end);
    end += row.length;
    rowStart[++id] = end;
  }
  return { languages, keys, ids, rowStart: rowStart.subarray(0, id + 1), pairs, counts: new Int32Array(id) };
}

/** franc's scripts, in its order, each as a test of one character. */
const SCRIPTS = Object.keys(expressions);
const SCRIPT_OF_CHARACTER = SCRIPTS.map((script) => new RegExp(`^(?:${expressions[script]!.source})$`));
/**
 * The scripts (indexes into SCRIPTS) each character seen belongs to: franc
 * matches every script's expression against the whole text, which is most of
 * its cost on a short one; a text has few distinct characters.
 */
const scriptsOfCharacter = new Map<string, number[]>();
const MAX_CHARACTERS_REMEMBERED = 100_000;

function scriptsOf(character: string): number[] {
  let scripts = scriptsOfCharacter.get(character);
  if (scripts) return scripts;
  scripts = SCRIPT_OF_CHARACTER.flatMap((test, at) => (test.test(character) ? [at] : []));
  if (scriptsOfCharacter.size < MAX_CHARACTERS_REMEMBERED) scriptsOfCharacter.set(character, scripts);
  return scripts;
}

/**
 * `scriptsOf` each character of one UTF-16 unit, by its code. Made at its full
 * length: an array grown by writes at scattered codes ("’" is 8217) falls
 * back to a dictionary, and its look-up was a fifth of a detection.
 */
const scriptsOfUnit: (number[] | undefined)[] = new Array<number[] | undefined>(0x10000);

/** The script with the most characters in the text (the first such in franc's order), and its share of them. */
function topScript(value: string): [string | undefined, number] {
  const counts = new Int32Array(SCRIPTS.length);
  // By code point, as each expression matches one character (a surrogate pair is one); a character of one UTF-16
  // unit, nearly all of them, is looked up by its code, without a string made of it.
  for (let at = 0; at < value.length; at++) {
    const unit = value.charCodeAt(at);
    let scripts: number[];
    if (unit < 0xd800 || unit > 0xdfff) scripts = scriptsOfUnit[unit] ??= scriptsOf(value[at]!);
    else {
      const pair = unit <= 0xdbff && (value.charCodeAt(at + 1) & 0xfc00) === 0xdc00;
      scripts = scriptsOf(value.slice(at, pair ? at + 2 : at + 1));
      if (pair) at++;
    }
    for (const script of scripts) counts[script]!++;
  }
  let top = 0;
  for (let at = 1; at < counts.length; at++) if (counts[at]! > counts[top]!) top = at;
  return [SCRIPTS[top], counts[top]! / value.length || 0];
}

/** The text cleaned as franc cleans it before taking its trigrams (trigram-utils). */
function cleaned(value: string): string {
  return ` ${value
    .replace(/[\u0021-\u0040]+/gu, ' ')
    .replace(/\s+/gu, ' ')
    .trim()
    .toLowerCase()} `;
}

/**
 * The language at the least distance, by franc's measure, on a tie the one
 * franc lists first. franc's distance to a language adds, for each distinct
 * trigram of the text, the difference of its count and its rank there, or
 * 300 if the language lacks it: that is 300 per trigram less, for the
 * trigrams the language has, 300 minus their difference; the least distance
 * is the greatest such saving. Trigrams no model has save nothing.
 */
function closest(value: string, { languages, keys, ids, rowStart, pairs, counts }: ScriptModels): string {
  const text = cleaned(value);
  const mask = keys.length - 1;
  const found: number[] = [];
  for (let at = 0; at + 3 <= text.length; at++) {
    const a = text.charCodeAt(at);
    const b = text.charCodeAt(at + 1);
    const c = text.charCodeAt(at + 2);
    const key = keyOf(a, b, c);
    let slot = slotOf(a, b, c, mask);
    while (keys[slot] !== key && keys[slot] !== EMPTY) slot = (slot + 1) & mask;
    if (keys[slot] === EMPTY) continue;
    const id = ids[slot]!;
    if (counts[id]!++ === 0) found.push(id);
  }
  const saved = new Float64Array(languages.length);
  for (const id of found) {
    const count = counts[id]!;
    counts[id] = 0;
    for (let at = rowStart[id]!; at < rowStart[id + 1]!; at += 2) {
      const language = pairs[at]!;
      saved[language] = saved[language]! + MAX_DIFFERENCE - Math.abs(count - pairs[at + 1]! - 1);
    }
  }
  let best = 0;
  for (let at = 1; at < saved.length; at++) if (saved[at]! > saved[best]!) best = at;
  return languages[best]!;
}
