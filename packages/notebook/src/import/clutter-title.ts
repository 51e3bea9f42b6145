// The title of a copied page is its first line — unless that line is the
// page's furniture ("Skip to content", "Tipster profile image", a section's
// name, a station's). Then the title is the first line after it that reads as
// a headline and that no rule marked, and the furniture line stays in the text
// as marked clutter, so the reader shows it as removed like any other.
import type { Block } from '@dossier/core';
import { detectClutter } from './clutter.js';
import { derivedTitle } from './structure.js';

/** Blocks after the first line searched for the headline: a page's furniture above it is short. */
const HEADLINE_WITHIN = 15;
/**
 * "the mayor said. “And we": a stop after a word, then the next sentence — a line of the body, not a
 * headline. A short capitalised word before the stop is a title's abbreviation ("Gen. Ortiz", "Sen. Vidal").
 */
const INNER_SENTENCE_END =
  /(?<=[\p{Ll}\p{N}]{2}["”’»]?[.!?…]["”’»]?)(?<!(?:^|[\s(“"])\p{Lu}\p{Ll}{0,3}\.)\s+["“«\p{Lu}]/u;
/** A live page's badge or a ticker before a line: "LIVE New entries in the ticker", "+++ BREAKING +++". */
const BADGE = /^(LIVE\s|\+\+\+)/u;
/** A headline: a line of two words or more, not too long, that does not end as a sentence does, nor holds one's end. */
const isHeadline = (text: string) =>
  text.length <= 160 &&
  !/[.!?:]$/u.test(text) &&
  !/^[-–•*·]\s/u.test(text) &&
  text.trim().split(/\s+/u).length >= 2 &&
  !INNER_SENTENCE_END.test(text) &&
  !BADGE.test(text);
/** "Photos: Hurricane Milton slams Florida", "Video: …": a gallery's or a video's headline reads as a credit or caption. */
const GALLERY_HEADLINE_WORDS = 5;
/** Words a lead needs before a title is derived from it in place of a section's name: a note titled "Title" stays so. */
const LEAD_MIN_WORDS = 12;
/** A radio station's frequency or a show's hours: "88.4 fm Zaragoza", "Morning Drive 6am - 9am". */
const STATION = /\b\d{2,3}[.,]\d\s?(fm|am|mhz)\b|\b\d{1,2}(:\d{2})?\s?[ap]m\s?[-–]\s?\d{1,2}(:\d{2})?\s?[ap]m\b/iu;
/** A skip link with the page's next buttons glued after it: "Skip to Content Twitter Header Image". */
const SKIP_LINK_LEAD =
  /^(skip to( main)? content|(direkt )?zum (haupt)?inhalt|aller au contenu|ir al contenido|saltar al contenido)\b/iu;
/** Words after a glued skip link: a few buttons, never a headline's sentence. */
const SKIP_LINK_GLUED_WORDS = 6;
/** A live page's stamp glued to its entry's headline: "…reopens todaypublished at 09:15 Central European Time 30 October". */
const GLUED_STAMP = /(?<=\p{Ll})published at \d{1,2}:\d{2}\b.*$/u;
/** The site's name after the headline, as a browser tab shows it: "Flood waters recede | Valley Herald". */
const SITE_SUFFIX = /\s\|\s(?:[\p{Lu}\p{N}][\p{L}\p{N}.&'’-]*\s?){1,3}$/u;

/** Scripts written without spaces between words. */
const UNSPACED_SCRIPT =
  /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}]/u;

export interface TitledBlocks {
  title: string;
  titleDerived: boolean;
  blocks: Block[];
}

/**
 * Why a first line is the page's furniture by its shape, not a headline: a ticker, a station, a skip
 * link with buttons glued to it, or a section's name (one word; two capitalised words; menu items
 * run together, "RegionalTop Stories").
 *
 * @example
 * pageLabel('Latest Headlines') // => 'a section of the page'
 * pageLabel('Spain beat France') // => undefined
 */
export function pageLabel(line: string): string | undefined {
  if (/^\+\+\+/u.test(line)) return 'a news ticker of the page';
  if (STATION.test(line) && line.split(/\s+/u).length <= 5) return 'a radio station or its show';
  const words = line.split(/\s+/u);
  if (SKIP_LINK_LEAD.test(line) && words.length <= SKIP_LINK_GLUED_WORDS) return 'a skip link and buttons';
  // Chinese, Japanese or Thai write a whole headline as one "word": no count of words tells a section there.
  if (UNSPACED_SCRIPT.test(line)) return undefined;
  const unglued = line.replace(/(\p{Ll}{3})(\p{Lu})/gu, '$1 $2').split(/\s+/u);
  const capitalised = unglued.every((w) => /^[\p{Lu}\p{N}]/u.test(w));
  const glued = unglued.length > words.length;
  if (words.length === 1 || (capitalised && (unglued.length <= 2 || (glued && unglued.length <= 4)))) {
    return 'a section of the page';
  }
  return undefined;
}

/** Words of a paragraph of the story: a headline is above the first of them; a line below is a teaser or a video's. */
const BODY_WORDS = 15;
const isBodyParagraph = (text: string) => /[.!?…"”»]$/u.test(text) && text.split(/\s+/u).length >= BODY_WORDS;

/**
 * The first unmarked headline below, above the story's first paragraph, and a longer one that ends with the
 * next headline (a breadcrumb glued to it).
 */
function headlineAt(blocks: readonly Block[]): { at: number; glued?: number } | undefined {
  const body = blocks.findIndex((b) => !b.clutter && isBodyParagraph(b.text));
  const within = Math.min(HEADLINE_WITHIN, body < 0 ? HEADLINE_WITHIN : body);
  const at = blocks.findIndex((b, i) => i < within && !b.clutter && isHeadline(b.text));
  if (at < 0) return undefined;
  const next = blocks.findIndex((b, i) => i > at && !b.clutter);
  const shorter = blocks[next];
  if (shorter && isHeadline(shorter.text) && blocks[at]!.text.endsWith(` ${shorter.text}`))
    return { at: next, glued: at };
  return { at };
}

/** The title and blocks once the first line is known as furniture: the headline below, else one derived from the lead. */
function titleBelow(blocks: Block[], front: Block[], fallback: string): TitledBlocks | undefined {
  const found = headlineAt(blocks);
  if (found) {
    const kept = blocks.flatMap((b, i) =>
      i === found.at
        ? []
        : i === found.glued
          ? [{ ...b, clutter: { reason: "the headline with the page's breadcrumb run into it (not body)" } }]
          : [b],
    );
    return { title: blocks[found.at]!.text, titleDerived: false, blocks: [...front, ...kept] };
  }
  const lead = blocks.find((b) => !b.clutter)?.text;
  if (!lead && !fallback) return undefined;
  return { title: derivedTitle(lead ?? fallback), titleDerived: true, blocks: [...front, ...blocks] };
}

/**
 * The article's title and cleaned blocks: `detectClutter` on the blocks, and
 * when the first line taken as the title is itself clutter, that line put
 * back as a marked block and the first unmarked headline below it as the
 * title (or, with none, a title derived from the first unmarked block). A
 * title derived from a first paragraph the cleaner marks is derived again
 * from what is below it. `written`: the first line is a heading its author
 * wrote (Markdown's `#`), so no section's name.
 *
 * @example
 * cleanWithTitle({ title: 'Skip to content', titleDerived: false, blocks: [{ kind: 'heading', text: 'Spain reach the final' }, …] })
 * // => { title: 'Spain reach the final', titleDerived: false, blocks: [{ text: 'Skip to content', clutter: {…} }, …] }
 */
export function cleanWithTitle(
  parsed: TitledBlocks,
  { written = false, ...context }: { boilerplate?: ReadonlySet<string>; written?: boolean } = {},
): TitledBlocks {
  const headline = parsed.titleDerived ? {} : { headline: parsed.title };
  const blocks = detectClutter(parsed.blocks, { ...context, ...headline });
  if (parsed.titleDerived) {
    if (!blocks[0]?.clutter) return { ...parsed, blocks };
    return titleBelow(blocks.slice(1), blocks.slice(0, 1), '') ?? { ...parsed, blocks };
  }
  const title = parsed.title.replace(GLUED_STAMP, '').replace(SITE_SUFFIX, '');
  const first: Block = { kind: 'heading', text: parsed.title };
  // By its own form only: a headline several re-reports share is in the notebook's repeated lines, and a headline
  // above a photo credit ("Photo: Boeing") would read as its caption; either stays the title.
  const reason = detectClutter([first])[0]!.clutter?.reason;
  const galleryHeadline =
    /caption|photo credit/u.test(reason ?? '') &&
    /^\p{L}/u.test(title) &&
    !INNER_SENTENCE_END.test(title) &&
    title.split(/\s+/u).length >= GALLERY_HEADLINE_WORDS;
  const label = reason || galleryHeadline || written ? undefined : pageLabel(title);
  if ((!reason || galleryHeadline) && !label) return { ...parsed, title, blocks };
  if (label && !reason) {
    // A section's name stays the title of a short note ("Title", "Notes") that has no headline or lead to name it.
    const lead = blocks.find((b) => !b.clutter)?.text ?? '';
    const named = headlineAt(blocks) || lead.split(/\s+/u).length >= LEAD_MIN_WORDS;
    if (!named || blocks[0]?.text === title) return { ...parsed, title, blocks };
  }
  const marked: Block = { ...first, clutter: { reason: `${reason ?? label} (the first line, not the title)` } };
  return titleBelow(blocks, [marked], title)!;
}
