// Page furniture that generalises across outlets: kinds of line no article
// sentence takes. Captions known by a credit before them or after a long
// caption, a caption written twice around its credit, the source block at an
// article's end (a label, a bare web address, the outlet in brackets), the
// controls of an audio or video player and a station's menu, and short
// calls to watch or click. Each rule matches a whole line by its shape, in
// the languages we meet, never by one outlet's words.
import type { Block } from '@dossier/core';

/** Agencies and picture desks that sign press photos. */
const AGENCY =
  '(?:AP|AFP|Reuters|REUTERS|Getty Images|AFP via Getty Images|EPA|EPA-EFE|EFE|dpa|DPA|ANSA|Anadolu|Bloomberg|NurPhoto|Xinhua|Shutterstock|Vatican Media|VATICAN MEDIA|Vatican News)';

// "Rebecca Blackwell / AP / AP Christian Burke stands…": the photographer and agency before the caption.
const CREDIT_PREFIX = new RegExp(`^\\p{Lu}[\\p{L}'’.-]+(?: \\p{Lu}[\\p{L}'’.-]+){0,3} ?/ ?${AGENCY}(?:$|[ /])`, 'u');

// "… taken Sept. 28, 2024. / Getty Images", "… (Photo by Antonio Masiello/Getty Images)", "(Photo: EPA-EFE / VATICAN MEDIA)",
// "… in Istanbul on July 23, 2025. (AFP Photo)":
// a caption whose credit closes it, however long it runs and however many sentences it holds.
const CREDIT_CLOSE = new RegExp(
  `(?:\\s/\\s?${AGENCY}|\\((?:photo|foto|image|imagen|bild|picture|illustration)s?(?: by| de| von| di|:)\\s?[^()]{2,80}\\)|\\(${AGENCY} (?:photo|foto|images?)\\))\\.?$`,
  'iu',
);
/** Longer than this, a line is no caption whatever it ends with. */
const CAPTION_MAX = 700;

// The source block ending an article: "Photo credit", "Source: aldailynews.com", "Reference(s):", "Fuente", "Quelle: dpa".
const SOURCE_LABEL =
  /^(?:photo credits?|image credits?|picture credits?|credits?|sources?|reference\(s\)|references?|fuentes?|referencias?|quellen?|bildquelle|fontes?|fonte|crédits?(?: photo)?|crédito(?: de foto)?s?|foto)\s*:?\s*(.*)$/iu;
/** What may follow such a label: a name or a web address, never a sentence. */
const SOURCE_NAME =
  /^(?:\p{Lu}[\p{L}.&'’ -]{0,40}|(?:https?:\/\/)?(?:www\.)?[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+(?:\/\S*)?)$/u;
/** "www.nbcnews.com", "cgtn.com", "https://example.org/a": a web address alone on its line. */
const BARE_ADDRESS = /^(?:https?:\/\/)?(?:www\.)?[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,}(?:\/\S*)?$/iu;
/** "(FOX Weather)", "(AP)": the outlet, in brackets, alone on a closing line. */
const OUTLET_IN_BRACKETS = /^\(\p{Lu}[\p{L}.&' -]{1,30}\)$/u;

// "0:00 0:00", "1:02 / 3:45": the clock of a player, twice or more on one line.
const PLAYER_CLOCKS = /^(?:\d{1,2}:\d{2}(?::\d{2})?\s*\/?\s*){2,}$/u;
// The controls and menus of a radio or video page, and a site's contact links, in several languages.
const PLAYER_OR_STATION = new RegExp(
  '^(?:' +
    [
      'play(?: live)?(?: radio| audio| video| podcast)?',
      'pause|mute|unmute|volume|full ?screen|now playing|up next|next up',
      'listen(?: live| now)?(?: to this (?:article|story))?',
      '(?:\\d{1,2}:\\d{2} ?)?(?:écouter|écoutez|escuchar|escucha|ouvir|anhören|hören|ascolta)',
      'rewind|fast[- ]forward|skip (?:back|forward|ahead)|zurückspulen|vorspulen|retour rapide|avance rapide|rebobinar|adelantar|riavvolgi|avanti veloce',
      'on air|live radio|live tv|watch live|en direct|en vivo|ao vivo|in diretta',
      'available on(?: air)?(?: stations)?',
      'contact us|about us|contactez-nous|qui sommes-nous|contacto|contáctenos|quiénes somos|kontakt|über uns|impressum|contatti|chi siamo|fale conosco',
      'privacy policy|terms of (?:use|service)|politique de confidentialité|política de privacidad|datenschutz',
    ].join('|') +
    ')\\s?[:.!]?$',
  'iu',
);
// "Click here to read more", "Cliquez ici pour…", "Haga clic aquí para…": a call to act on a link.
const CLICK_HERE =
  /^(?:(?:click|tap|press) here|(?:cliquez|cliquer|appuyez) ici|(?:haga |haz )?(?:clic|click) aquí|klicken sie hier|clique aqui|clicca qui)(?![\p{L}]).{0,60}$/iu;
// "HOW TO WATCH FOX WEATHER", "WATCH LIVE", "DOWNLOAD THE APP": a promo in capitals.
const CAPITALS_PROMO =
  /^(?:HOW TO (?:WATCH|LISTEN|STREAM)|WATCH|LISTEN|DOWNLOAD|FOLLOW|SUBSCRIBE|STREAM|GET THE|SIGN UP|REGARDER|ÉCOUTER|MIRA|VER|ESCUCHA|DESCARGA|JETZT)\b[\p{Lu}\p{N}’' &:-]*$/u;
// "Hurricane Helene aftermath_North Carolina", "IMG_2031": an image's file name left as its text.
const FILE_NAME = /^[\p{L}\p{N} -]{0,60}\p{L}_\p{L}[\p{L}\p{N}_ -]{0,60}$|^[\p{L}\p{N}_-]+\.(?:jpe?g|png|gif|webp)$/iu;

// "World", "Natural Disasters", "World, Maverick News": a section label or breadcrumb before the headline.
const SECTION_LABEL =
  /^\p{Lu}[\p{L}’'&-]*(?:,? (?:\p{Lu}[\p{L}’'&-]*|to|and|of|the|y|e|et|und|de|del|des|la|le|di|van))*$/u;
// "VATICAN CITY", "KYIV, Ukraine": a dateline in capitals alone on its line before the text.
const DATELINE = /^\p{Lu}[\p{Lu}’'.-]+(?: \p{Lu}[\p{Lu}’'.-]+){0,2}(?:, \p{Lu}[\p{L}.-]+)?$/u;
// "Dailymaverick logo", "Logo de Radio France": the alt text of an outlet's logo.
const LOGO =
  /^(?:[\p{L}\p{N}.&'’ -]{1,40} )?(?:logo|logotipo)(?: (?:of|de|du|von|di|do|da) [\p{L}\p{N}.&'’ -]{1,40})?$/iu;

// CREDIT_CLOSE needs a slash or a closing bracket at the end: most lines are spared its search from every position.
const isCaption = (text: string) =>
  text.length <= CAPTION_MAX &&
  (CREDIT_PREFIX.test(text) ||
    ((text.includes('/') || text.endsWith(')') || text.endsWith(').')) && CREDIT_CLOSE.test(text)));
/** A paragraph of the text: a sentence of some length, or a long block. */
const isParagraph = (text: string) => text.length > 220 || (text.length > 60 && /[.!?]["”»]?$/u.test(text));

/**
 * For each block, the reason it is page furniture by its shape, or
 * undefined. The neighbours count: a caption written twice is told by its
 * copy around a credit, datelines only before the first paragraph, section
 * labels only before a headline written in the text, and the source block
 * only among an article's last lines.
 *
 * @example
 * furnitureReasons([{ kind: 'paragraph', text: 'Rebecca Blackwell / AP Christian Burke stands at his door.' }])
 * // => ['photo caption and credit (metadata, not body)']
 */
export function furnitureReasons(blocks: readonly Block[]): (string | undefined)[] {
  const texts = blocks.map((b) => b.text.trim());
  const firstParagraph = texts.findIndex(isParagraph);
  const lead = firstParagraph < 0 ? Math.min(texts.length, 6) : Math.min(firstParagraph, 6);
  // A headline among the lead's blocks: a line of five words or more that is no sentence. Labels come before it.
  const headline = texts.findIndex((t, i) => i < lead && t.split(' ').length >= 5 && !/[.!?:]$/u.test(t));
  return texts.map((text, i) => {
    if (isCaption(text)) return 'photo caption and credit (metadata, not body)';
    if (isCopyAroundCredit(texts, i)) return 'photo caption and credit (metadata, not body)';
    if (isCreditBetweenCopies(texts, i)) return 'photo credit (metadata, not body)';
    if (PLAYER_CLOCKS.test(text)) return 'time display of a video player';
    if (PLAYER_OR_STATION.test(text)) return 'player or station control of the page';
    if (CLICK_HERE.test(text) || CAPITALS_PROMO.test(text)) return 'call to action of the page';
    if (text.length <= 120 && FILE_NAME.test(text) && !/[.!?]\s/u.test(text)) return 'image file name left as text';
    if (text.length <= 80 && LOGO.test(text)) return "alt text of the outlet's logo";
    if (text.length <= 200 && BARE_ADDRESS.test(text)) return 'web address (metadata, not body)';
    if (i < lead && text.length <= 40 && DATELINE.test(text) && /\p{Lu}{2}/u.test(text))
      return 'dateline (metadata, not body)';
    if (i < headline && text.length <= 40 && text.split(' ').length <= 3 && SECTION_LABEL.test(text))
      return 'section label or breadcrumb of the page';
    if (i >= texts.length - 3 && isSourceBlockLine(text)) return 'source or agency signature (metadata, not body)';
    return undefined;
  });
}

/** A caption given as the image's text and again as its caption, around the photo's credit: "caption / CREDIT / caption". */
function isCopyAroundCredit(texts: readonly string[], i: number): boolean {
  const text = texts[i]!;
  if (text.length < 20 || text.length > CAPTION_MAX) return false;
  return (
    (texts[i + 2] === text && isCreditBetweenCopies(texts, i + 1)) ||
    (texts[i - 2] === text && isCreditBetweenCopies(texts, i - 1))
  );
}

/** A credit as a line: a name in capitals ("FPREN", "AP/JOHN DOE"), or with an agency, "©" or "photo" in it. */
const CREDIT_LIKE = new RegExp(
  `^(?:[\\p{Lu}\\p{N}&./ -]{2,30}|.{0,30}(?:©|\\b${AGENCY}\\b|\\b(?:photo|foto|image|bild)\\b).{0,30})$`,
  'u',
);

/** "FPREN" between two copies of one caption: the credit of the photo they describe. */
function isCreditBetweenCopies(texts: readonly string[], i: number): boolean {
  const [text, before] = [texts[i], texts[i - 1]];
  return !!text && !!before && before.length >= 20 && before === texts[i + 1] && CREDIT_LIKE.test(text);
}

function isSourceBlockLine(text: string): boolean {
  if (text.length > 80) return false;
  if (OUTLET_IN_BRACKETS.test(text)) return true;
  const label = SOURCE_LABEL.exec(text);
  return !!label && (!label[1] || SOURCE_NAME.test(label[1]));
}
