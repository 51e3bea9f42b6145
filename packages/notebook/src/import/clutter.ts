// Outlet clutter, marked per block with a reason and never deleted. General
// rules, in the languages we meet most: appeal sections, UI labels (share,
// subscribe, skip to content, advertisement), cookie notices, comment
// prompts, markup debris, teaser lists after a "more like this" header,
// bylines and photo credits (kept as the article's metadata, not its body),
// signature initials, and lines repeated across the notebook's own articles.
// Every rule matches a whole short line, so a real sentence that merely
// mentions "support" or "share" stays in the body.
import type { Block } from '@dossier/core';
import { classifySpan } from '../intelligence/extract-entities.js';

const APPEAL_START = /^(a message from\b|dear readers?\b|support (us|our journalism)|become a (member|subscriber))/iu;
const APPEAL_WORDS =
  /\b(support(ing)? (us|the)|donat|contribut|subscri|monthly|journalis[mt]s? of|independent journalism|thank you for standing)/iu;

// Buttons, menus and labels of a page, in English, French, German, Spanish, Portuguese.
const UI_LABEL = new RegExp(
  '^(' +
    [
      'remind me later',
      'share( this| it)?( post| article| story| link| page)?',
      'share (on|via|to) [\\p{L} +]{2,20}',
      'share your voice',
      '(tweet|email|e-mail|print|pin|whatsapp|facebook|twitter|linkedin|reddit)( this)?( article| story)?',
      'print (article|replica|this page)',
      'email a friend',
      'read more',
      'read more stories about',
      'popular',
      'here',
      'menu',
      '(left|main|open|toggle) menu|navigation',
      'close',
      'search',
      'home',
      'advertisement|advertising|anzeige|publicité|publicidad|publicidade|werbung|reklama',
      'sponsored( content| links?| posts?| stories)?( by)?( [\\p{L} ]{2,20})?',
      'recommended( for you| by [\\p{L} ]{2,20})?',
      'trending( now| articles| stories)?',
      'most (read|popular|viewed|shared)( [\\p{L} ]{2,30})?',
      'related( articles| stories| links| topics| content| coverage| to [\\p{L} ]{2,30})?',
      'subscribe( now| today| here)?',
      'subscribe( now)? to [\\p{L} ]{2,40}',
      'subscribe - \\d+ days free',
      'newsletter',
      "sign up( now| here| for( [\\p{L}’' ]{2,40})?)?",
      'sign up to [\\p{L} ]{2,40}',
      'sign up or log ?in to [\\p{L} ]{2,40}',
      'log ?in|sign in|register',
      'skip to( main)? (content|navigation|article|search|footer)',
      'cookies?( policy| settings)?',
      'accept( all)?( cookies)?',
      'comments?( \\(\\d+\\))?',
      'comment activity|comment guidelines|view comments|show comments|\\d+ comments?',
      'leave a (reply|comment)',
      'join the (discussion|conversation)',
      'follow us( on [\\p{L} ]{2,30})?',
      'lire aussi|à lire aussi|voir aussi|leia (mais|também)|veja também|lea también|ver más|mehr zum thema|lesen sie auch|mehr dazu',
      'back to top|top of page',
      'advertisement - continue reading below|story continues below advertisement',
      'recommend|continue reading|text size|reset',
    ].join('|') +
    ')\\s?[.:!…]?$',
  'iu',
);
/** One line pointing to another article: "A lire aussi : …", "See also: …". */
const READ_ALSO =
  /^(à|a)? ?lire aussi\s*:|^(see|read) also\s*:|^lea (también|además)\s*:|^(read or )?share this story\s*:/iu;
/** A line of nothing but punctuation or symbols: a rule of asterisks, a "+" / "-" button. */
const PUNCTUATION_ONLY = /^[\p{P}\p{S}]+$/u;
const TEASER_HEADER =
  /^(more like this|you may also like|you might also like|related( articles| stories)?|read (also|more)|more from( [\p{L} ]{2,30})?|more stories|recommended( for you)?|most read|further reading|what to read next|dal web|lire aussi|à lire aussi|leia mais|mehr zum thema|ver también)[.:]?$/iu;
const SOCIAL =
  /(give us a like|follow us on|like us on|subscribe to our|join us on|share (it|this) with|sign up for our newsletter|get our newsletter)/iu;
const COOKIE =
  /\b(we use cookies|this (site|website) uses cookies|by continuing to (use|browse)|cookie (policy|settings))\b/iu;
const DEBRIS = /^(\w+?)\1{2,}$|^\[?(caption|image|photo)[^\]]*\]?$/iu;
const INITIALS = /^(\p{Lu}\.){1,4}$/u;
const PHOTO_CREDIT =
  /^(\(?(photo|image|picture|foto|photograph|credit|illustration)s?( by| credit)?\s*[:©]|©|image copyright|getty images|afp( via getty)?|reuters\/|ap photo|epa\b|shutterstock)/iu;
// "Kyiv at night. Photo: Jane Doe/Reuters": an agency after a slash, a bracket or "photo".
const CREDIT_TAIL =
  /(\/|\(|\bphoto:?|\bimage:?|\bcredit:?|\bfoto:?)\s*[^/()]{0,40}(getty images|afp|reuters|associated press|ap|shutterstock|epa-efe|dpa)\)?\.?$/iu;
// "…engulfed in flames on Monday. Photo: AFP", "St. Paul. Image Credit: ANI": a caption ending in its credit.
const CAPTION_CREDIT = /\b(photo|image|picture|foto|bild)s?(\s+credit)?\s*:\s*[^.:]{1,40}$/iu;
// "- Jean Castex (@JeanCASTEX) July 18, 2020": the signature of an embedded social post.
const EMBED_SIGNATURE = /^[-—–]\s*[^()]{1,60}\(@\w{1,30}\)\s+\p{L}+\.? \d{1,2}, \d{4}$/u;
const HASHTAGS = /^(#[\p{L}\p{N}_]+\s*)+$/u;
// "More: Lion Air crash: …" — one teaser link in the middle of the text.
const TEASER_LINK =
  /^(more|read more|related|see also|also read|lire aussi|leia mais|lea también|mehr dazu)\s*:\s*\S.{0,150}$/iu;
const SPECIAL_TO =
  /^(special to|for|reporting by|writing by|edited by|additional reporting by)\s+(the\s+)?\p{Lu}[\p{L} .&-]{1,40}$/u;
const BYLINE =
  /^([Bb]y|[Pp]ar|[Vv]on|[Pp]or|[Dd]i)\s+\p{Lu}[\p{L}.'’-]+(\s+(\p{Lu}[\p{L}.'’-]+|and|und|et|y|e|de|van|von))*\s*([,|–—-]\s*.{0,60})?$/u;

/**
 * A bare author's name near the top ("Thomas Maresca"), told from a section
 * heading by compromise recognising a person, and by being followed by another
 * byline-like line or by the first paragraph.
 */
function isNameLine(text: string, next: string | undefined): boolean {
  if (!/^\p{Lu}[\p{L}'’-]+( \p{Lu}\.?)?( \p{Lu}[\p{L}'’-]+){1,2}$/u.test(text) || next === undefined) return false;
  return classifySpan(text) === 'person' && text.split(' ').length <= 3;
}

/** Long, multi-sentence text is a real paragraph, whatever came before it. */
function isRealParagraph(text: string): boolean {
  const sentence = /[.!?]["”»]?$/u.test(text) && !/(\.\.\.|…)$/u.test(text);
  return text.length > 220 || (sentence && text.length > 60);
}

/** A label, a label with a counter ("Tweet 12"), or labels side by side ("Sign Up | Subscribe"). */
function isLabelLine(text: string): boolean {
  if (text.length > 120) return false;
  const parts = text.split(/\s+[|•·/]\s+/u).map((p) => p.replace(/\s+\(?\d+\)?$/u, ''));
  return parts.every((p) => UI_LABEL.test(p));
}

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
      // Teasers are headlines and cut-off blurbs; a real paragraph ends the list.
      mark(i, `teaser list after "${text}"`);
      for (let j = i + 1; j < out.length && !isRealParagraph(out[j]!.text); j++) mark(j, `teaser list after "${text}"`);
    } else if (isLabelLine(text)) mark(i, 'button or label of the page');
    else if (READ_ALSO.test(text) && text.length < 200) mark(i, 'link to another article');
    else if (SOCIAL.test(text) && text.length < 200) mark(i, 'social media call to action');
    else if (COOKIE.test(text) && text.length < 300) mark(i, 'cookie notice');
    else if (text.length < 160 && (PHOTO_CREDIT.test(text) || (CREDIT_TAIL.test(text) && !/[.!?]\s/u.test(text))))
      mark(i, 'photo credit (metadata, not body)');
    else if (DEBRIS.test(text.replace(/\s/gu, ''))) mark(i, 'image placeholder or markup debris');
    else if (text.length < 200 && CAPTION_CREDIT.test(text)) mark(i, 'photo caption and credit (metadata, not body)');
    else if (EMBED_SIGNATURE.test(text)) mark(i, 'signature of an embedded social post');
    else if (HASHTAGS.test(text)) mark(i, 'social media hashtags');
    else if (TEASER_LINK.test(text)) mark(i, 'link to another article');
    else if (text.length < 100 && (BYLINE.test(text) || SPECIAL_TO.test(text))) mark(i, 'byline (metadata, not body)');
    else if (i <= 3 && isNameLine(text, out[i + 1]?.text)) mark(i, 'byline (metadata, not body)');
    else if (PUNCTUATION_ONLY.test(text.replace(/\s/gu, ''))) mark(i, 'punctuation only: a rule or a button');
    else if (INITIALS.test(text) && i >= out.length - 3) mark(i, 'signature initials');
    else if (context.boilerplate?.has(normalizeBoilerplateLine(text))) mark(i, 'repeated across several articles');
  });
  return out;
}
