// Entity extraction done ahead, while an import runs: a thread of its own
// (extraction-thread.ts) runs the language detector and compromise on each
// new article's text as the import threads return it, and the result is
// offered here, by article id. Intelligence takes an offer when it indexes the
// article, and only if the text it reads then is the very text the offer was
// made from (the same fingerprint): the batch's boilerplate, an edit or a
// re-import change the text, and such an offer is passed over, the text
// extracted again. The extraction is that of the importing thread, run
// elsewhere: one thread, so compromise's answers for the spans it has seen
// (remembered per thread, see `classifySpan`) serve the whole import.
import { createHash } from 'node:crypto';
import { cleanText, type Block } from '@dossier/core';
import type { NameMention } from '@dossier/search';
import { detectLanguage, extractEntities } from './extract-entities.js';
import { loadCompromise } from './language-tools.js';

/**
 * The text intelligence reads: the headline, which names the event most
 * plainly (news clustering weighs it first), before the clean text — unless
 * it was derived from that text, or the text begins with it already.
 */
export function withHeadline(entry: { title: string; titleDerived: boolean }, text: string): string {
  if (entry.titleDerived || !entry.title.trim() || text.startsWith(entry.title)) return text;
  return `${entry.title}\n\n${text}`;
}

/** The text intelligence reads of an article (or of a new article's body, which gives it its title). */
export function intelligenceText(article: { title: string; titleDerived: boolean; blocks: readonly Block[] }): string {
  return withHeadline(article, cleanText(article.blocks));
}

/** An article's language and mentions, and the fingerprint of the text they were extracted from. */
export interface TextExtraction {
  fingerprint: string;
  language: string;
  mentions: NameMention[];
}

/**
 * A digest of the text, to tell at indexing time whether it is still the
 * text an extraction was made from; a match of 160 bits and the length is,
 * for all purposes, the same text.
 */
export function textFingerprint(text: string): string {
  return `${text.length}:${createHash('sha1').update(text).digest('base64')}`;
}

/**
 * What intelligence would extract from `text`, with its fingerprint.
 *
 * @example
 * extractWithFingerprint('Olena Zelenska visited Kyiv on Monday.') // => { fingerprint: '38:…', language: 'eng', mentions: [{ name: 'Olena Zelenska', kind: 'person' }, …] }
 */
export function extractWithFingerprint(text: string): TextExtraction {
  const language = detectLanguage(text);
  return { fingerprint: textFingerprint(text), language, mentions: extractEntities(text, language) };
}

/** Offers by notebook (its state object) and article id, until intelligence takes them. */
const offers = new WeakMap<object, Map<string, TextExtraction>>();
/**
 * Offers kept per notebook at most (a few MB of mentions): an import that no
 * stories request follows (the CLI's) must not hold every article's names,
 * and past this many the oldest go, to be extracted again if ever needed.
 */
export const MAX_OFFERS = 20_000;

export function offerExtraction(notebook: object, articleId: string, extraction: TextExtraction): void {
  let own = offers.get(notebook);
  if (!own) offers.set(notebook, (own = new Map()));
  own.delete(articleId);
  own.set(articleId, extraction);
  if (own.size > MAX_OFFERS) own.delete(own.keys().next().value!);
}

/** The offer for the article if it was made from `text`; an offer is taken (or passed over) once. */
export function takeExtraction(notebook: object, articleId: string, text: string): TextExtraction | undefined {
  const own = offers.get(notebook);
  const offer = own?.get(articleId);
  if (!offer) return undefined;
  own!.delete(articleId);
  return offer.fingerprint === textFingerprint(text) ? offer : undefined;
}

/** Forgets the offers for articles that `keep` does not know (those the import did not store after all). */
export function dropOffers(notebook: object, keep: (articleId: string) => boolean): void {
  const own = offers.get(notebook);
  if (!own) return;
  for (const id of own.keys()) if (!keep(id)) own.delete(id);
}

/** Texts to extract in the extraction thread, and its answer: one extraction for each text, in order. */
export interface EntityJob {
  id: number;
  kind: 'entities';
  texts: string[];
}
export type EntityReply = { id: number; ok: true; extractions: TextExtraction[] } | { id: number; ok: false };

/** The thread's side of a job. */
export async function runEntityJob(job: EntityJob): Promise<EntityReply> {
  try {
    await loadCompromise();
    return { id: job.id, ok: true, extractions: job.texts.map(extractWithFingerprint) };
  } catch {
    return { id: job.id, ok: false };
  }
}
