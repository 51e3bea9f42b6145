// Photo captions the other rules miss: a gallery, where a copied page gives
// each picture's caption two or more times (the image's text, the slide, the
// thumbnail), and captions closed by a credit however long they run — two
// sentences and "© Louvre", "…, EFE", "(AP Photo/…)", "(IMAGO / …)", "(Quelle: …/AP/dpa)",
// "(picture alliance / AP / …)", "… Name Surname/RTP"; and the image's alt text beside its caption, opening
// with the caption's words. A line
// pointing at who stands where ("Watkins (right) watches …") is a caption,
// and so is the short line beside a credit alone on its line. An article
// states a sentence once; a pull quote repeats one, but once, and not among
// a run of repeated lines.
import type { Block } from '@dossier/core';
import { mayCloseOnAgency } from './clutter-gates.js';

/** Shorter lines ("Photo", "Share") are labels, left to the label rules. */
const MIN_CAPTION = 15;
/** Longer blocks are paragraphs, never captions. */
const MAX_CAPTION = 400;
/** Repeated lines a run must hold to be a gallery: a pull quote's two copies are not one. */
const MIN_REPEATED = 3;
/** Share of a gallery's lines that are repeated: one new caption may sit among the copies. */
const MIN_REPEATED_SHARE = 2 / 3;

/** A second sentence inside a line: a caption is one. */
const MORE_SENTENCES = /[.!?]["”»]?\s+["“«]?\p{Lu}/u;

/** The agencies and picture desks that credit press photos. */
const AGENCY =
  '(?:AFP|AP|Reuters|REUTERS|EFE|EPA|EPA-EFE|dpa|DPA|ANSA|Xinhua|Anadolu|Getty Images|Getty|Shutterstock|Bloomberg|NurPhoto|Keystone|Europa Press|Agencias|Sputnik|TASS|Imago|IMAGO|PAP|UNIAN|УНІАН|Ukrinform|Укрінформ|ТАСС|РИА Новости|AA|Anadolu Ajansı|DHA|İHA|Kyodo|Yonhap|ANI|PTI|Belga|Lusa|ČTK|NTB|SIPA|Sipa|ABACA|East News|LaPresse)';
// "Histórico robo en el Louvre, EFE", "Rescuers at the site – AFP": a caption line closed by the agency alone.
// "… in the old town / UNIAN": a slash before the agency too.
const AGENCY_CLOSE = new RegExp(`[^.!?]\\s*[,|–—/-]\\s*${AGENCY}(?:\\s*/\\s*\\p{Lu}[\\p{L} .'-]{1,40})?$`, 'u');
// "… nicht gestohlen. © Louvre", "… gefertigt. © Louvre/Stéphane Maréchal": a credit closing a caption of sentences.
const COPYRIGHT_CLOSE = /[.!?»"”)]\s*©\s*\p{L}[^©.!?]{1,50}$/u;

// "Earth as seen from the upper stage of the rocket …", "The flooded street, as seen in this photo taken …", "… se ve en
// la imagen", "… sur la photo", "… auf dem Bild": a line that describes a picture. At a line's start, "as seen from"
// follows a bare noun phrase (a sentence has its verb before it: "The city, as seen from the air, was …" stays).
const DESCRIBES_PICTURE =
  /\bas seen in (?:this|the) (?:photo|image|picture|handout|video still)\b|\bseen in this (?:photo|image|picture)\b|\b(?:pictured|photographed) (?:here|above|below)\b|\bse ve en (?:la|esta) (?:imagen|foto)|\ben la (?:imagen|foto) (?:se ve|aparece)|\bsur (?:la|cette) photo\b|\bauf (?:dem|diesem) (?:bild|foto)\b|\bnella foto\b|\bna (?:foto|imagem)\b/iu;
const NOUN_PHRASE_SEEN_FROM = /^\p{Lu}[\p{L}'’-]*(?: [\p{L}'’-]+){0,3} as seen from\b/u;
/** A word each form of the two above holds: a line with none of them (most lines) is spared both. */
const MAY_DESCRIBE_PICTURE = /seen|pictured|photographed|imag|foto|photo|bild/iu;

// "… in Munich, Tuesday, July 9, 2024. (AP Photo/Manu Fernandez)", "… gegenüber. (IMAGO / PA Images / IMAGO / Adam Davy)",
// "(Foto: Ana Ruiz)": a caption closed by its credit in brackets — a photo word, or names split by slashes.
const CREDIT_PART = String.raw`\p{Lu}[\p{L}'’.&-]*(?: [\p{L}'’.&-]+){0,3}`;
// The photo word with its credit after it ("(Foto: Ana Ruiz)", "(Photo by …)", "(AP Photo/…)"); "(en images)", "(in
// pictures)" mark a gallery's headline, not a credit.
const BRACKETED_PHOTO_CREDIT =
  /\([^()]{0,40}\b(?:photo|foto|bild|image|imagen|picture|illustration)s?\s*(?::|\/|\bby\b|\bde\b|\bvon\b|\bdi\b|\bcourtesy\b|\bcredit\b)[^()]{1,60}\)\.?$/iu;
// Names split by slashes: spaced ("(Reuters / Jane Doe)") or three of them; "(Labour/Conservative)" is a sentence's aside.
const BRACKETED_NAMES_CREDIT = new RegExp(
  String.raw`\(\s*${CREDIT_PART}(?:(?:\s+/\s+${CREDIT_PART})+|(?:\s*/\s*${CREDIT_PART}){2,5})\s*\)\.?$`,
  'u',
);
// "(Quelle: Jane Doe/AP/dpa)", "(Fuente: Ana Ruiz/EFE)": a labelled source whose names are split by slashes; a
// sentence citing its source ("(Quelle: Statistisches Bundesamt)") has no slash in it.
const BRACKETED_LABELLED_CREDIT =
  /\((?:quelle|bildquelle|source|fuente|fonte|credit|crédit|crédito|credito)s?\s*:\s*[^()/]{2,40}\/[^()]{2,60}\)\.?$/iu;
// "(picture alliance / AP / Jane Doe)": three credits or more split by spaced slashes, the first in any case.
const BRACKETED_SPACED_CREDIT =
  /\((?:[\p{L}'’.&-]+(?: [\p{L}'’.&-]+){0,3}\s\/\s){2,4}[\p{L}'’.&-]+(?: [\p{L}'’.&-]+){0,3}\)\.?$/u;
// "… corrige número de vítimas Vasco Cândido/CMTV": a caption closed by the photographer and the outlet's initials,
// with no full stop — a sentence ends on its punctuation.
const NAME_SLASH_OUTLET = /[^.!?]\s\p{Lu}[\p{L}'’-]+(?: \p{Lu}[\p{L}'’-]+){1,3}\/\p{Lu}{2,10}$/u;
/** Longer than this, a line closed by a name and initials is a paragraph. */
const MAX_NAME_SLASH_CAPTION = 300;
const isSlashedCredit = (text: string) =>
  BRACKETED_LABELLED_CREDIT.test(text) ||
  BRACKETED_SPACED_CREDIT.test(text) ||
  (text.length <= MAX_NAME_SLASH_CAPTION && NAME_SLASH_OUTLET.test(text));

// "Ollie Watkins (right) watches his shot …", "Luis de la Fuente (Mitte) …", "El Rey (izq.) y …": who stands where in the
// picture, in the languages we meet. Only a caption points at the left and the right of what the reader sees.
const POSITION_IN_PICTURE =
  /\p{Lu}[\p{L}'’.-]+\s\((?:right|left|centre|center|second (?:from )?(?:left|right)|far (?:left|right)|l-r|l to r|from left|top|bottom|links|rechts|mitte|Mitte|von links|v\.l\.|à gauche|à droite|au centre|de g\. à d\.|izq\.?|izquierda|der\.?|derecha|centro|de izquierda a derecha|a sinistra|a destra|al centro|da sinistra|esq\.?|esquerda|dir\.?|direita)\)/u;
/** Longer than this, a line with a position in it is a paragraph. */
const MAX_POSITION_CAPTION = 250;

/**
 * Indexes of the blocks that are captions of a gallery: a run of short blocks
 * holding at least three lines that occur more than once in it, and hardly any
 * others; lines written once count only between the copies.
 *
 * @example
 * galleryLines(['A rocket lifts off from the pad.', 'A rocket lifts off from the pad.', …]) // => [0, 1, …]
 */
export function galleryLines(blocks: readonly Block[]): number[] {
  const texts = blocks.map((b) => b.text.trim());
  const counts = new Map<string, number>();
  for (const t of texts) if (t.length >= MIN_CAPTION) counts.set(t, (counts.get(t) ?? 0) + 1);
  const repeated = texts.map((t) => (counts.get(t) ?? 0) > 1);
  const found: number[] = [];
  let start = 0;
  // Runs of caption-sized blocks, cut by anything longer; each run is judged as a whole.
  for (let i = 0; i <= texts.length; i++) {
    const captionSized = i < texts.length && texts[i]!.length >= MIN_CAPTION && texts[i]!.length <= MAX_CAPTION;
    if (captionSized) continue;
    const run = [...Array(i - start).keys()].map((k) => start + k);
    // A run's repeated lines count only when repeated: a line written twice, once in the run, once in the body, is a quote.
    const inRun = new Map<string, number>();
    for (const k of run) if (repeated[k]) inRun.set(texts[k]!, (inRun.get(texts[k]!) ?? 0) + 1);
    const copies = run.filter((k) => (inRun.get(texts[k]!) ?? 0) > 1);
    // A page that printed its text twice repeats paragraphs in order (A B C A B C); a gallery gives one caption
    // twice in a row (the image's text, then the slide's), and its captions are single sentences.
    const adjacent = copies.some((k) => texts[k + 1] === texts[k]);
    const captionLike = copies.every((k) => !MORE_SENTENCES.test(texts[k]!));
    if (adjacent && captionLike && copies.length >= MIN_REPEATED && copies.length / run.length >= MIN_REPEATED_SHARE) {
      // A line written once joins the gallery only between its copies: the paragraph before a gallery stays.
      const [first, last] = [copies[0]!, copies.at(-1)!];
      found.push(...run.filter((k) => k >= first && k <= last));
    }
    start = i + 1;
  }
  return found;
}

/** Whether a line is a caption: closed by its credit (the agency after a comma or dash, "©" after sentences), or describing a picture. */
export function isCreditedCaption(text: string): boolean {
  if (text.length > MAX_CAPTION) return false;
  if (
    (text.length <= 200 && mayCloseOnAgency(text) && AGENCY_CLOSE.test(text)) ||
    (text.includes('©') && COPYRIGHT_CLOSE.test(text))
  )
    return true;
  const bracketLast = text.endsWith(')') || text.endsWith(').');
  if (bracketLast && (BRACKETED_PHOTO_CREDIT.test(text) || BRACKETED_NAMES_CREDIT.test(text))) return true;
  // Every line is read here: the credits split by slashes are looked for only on lines with a slash in them.
  if (text.includes('/') && isSlashedCredit(text)) return true;
  // …and positions only on lines with a bracket in them.
  const position = text.length <= MAX_POSITION_CAPTION && text.includes('(') && POSITION_IN_PICTURE.test(text);
  if (position && !MORE_SENTENCES.test(text)) return true;
  return MAY_DESCRIBE_PICTURE.test(text) && (DESCRIBES_PICTURE.test(text) || NOUN_PHRASE_SEEN_FROM.test(text));
}

/** "… shows …", "… is seen …", "zeigt", "montre", "muestra": the verb of a caption telling what a picture holds. */
const SHOWS =
  /\b(?:shows?|showing|is seen|are seen|pictured|zeigt|montre|muestra|mostra|pokazuje|gösteriyor)\b|показує|показывает/iu;

/** A caption beside its credit is a short line: a paragraph next to a credit stays. */
const MAX_BESIDE_CREDIT = 200;
/** Quotation marks: someone speaks, so it is the story, not a picture's caption. */
const QUOTED = /["“”«»„]/u;
/** A credit alone on its line ("Foto: Ballesteros – DPA", "© getty"), as the cleaner marked it before. */
const isCreditOnly = (block: Block | undefined) =>
  !!block && block.text.trim().length <= 60 && block.clutter?.reason === 'photo credit (metadata, not body)';
const captionSized = (block: Block | undefined) => {
  const text = block?.text.trim() ?? '';
  return !block?.clutter && text.length >= MIN_CAPTION && text.length <= MAX_BESIDE_CREDIT && !QUOTED.test(text);
};

/**
 * Indexes of the captions beside a credit line: the short sentence (with its full stop) just above
 * the credit ("Iker Casillas händigt … den Pokal aus." / "Foto: … – DPA"), or,
 * when the line above is marked already (an image's file name, another
 * credit), the short line just below it ("© getty" / "Trainer Luis de la
 * Fuente präsentiert den EM-Pokal …").
 */
export function captionsBesideCredits(blocks: readonly Block[]): number[] {
  const found: number[] = [];
  blocks.forEach((block, i) => {
    if (!isCreditOnly(block)) return;
    // Above the credit, a caption is one sentence with its full stop: a subheading above a picture has none.
    const above = blocks[i - 1]?.text.trim() ?? '';
    // The text's first line is the standfirst under the headline, whatever credit follows it.
    if (i >= 2 && captionSized(blocks[i - 1]) && /[.!?]$/u.test(above) && !MORE_SENTENCES.test(above))
      found.push(i - 1);
    // "A view shows the ship after it was refloated" / "[Canal Authority/Reuters]": no stop, but a picture's verb.
    else if (i >= 2 && captionSized(blocks[i - 1]) && !/[.!?:;,]$/u.test(above) && SHOWS.test(above)) found.push(i - 1);
    else if ((i === 0 || blocks[i - 1]!.clutter) && captionSized(blocks[i + 1])) found.push(i + 1);
  });
  return found;
}

/**
 * For each block, the reason it is a caption by these rules, or undefined.
 *
 * @example
 * captionReasons([{ kind: 'paragraph', text: 'The crown, found broken outside the museum. © Louvre' }])
 * // => ['photo caption and credit (metadata, not body)']
 */
export function captionReasons(blocks: readonly Block[]): (string | undefined)[] {
  const gallery = new Set(galleryLines(blocks));
  const besideCredit = new Set(captionsBesideCredits(blocks));
  const reasons: (string | undefined)[] = blocks.map((b, i) => {
    if (gallery.has(i)) return 'photo caption of a gallery (repeated lines)';
    if (besideCredit.has(i)) return 'photo caption beside its credit (metadata, not body)';
    if (isCreditedCaption(b.text.trim())) return 'photo caption and credit (metadata, not body)';
    return undefined;
  });
  const isCaption = (i: number) => !!reasons[i] || /caption/u.test(blocks[i]?.clutter?.reason ?? '');
  blocks.forEach((b, i) => {
    if (b.clutter || reasons[i]) return;
    if (
      (isCaption(i + 1) && isAltText(b.text, blocks[i + 1]!.text)) ||
      (isCaption(i - 1) && isAltText(b.text, blocks[i - 1]!.text))
    )
      reasons[i] = "alt text of the caption's photo (metadata, not body)";
  });
  return reasons;
}

/** Words an image's alt text and its caption open with alike: fewer could be a sentence that names the same person. */
const ALT_TEXT_SAME_WORDS = 4;
/** Longer than this, a line beside a caption is a paragraph. */
const MAX_ALT_TEXT = 200;

/**
 * Whether a line is the alt text of the photo a caption beside it describes:
 * short, one sentence, and opening with the caption's first words
 * ("Der Minister und seine Frau im Saal." beside "Der Minister und seine
 * Frau, hier beim Empfang, … (Foto: …)").
 */
function isAltText(text: string, caption: string): boolean {
  const line = text.trim();
  if (line.length > MAX_ALT_TEXT || MORE_SENTENCES.test(line) || QUOTED.test(line)) return false;
  const opening = (t: string) =>
    t
      .trim()
      .split(/[\s,]+/u)
      .slice(0, ALT_TEXT_SAME_WORDS)
      .join(' ');
  return line.split(/\s+/u).length > ALT_TEXT_SAME_WORDS && opening(line) === opening(caption);
}
