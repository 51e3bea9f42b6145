// Small widgets of a news page that read as text: the strip of fields the
// page sets above the story ("Quotidiano.net | 19 ott 2025 | 🔊 Ascolta la
// notizia": the outlet, the date, a listen button), and a short prompt to
// fund the newsroom ("Support Independent Journalism? Keep us live."). Both
// are told by their form, in several languages: a strip is fields side by
// side, one of them a date, a time or a button, none a sentence; a prompt
// asks the reader, in the imperative, to support journalism. And the label a
// page leaves after the story ("Beben in Südostasien", a topic link): a story
// ends on a sentence, never on a few words without punctuation — unless it
// has such lines of its own (subheadings, a list), so its last one may be one.
import type { Block } from '@dossier/core';

/** Month names and their short forms in the languages we meet (Italian "ott", Spanish "sept."). */
const MONTH =
  '(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec|janv|févr|avr|juil|déc|ene|abr|ago|dic|gen|mag|giu|lug|ott|set|okt|dez|mär|mai|januar|februar|märz|juni|juli|august|oktober|dezember|january|february|march|april|june|july|september|october|november|december|janvier|février|mars|avril|juin|juillet|août|septembre|octobre|novembre|décembre|enero|febrero|marzo|mayo|junio|julio|agosto|septiembre|octubre|noviembre|diciembre|gennaio|febbraio|aprile|maggio|giugno|luglio|settembre|ottobre|dicembre)\\.?';
/** A field that is a date or a time: "19 ott 2025", "March 7, 2025", "07/03/2025", "08:10". */
const DATE_FIELD = new RegExp(
  `^(?:\\p{L}+,? )?(?:\\d{1,2}\\.? (?:de )?${MONTH}(?:,? (?:de )?\\d{2,4})?|${MONTH} \\d{1,2}(?:,? \\d{4})?|\\d{1,2}[./-]\\d{1,2}[./-]\\d{2,4})(?:,? (?:at |à |um |alle |a las )?\\d{1,2}[:.h]\\d{2}(?::\\d{2})?(?: ?[ap]m)?)?$|^\\d{1,2}[:.h]\\d{2}(?: ?[ap]m)?$`,
  'iu',
);
/** A listen or play button: "🔊 Ascolta la notizia", "Listen to this article", "Écouter l'article", "Artikel anhören". */
const LISTEN_FIELD =
  /^(?:[\p{Extended_Pictographic}▶►]\uFE0F?\s*)?(?:listen(?: to)?(?: this| the)? ?(?:article|story|news)?|ascolta(?: la notizia| l['’]articolo| l['’]audio)?|écouter(?: l['’]article| cet article)?|escuchar?(?: la noticia| el artículo| esta noticia)?|(?:artikel )?anhören|ouvir(?: a notícia| o artigo)?|play|watch|video|audio)(?:\s*\(?\d{1,2}:\d{2}\)?)?$/iu;
/** A field of a strip: a name, a date, a button, a reading time — a few words, no sentence. */
const SHORT_FIELD = /^(?:(?![.!?]\s).){1,40}$/u;

/** A strip of fields: two separators or more, every field short, one a date, a time or a button. */
function isFieldStrip(text: string): boolean {
  if (text.length > 150) return false;
  const fields = text.split(/\s+[|•·]\s+/u).map((f) => f.trim());
  if (fields.length < 3 || !fields.every((f) => SHORT_FIELD.test(f) || DATE_FIELD.test(f))) return false;
  return fields.some((f) => DATE_FIELD.test(f) || LISTEN_FIELD.test(f));
}

// "Support Independent Journalism? Keep us live.", "Soutenez le journalisme indépendant !", "Apoya el periodismo
// independiente", "Sostieni il giornalismo di qualità": an imperative to fund the newsroom, short, on its own line.
const SUPPORT_PROMPT =
  /^(?:support|fund|back|help fund|donate to|soutenez|soutenir|apoya|apoye|apóyanos|sostieni|sostenete|apoie|unterstützen sie|unterstütze)\s+(?:(?:our|independent|quality|local|free|trusted|le|la|el|il|o|a|unseren?|unabhängigen?|indépendant|independiente|indipendente|independente|de|di|qualité|calidad|qualità|qualidade)\s+){0,3}(?:journalism|newsroom|reporting|news|journalisme|rédaction|periodismo|giornalismo|jornalismo|journalismus|redaktion|информацию)\b.{0,60}$/iu;
/** "Keep us live.", "Help us keep going", "Aidez-nous": the second half of such a prompt, alone on a line. */
const KEEP_US =
  /^(?:keep us (?:live|alive|going|independent)|help us (?:keep|stay) [\p{L} ]{2,30}|aidez-nous[\p{L} ]{0,30}|ayúdanos[\p{L} ]{0,30}|aiutaci[\p{L} ]{0,30})[.!]?$/iu;

/** Words a closing label holds at most. */
const CLOSING_LABEL_WORDS = 5;
/** Blocks an article needs before its last one can be told a label: a note of two lines may end on anything. */
const MIN_BLOCKS = 3;

/** A few words without punctuation at the end: a label, a subheading, an item of a list. */
// Its last character first (tested on the last two units, which hold it whole): most lines end on a stop, and are
// spared splitting into words.
const isShortUnpunctuated = (text: string) =>
  ENDS_ON_WORD_CHARACTER.test(text.slice(-2)) && text.split(/\s+/u).length <= CLOSING_LABEL_WORDS;
const ENDS_ON_WORD_CHARACTER = /[\p{L}\p{N}]$/u;
/**
 * A label is words alone; a line with stops or a colon inside ("Official denies.. but") is a subheading, and one
 * with the commas and stops of scripts written without spaces ("，", "。", "、") is a sentence cut short, however few
 * spaces it has.
 */
const isLabelWords = (text: string) => !/[.:;!?，。、；：！？]/u.test(text);
/** A paragraph of the story: a sentence of some length. */
const isParagraph = (text: string) => text.length > 60 && /[.!?:]["”»]?$/u.test(text);

/**
 * The last block not yet marked, when every block after it is marked, and it
 * is a few words without punctuation — unless the text has such lines of its
 * own: a list it ends on ("Spain - 4" / "Italy - 2": the line above has the
 * same shape), or subheadings between its paragraphs, one of which may end a
 * text cut short.
 */
function closingLabel(blocks: readonly Block[]): number | undefined {
  let last = blocks.length - 1;
  while (last >= 0 && blocks[last]!.clutter) last--;
  if (last < MIN_BLOCKS - 1) return undefined;
  const text = (i: number) => blocks[i]!.text.trim();
  if (!isShortUnpunctuated(text(last)) || !isLabelWords(text(last)) || isShortUnpunctuated(text(last - 1)))
    return undefined;
  const texts = blocks.map((b) => b.text.trim());
  const hasSubheadings = texts.some(
    (t, i) =>
      i > 0 &&
      i < last &&
      !blocks[i]!.clutter &&
      isShortUnpunctuated(t) &&
      isParagraph(texts[i - 1]!) &&
      isParagraph(texts[i + 1]!),
  );
  return hasSubheadings ? undefined : last;
}

/**
 * For each block, the reason it is a widget of the page, or undefined.
 *
 * @example
 * widgetReasons([{ kind: 'paragraph', text: 'Example.net | 19 ott 2025 | 🔊 Ascolta la notizia' }])
 * // => ['strip of page fields (outlet, date, buttons)']
 */
export function widgetReasons(blocks: readonly Block[]): (string | undefined)[] {
  const closing = closingLabel(blocks);
  return blocks.map((b, i) => {
    const text = b.text.trim();
    if (i === closing) return 'label after the end of the story';
    if (isFieldStrip(text)) return 'strip of page fields (outlet, date, buttons)';
    if (text.length <= 120 && (SUPPORT_PROMPT.test(text) || KEEP_US.test(text))) return 'donation appeal';
    return undefined;
  });
}
