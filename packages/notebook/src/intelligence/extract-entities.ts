// People, places and organisations named in an article, found by compromise
// (a maintained rule-and-lexicon NLP library, pure JS, 4 MB, no model
// download) and the language by franc. compromise reads English; for other
// languages its proper-noun tagging of capitalised words still finds names.
import nlp from 'compromise';
import { franc } from 'franc-min';
import type { EntityKind, NameMention } from '@dossier/search';

const HONORIFIC =
  /^(president|prime minister|minister|mr|mrs|ms|dr|sir|general|gen|chancellor|king|queen|senator|director|spokesman|spokesperson|secretary|mayor|governor|pope|prince|princess|judge|justice|ceo|chief|former|ukrainian|russian|american|us|u\.s\.)\.?\s+/iu;

/** Trims titles, possessives and punctuation compromise leaves on a match. */
export function cleanName(raw: string): string {
  let name = raw
    .replace(/[’']s\b/gu, '')
    .replace(/^[^\p{L}]+|[^\p{L}\p{N}]+$/gu, '')
    .replace(/\s+/gu, ' ')
    .trim();
  let previous = '';
  while (previous !== name) {
    previous = name;
    name = name.replace(HONORIFIC, '');
  }
  return name;
}

/** ISO 639-3 code (`eng`, `fra`, `deu`…) or `und` when the text is too short to tell. */
export function detectLanguage(text: string): string {
  return franc(text.slice(0, 4000), { minLength: 40 });
}

export function extractEntities(text: string, language = detectLanguage(text)): NameMention[] {
  const doc = nlp(text);
  const found: NameMention[] = [];
  const take = (matches: string[], kind: EntityKind) => {
    for (const raw of matches) {
      const name = cleanName(raw);
      // One letter or a lower-case word is a tagging slip, not a name.
      if (name.length < 2 || !/^\p{Lu}/u.test(name) || name.split(' ').length > 5) continue;
      found.push({ name, kind });
    }
  };
  take(doc.people().out('array') as string[], 'person');
  take(doc.places().out('array') as string[], 'place');
  take(doc.organizations().out('array') as string[], 'organization');
  if (language !== 'eng' && language !== 'und') {
    // Outside English, compromise's lexicon misses most names; its proper-noun tag still sees them.
    const known = new Set(found.map((m) => m.name));
    for (const raw of doc.match('#ProperNoun+').out('array') as string[]) {
      const name = cleanName(raw);
      if (!known.has(name) && name.length >= 3 && /^\p{Lu}/u.test(name)) found.push({ name, kind: 'organization' });
    }
  }
  return found;
}
