// The title of a copied page is its first line — unless that line is the
// page's furniture ("Skip to content", "Tipster profile image"). Then the
// title is the first line after it that reads as a headline and that no rule
// marked, and the furniture line stays in the text as marked clutter, so the
// reader shows it as removed like any other.
import type { Block } from '@dossier/core';
import { detectClutter } from './clutter.js';

/** Blocks after the first line searched for the headline: a page's furniture above it is short. */
const HEADLINE_WITHIN = 15;
/** A headline: a line of two words or more, not too long, that does not end as a sentence does. */
const isHeadline = (text: string) =>
  text.length <= 160 && !/[.!?:]$/u.test(text) && !/^[-–•*·]\s/u.test(text) && text.trim().split(/\s+/u).length >= 2;
/** "Photos: Hurricane Milton slams Florida", "Video: …": a gallery's or a video's headline reads as a credit or caption. */
const GALLERY_HEADLINE_WORDS = 5;

export interface TitledBlocks {
  title: string;
  titleDerived: boolean;
  blocks: Block[];
}

/**
 * The article's title and cleaned blocks: `detectClutter` on the blocks, and
 * when the first line taken as the title is itself clutter, that line put
 * back as a marked block and the first unmarked headline below it as the
 * title (or, with none, a title derived from the first unmarked block).
 *
 * @example
 * cleanWithTitle({ title: 'Skip to content', titleDerived: false, blocks: [{ kind: 'heading', text: 'Spain reach the final' }, …] })
 * // => { title: 'Spain reach the final', titleDerived: false, blocks: [{ text: 'Skip to content', clutter: {…} }, …] }
 */
export function cleanWithTitle(
  parsed: TitledBlocks,
  context: { boilerplate?: ReadonlySet<string> } = {},
): TitledBlocks {
  const headline = parsed.titleDerived ? {} : { headline: parsed.title };
  const blocks = detectClutter(parsed.blocks, { ...context, ...headline });
  if (parsed.titleDerived) return { ...parsed, blocks };
  const first: Block = { kind: 'heading', text: parsed.title };
  // By its own form only: a headline several re-reports share is in the notebook's repeated lines, and a headline
  // above a photo credit ("Photo: Boeing") would read as its caption; either stays the title.
  const reason = detectClutter([first])[0]!.clutter?.reason;
  const galleryHeadline =
    /caption|photo credit/u.test(reason ?? '') &&
    /^\p{L}/u.test(parsed.title) &&
    parsed.title.split(/\s+/u).length >= GALLERY_HEADLINE_WORDS;
  if (!reason || galleryHeadline) return { ...parsed, blocks };
  const marked: Block = { ...first, clutter: { reason: `${reason} (the first line, not the title)` } };
  const at = blocks.findIndex((b, i) => i < HEADLINE_WITHIN && !b.clutter && isHeadline(b.text));
  if (at >= 0) {
    return { title: blocks[at]!.text, titleDerived: false, blocks: [marked, ...blocks.filter((_, i) => i !== at)] };
  }
  const lead = (blocks.find((b) => !b.clutter)?.text ?? parsed.title).replace(/^[-–•*·]\s+/u, '');
  const sentence = (lead.split(/(?<=[.!?])\s/u)[0] ?? lead).replace(/[.!?,;:]+$/u, '');
  const title = sentence.length <= 80 ? sentence : `${sentence.slice(0, 80).replace(/\s+\S*$/u, '')}…`;
  return { title, titleDerived: true, blocks: [marked, ...blocks] };
}
