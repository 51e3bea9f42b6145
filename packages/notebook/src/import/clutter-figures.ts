// Widgets of a page made of figures and counters, told by their form in any
// language: a run of short lines several of which are figures alone (a
// currency box: "USD" / "41.09" / "EUR" / "45.59"; a card's counters under a
// teaser: "200" / "~1 м"), a gallery's counter ("2 of 11", "3 из 12"), and a
// ticker of headlines run together on one line, parted by wide spaces
// ("NEWS OF THE DAY: … rates  … forecast  … all news"). A story states its
// figures in sentences; a figure alone on its line, beside others like it,
// is a widget's.
import type { Block } from '@dossier/core';

/** "41.09", "+1,270", "200", "~1 м", "-0.5%", "5 хв": a figure alone, with a unit of a few letters or none. */
// "1.", "2.": the numbers of a list, which end on their stop, are no figures.
const FIGURE = /^[~≈+\-−]?\d+(?:[\s.,]\d+)*(?:\s?(?:%|°[CF]?|\p{L}{1,4}\.?))?$/u;
/** "Втрати росіян: 6 2 3 9 9 0 (+1270)", "Brent: 74.2 (−0.4%)": a label with nothing but figures after it. */
const LABELLED_FIGURES = /^[^:.!?]{2,40}:\s*[~+\-−(]?\d[\d\s.,()+\-−%]*$/u;
/** A field of such a widget: a figure, a labelled figure, or a short label ("USD", "НБУ", "Готівка"). */
const SHORT_FIELD = /^[^.!?]{1,20}$/u;
/** Lines a widget's run holds at least, and figures alone among them. */
const MIN_RUN = 3;
const MIN_FIGURES = 2;

const isFigure = (text: string) => text.length <= 16 && FIGURE.test(text);
const isField = (text: string) =>
  isFigure(text) || (text.includes(':') && LABELLED_FIGURES.test(text)) || SHORT_FIELD.test(text);

/** "2 of 11", "3 из 12", "4 / 20", "5 de 9", "6 von 14": the counter of a gallery or a slide show. */
// "Artikel 1 von 11", "Photo 3 of 12", "Слайд 2 из 9": the same with the word for what is counted.
const GALLERY_COUNTER =
  /^(?:(?:article|artikel|artículo|articolo|artigo|artykuł|photo|foto|bild|image|imagen|immagine|slide|слайд|фото|zdjęcie|fotoğraf)\s)?\d{1,3}\s?(?:of|из|з|із|z|ze|de|di|von|sur|van|\/)\s?\d{1,3}$/iu;

/** Headlines a ticker runs together at least; wide spaces part them. */
const MIN_TICKER_ITEMS = 4;
const TICKER_ITEM = /^.{5,160}$/u;

/** Several headlines on one line, parted by two spaces or more: most end without a full stop, as headlines do. */
function isHeadlineTicker(text: string): boolean {
  const items = text.split(/\s{2,}/u);
  if (items.length < MIN_TICKER_ITEMS || !items.every((item) => TICKER_ITEM.test(item))) return false;
  const open = items.filter((item) => !/[.!?"”»]$/u.test(item)).length;
  return open >= items.length - 1;
}

// "NEWS OF THE DAY: Storm hits coast: … Minister resigns: …": the same ticker once the import has collapsed its wide
// spaces — a label in capitals and a colon, then a long line of headlines with colons and no sentence's stop in it.
const TICKER_LABEL = /^\p{Lu}{2,}(?:\s\p{Lu}{2,}){0,3}\s?:\s/u;
const MIN_GLUED_TICKER = 200;
const MIN_TICKER_COLONS = 4;
function isGluedTicker(text: string): boolean {
  if (text.length < MIN_GLUED_TICKER || !TICKER_LABEL.test(text) || /[.!?]["”»]?$/u.test(text)) return false;
  return (text.match(/:/gu)?.length ?? 0) >= MIN_TICKER_COLONS && !/[.!?]["”»]?\s+["“«]?\p{Lu}/u.test(text);
}

/**
 * For each block, the reason it is a widget of figures, or undefined.
 *
 * @example
 * figureReasons(['USD', '41.09', 'EUR', '45.59'].map((text) => ({ kind: 'paragraph', text })))
 * // => four times 'widget of figures (rates, counters)'
 */
export function figureReasons(blocks: readonly Block[]): (string | undefined)[] {
  const texts = blocks.map((b) => b.text.trim());
  const out: (string | undefined)[] = texts.map((text) => {
    if (GALLERY_COUNTER.test(text)) return "counter of a gallery's pictures";
    if (isHeadlineTicker(text) || isGluedTicker(text)) return 'ticker of headlines of other stories';
    return undefined;
  });
  for (let start = 0; start < texts.length;) {
    let end = start;
    // A line marked already (the card's date stamp) belongs to the run it sits in.
    while (end < texts.length && (isField(texts[end]!) || blocks[end]!.clutter)) end++;
    const run = texts.slice(start, end);
    if (run.length >= MIN_RUN && run.filter(isFigure).length >= MIN_FIGURES)
      for (let i = start; i < end; i++) out[i] ??= 'widget of figures (rates, counters)';
    start = end + 1;
  }
  return out;
}
