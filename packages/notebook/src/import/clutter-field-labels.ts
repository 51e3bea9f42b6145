// The fields a page sets around the story, left as lines when the page is
// copied: a field's label whose value went elsewhere ("Updated", "Stand:",
// "By", "Editor", "Country:"), a dateline of places before the first
// paragraph ("Paris:", "Agencies – Paris – Berlin:"), a short stamp of a
// section or place with a date and a clock time ("Europe Monday 3/May/2024
// 10:15 AM", "Lyon | Updated: 03-05-2024 10:15 CET"), the counters a video
// widget leaves (millisecond timestamps), and a caption closed by its
// copyright field. Each is told by its shape; none is a sentence.
import type { Block } from '@dossier/core';

// A label alone: the word for the date, the author, the place or the section, with a colon or none.
const LABEL_ALONE =
  /^(?:[-•·]\s*)?(?:update|updated|last updated|published|publication date|date|posted|stand|aktualisiert|veröffentlicht|erschienen|von|by|par|por|door|editor|author|autor|auteur|autore|redaktion|rédaction|redacción|redazione|country|land|pays|país|paese|category|kategorie|catégorie|categoría|publié le|mis à jour(?: le)?|actualizado|publicado|aggiornato|pubblicato|опубликовано|обновлено|автор|опубліковано|оновлено|дата публикации|дата публікації|дата)\s*:?$/iu;

// "Paris:", "Agencies – Paris – Berlin:": capitalised names joined by dashes or commas, closed by a colon.
const DATELINE_ALONE = /^\p{Lu}[\p{L}.'’-]*(?:(?:\s*[–—,-]\s*|\s)\p{Lu}[\p{L}.'’-]*){0,4}\s*:$/u;

/** A stamp holds a clock time and a year, in a few words and no sentence. */
const CLOCK = /(?<!\d)\d{1,2}:\d{2}(?!\d)/u;
const YEAR = /(?<!\d)(?:19|20)\d{2}(?!\d)/u;
const MAX_STAMP = 60;
const MAX_STAMP_WORDS = 7;

// "0 1750485631631 1750556981055": the millisecond clocks of a video widget (2017–2033), two or more on the line.
const MILLISECOND_CLOCKS = /(?<!\d)1[5-9]\d{11}(?!\d).*(?<!\d)1[5-9]\d{11}(?!\d)/u;

// "… Editorial use only. … Copyright: xAgencyxName", "… © Agency", "… (Photo by Jane Doe / POOL / AFP)": a caption
// ending on its copyright field or on a photographer's credit in brackets, however long a wire caption runs.
const COPYRIGHT_CLOSE =
  /(?:(?:copyright\s*:|©)\s*[^\s.,;]{2,60}|\((?:photo|foto|image|imagen|bild) (?:by|de|von|di|por|par)\s[^()]{2,80}\)\.?)$/iu;
const MAX_CAPTION = 1000;
/** Every form of COPYRIGHT_CLOSE holds one of these: a test of a few characters before the search from every position. */
const mayCloseOnCredit = (text: string) =>
  text.endsWith(')') || text.endsWith(').') || text.includes('©') || /opyright/iu.test(text);
/** The longest label alone ("дата публікації:", "last updated:"). */
const MAX_LABEL = 30;

/** A field's value after its label: "United States" after "Country:", a few capitalised words, no sentence. */
const FIELD_VALUE = /^(?:[-•·]\s*)?\p{Lu}[\p{L}.'’-]*(?: \p{Lu}[\p{L}.'’-]*){0,3}$/u;

// "Southern Europe editor, in Lisbon": the author's role, after the byline that names the author.
const ROLE =
  /(?<![\p{L}])(?:correspondent|reporter|editor|columnist|analyst|korrespondent(?:in)?|redakteur(?:in)?|correspondant(?:e)?|envoyée? spéciale?|corresponsal|enviad[oa] especial|corrispondente|inviat[oa]|correspondente|корреспондент|кореспондент|редактор)(?![\p{L}])/iu;

/** A paragraph of the text: a sentence of some length, or a long block. */
const isParagraph = (text: string) => text.length > 220 || (text.length > 60 && /[.!?]["”»]?$/u.test(text));

/** Blocks of the page's head, where a dateline stands. */
const LEAD = 6;

/** A dateline stands in the page's head, right before a paragraph of the story. */
function isDateline(texts: readonly string[], i: number): boolean {
  const next = texts[i + 1];
  return i < LEAD && texts[i]!.length <= 60 && DATELINE_ALONE.test(texts[i]!) && !!next && isParagraph(next);
}

function isStamp(text: string): boolean {
  if (text.length > MAX_STAMP || text.split(/\s+/u).length > MAX_STAMP_WORDS || /[.!?]\s/u.test(text)) return false;
  return CLOCK.test(text) && YEAR.test(text);
}

/**
 * For each block, the reason it is a field of the page, or undefined.
 *
 * @example
 * fieldLabelReasons([{ kind: 'paragraph', text: 'Updated:' }]) // => ['label of a page field (metadata, not body)']
 */
export function fieldLabelReasons(blocks: readonly Block[]): (string | undefined)[] {
  const texts = blocks.map((b) => b.text.trim());
  return texts.map((text, i) => {
    if (text.length <= MAX_LABEL && LABEL_ALONE.test(text)) return 'label of a page field (metadata, not body)';
    if (isDateline(texts, i)) return 'dateline (metadata, not body)';
    if (
      text.length <= 40 &&
      FIELD_VALUE.test(text) &&
      /:$/u.test(texts[i - 1] ?? '') &&
      LABEL_ALONE.test(texts[i - 1]!)
    )
      return 'value of a page field (metadata, not body)';
    if (
      text.length <= 80 &&
      /byline/u.test(blocks[i - 1]?.clutter?.reason ?? '') &&
      ROLE.test(text) &&
      !/[.!?]/u.test(text)
    )
      return "the author's role (metadata, not body)";
    if (isStamp(text)) return 'date line (metadata, not body)';
    if (text.length <= 200 && MILLISECOND_CLOCKS.test(text)) return 'counters of a video widget';
    if (text.length <= MAX_CAPTION && mayCloseOnCredit(text) && COPYRIGHT_CLOSE.test(text))
      return 'photo caption and credit (metadata, not body)';
    return undefined;
  });
}
