// The links a page sets to its neighbours, told by their labels in many
// languages: "Articolo Precedente" / "next" with the headline each links to
// (the line right after the label, when it is no paragraph), a blog's
// "… was the previous entry in this blog.", and the footer a blog closes an
// entry with ("About this Entry" and the few lines after it, to the end).
import type { Block } from '@dossier/core';

/** "Previous article", "Articolo successivo", "Article suivant", "Önceki haber", "next": the label of a link to a neighbour. */
const NEIGHBOUR_LABEL = new RegExp(
  '^(?:' +
    [
      '(?:previous|next|older|newer|prev)(?: (?:article|post|story|entry|news|item))?',
      'articolo (?:precedente|successivo)|(?:precedente|successivo)',
      'article (?:précédent|suivant)|(?:précédent|suivant)',
      '(?:artículo|noticia|nota) (?:anterior|siguiente)|(?:anterior|siguiente)',
      '(?:notícia|matéria|artigo) anterior|próxim[ao] (?:notícia|matéria|artigo)|próxim[ao]',
      '(?:vorheriger|nächster) (?:artikel|beitrag)|(?:vorheriger|nächster) beitrag',
      '(?:poprzedni|następny) (?:artykuł|wpis|tekst)',
      '(?:предыдущая|следующая) (?:статья|новость)|(?:попередня|наступна) (?:стаття|новина)',
      '(?:önceki|sonraki|sıradaki) (?:haber|yazı|makale)',
    ].join('|') +
    ')\\s?[:»›>→]?$',
  'iu',
);
/** A paragraph of the story: a sentence of some length. */
const isParagraph = (text: string) => text.length > 220 || (text.length > 60 && /[.!?]["”»]?$/u.test(text));
/** A headline a neighbour's link shows: one line, not too long. */
const MAX_LINKED_HEADLINE = 200;

/** "Flu Vaccine … was the previous entry in this blog.": a blog's sentence about its neighbouring entries. */
const NEIGHBOUR_SENTENCE =
  /\b(?:was|is) the (?:previous|next) (?:entry|post|article|story)(?: in this (?:blog|site|category|archive))?\.?$/iu;
/** "About this Entry", "About this post", "About the author": the header of a blog's footer. */
const FOOTER_HEADER =
  /^(?:about this (?:entry|post|article|blog|page)|about the (?:author|blog)|à propos de cet (?:article|auteur)|über diesen (?:beitrag|artikel)|sobre (?:esta entrada|este artículo|el autor))$/iu;
/** Lines a blog's footer holds at most, counting its header. */
const MAX_FOOTER = 8;

/** "In Focus", "Business Metro Nation World Sport", "Shanghai Daily PDF Subscribe": an item of the page's menu. */
const MENU_ITEM = /^(?:[\p{Lu}\p{N}][\p{L}\p{N}&'’.-]*)(?: (?:[\p{Lu}\p{N}&][\p{L}\p{N}&'’.-]*))*$/u;
const MAX_MENU_ITEM = 160;
/** Lines a menu runs over at least, and items among them not marked yet. */
const MIN_MENU = 4;
const MIN_NEW_ITEMS = 2;

/**
 * The menu a page sets above its story: before the first paragraph, a run of
 * lines of capitalised words without punctuation, or lines marked already.
 */
function menuAtTop(blocks: readonly Block[], texts: readonly string[]): number[] {
  const first = texts.findIndex(isParagraph);
  const end = first < 0 ? texts.length : first;
  const found: number[] = [];
  for (let start = 0; start < end;) {
    let stop = start;
    const item = (i: number) => texts[i]!.length <= MAX_MENU_ITEM && MENU_ITEM.test(texts[i]!);
    while (stop < end && (item(stop) || blocks[stop]!.clutter)) stop++;
    const fresh = [...Array(stop - start).keys()].map((k) => start + k).filter((i) => !blocks[i]!.clutter);
    if (stop - start >= MIN_MENU && fresh.length >= MIN_NEW_ITEMS) found.push(...fresh);
    start = stop + 1;
  }
  return found;
}

/**
 * For each block, the reason it is a link to a neighbouring article or a
 * blog's footer, or undefined.
 *
 * @example
 * navigationReasons(['A story.', 'Next article', 'Other story headline'].map((text) => ({ kind: 'paragraph', text })))
 * // => [undefined, 'link to the previous or next article', 'link to the previous or next article']
 */
export function navigationReasons(blocks: readonly Block[]): (string | undefined)[] {
  const texts = blocks.map((b) => b.text.trim());
  const out: (string | undefined)[] = texts.map(() => undefined);
  const reason = 'link to the previous or next article';
  texts.forEach((text, i) => {
    if (text.length <= 40 && NEIGHBOUR_LABEL.test(text)) {
      out[i] = reason;
      const next = texts[i + 1];
      // The headline the label links to, unless it is the label of the other neighbour or the story goes on.
      if (next !== undefined && next.length <= MAX_LINKED_HEADLINE && !isParagraph(next) && !NEIGHBOUR_LABEL.test(next))
        out[i + 1] = reason;
    } else if (text.length <= 200 && NEIGHBOUR_SENTENCE.test(text)) out[i] = reason;
  });
  for (const i of menuAtTop(blocks, texts)) out[i] ??= "menu of the page's sections";
  const footer = texts.findIndex((t) => FOOTER_HEADER.test(t));
  if (footer > 0 && texts.length - footer <= MAX_FOOTER)
    for (let i = footer; i < texts.length; i++) out[i] ??= "a blog's footer (about this entry, archives)";
  return out;
}
