// Outlet clutter, marked per block with a reason and never deleted. General
// rules: appeal sections, UI labels, markup debris, teaser lists after a
// "more like this" header, signature initials, lines repeated across articles.
import type { Block } from '@dossier/core';

const APPEAL_START = /^(a message from\b|dear readers?\b|support (us|our journalism)|become a (member|subscriber))/iu;
const APPEAL_WORDS =
  /\b(support(ing)? (us|the)|donat|contribut|subscri|monthly|journalis[mt]s? of|independent journalism|thank you for standing)/iu;
const UI_LABEL =
  /^(remind me later|share this( post| article)?|read more|popular|here|advertisement|related|subscribe|sign up|log in|cookie|accept( all)?( cookies)?|close|print|comments?|leave a reply|e-?mail|tweet|recommend|continue reading|text size|reset)[.:!]?$/iu;
/** One line pointing to another article: "A lire aussi : …", "See also: …". */
const READ_ALSO =
  /^(à|a)? ?lire aussi\s*:|^(see|read) also\s*:|^lea (también|además)\s*:|^(read or )?share this story\s*:/iu;
/** A line of nothing but punctuation or symbols: a rule of asterisks, a "+" / "-" button. */
const PUNCTUATION_ONLY = /^[\p{P}\p{S}]+$/u;
const TEASER_HEADER =
  /^(more like this|you may also like|related( articles| stories)?|read (also|more)|more from|recommended|most read)[.:]?$/iu;
const SOCIAL = /(give us a like|follow us on|like us on|subscribe to our|join us on|share (it|this) with)/iu;
const DEBRIS = /^(\w+?)\1{2,}$|^\[?(caption|image|photo)[^\]]*\]?$/iu;
const INITIALS = /^(\p{Lu}\.){1,4}$/u;

export function normalizeBoilerplateLine(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

export function detectClutter(blocks: Block[], context: { boilerplate?: ReadonlySet<string> } = {}): Block[] {
  const out = blocks.map((b) => ({ ...b }));
  const mark = (i: number, reason: string) => {
    if (!out[i]!.clutter) out[i]!.clutter = { reason };
  };
  out.forEach((block, i) => {
    const text = block.text.trim();
    if (APPEAL_START.test(text)) {
      // The appeal runs to the end while its blocks keep asking for support, or are short.
      for (let j = i; j < out.length; j++) {
        const t = out[j]!.text;
        if (j > i && !APPEAL_WORDS.test(t) && t.length > 60 && !/\bwe\b|\bour\b/iu.test(t)) break;
        mark(j, 'donation appeal');
      }
    } else if (TEASER_HEADER.test(text)) {
      for (let j = i; j < out.length; j++) mark(j, `teaser list after "${text}"`);
    } else if (UI_LABEL.test(text)) mark(i, 'button or label of the page');
    else if (READ_ALSO.test(text) && text.length < 200) mark(i, 'link to another article');
    else if (SOCIAL.test(text) && text.length < 200) mark(i, 'social media call to action');
    else if (DEBRIS.test(text.replace(/\s/gu, ''))) mark(i, 'image placeholder or markup debris');
    else if (PUNCTUATION_ONLY.test(text.replace(/\s/gu, ''))) mark(i, 'punctuation only: a rule or a button');
    else if (INITIALS.test(text) && i >= out.length - 3) mark(i, 'signature initials');
    else if (context.boilerplate?.has(normalizeBoilerplateLine(text))) mark(i, 'repeated across several articles');
  });
  return out;
}
