// franc's language detection (franc-min's trigram models and script
// expressions, read from the package), answered the same way for a fixed set
// of languages but without franc's per-call costs: franc filters its models
// and looks each of a text's trigrams up in every language's model, an object
// of 300 keys, on every call. Here the chosen languages' ranks are gathered
// once into one table, trigram → rank in each language, so a text costs one
// lookup per distinct trigram. Import runs it three times per article.
import { data } from 'franc-min/data.js';
import { expressions } from 'franc-min/expressions.js';

/** franc's penalty for a trigram a language's model lacks, and its shortest text by default. */
const MAX_DIFFERENCE = 300;
const MAX_LENGTH = 2048;
const UNDETERMINED = 'und';

/**
 * The chosen languages of one script, in franc's order, and for each trigram
 * the languages whose model has it, with its rank there: pairs of (index of
 * the language, rank), most trigrams being in a few of the models only.
 */
interface ScriptModels {
  languages: string[];
  ranks: Map<string, number[]>;
}

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
    return closest(trigramCounts(value), models);
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
    models = { languages, ranks };
    this.scripts.set(script, models);
    return models;
  }
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

/** The script with the most characters in the text (the first such in franc's order), and its share of them. */
function topScript(value: string): [string | undefined, number] {
  const counts = new Int32Array(SCRIPTS.length);
  // By code point, as each expression matches one character (a surrogate pair is one).
  for (const character of value) for (const at of scriptsOf(character)) counts[at]!++;
  let top = 0;
  for (let at = 1; at < counts.length; at++) if (counts[at]! > counts[top]!) top = at;
  return [SCRIPTS[top], counts[top]! / value.length || 0];
}

/** How often each trigram occurs in the text, cleaned as franc cleans it (trigram-utils). */
function trigramCounts(value: string): Map<string, number> {
  const cleaned = ` ${value
    .replace(/[\u0021-\u0040]+/gu, ' ')
    .replace(/\s+/gu, ' ')
    .trim()
    .toLowerCase()} `;
  const counts = new Map<string, number>();
  for (let at = 0; at + 3 <= cleaned.length; at++) {
    const trigram = cleaned.slice(at, at + 3);
    counts.set(trigram, (counts.get(trigram) ?? 0) + 1);
  }
  return counts;
}

/**
 * The language at the least distance, by franc's measure, on a tie the one
 * franc lists first. franc's distance to a language adds, for each trigram of
 * the text, the difference of its count and its rank there, or 300 if the
 * language lacks it: that is 300 per trigram less, for the trigrams the
 * language has, 300 minus their difference; the least distance is the
 * greatest such saving.
 */
function closest(counts: Map<string, number>, { languages, ranks }: ScriptModels): string {
  const saved = new Float64Array(languages.length);
  for (const [trigram, count] of counts) {
    const row = ranks.get(trigram);
    if (!row) continue;
    for (let at = 0; at < row.length; at += 2) {
      const language = row[at]!;
      saved[language] = saved[language]! + MAX_DIFFERENCE - Math.abs(count - row[at + 1]! - 1);
    }
  }
  let best = 0;
  for (let at = 1; at < saved.length; at++) if (saved[at]! > saved[best]!) best = at;
  return languages[best]!;
}
