// Credit lines an article carries besides its byline: the news agency alone
// on its line ("Keystone-SDA", "SID", "agenzia"), a metadata form ("Autor: …
// | Fecha: …", "Foto/Quelle: dts"), the wire's reporting and editing credit
// ("(Reporting by …; editing by …)"), a colleague's contribution ("…
// contributed reporting."), the republisher's disclaimer, the writer's role
// under the byline ("Editor"), a short line with the writer's social handle
// and the name just above it, and the outlet's name right under the
// headline. They are the article's metadata, not its body; each rule matches
// a whole line of one of these forms, in the languages we meet, so a
// sentence that names an agency, a report or an editor stays.
import type { Block } from '@dossier/core';

/** The news agencies that sign wire copy, as they write their names. */
const AGENCY =
  '(?:AFP|AP|Reuters|dpa|DPA|EFE|ANSA|Xinhua|TASS|Interfax|Ukrinform|UNIAN|PAP|ANP|Belga|APA|AAP|PTI|IANS|ANI|Yonhap|Kyodo|Bernama|Antara|Anadolu|Europa Press|Agencias|Agencies|Agences|Agenturen|Agenzie|Keystone-SDA|Keystone-ATS|Keystone-ATS/SDA|SDA|ATS|KNA|epd|AFP-JIJI|RIA Novosti|Sputnik|Notimex|Télam|Prensa Latina|Associated Press|Agence France-Presse|Deutsche Presse-Agentur|Press Trust of India|SID|sid|dts|dts Nachrichtenagentur|sda|ats|askanews|Adnkronos|AGI|LaPresse|Lusa|NTB|STT|Ritzau|ČTK|CTK|MTI|BTA|HINA|Tanjug|Agerpres|IRNA|WAFA|QNA|KUNA|WAM|PA Media|Press Association|Canadian Press|UPI|Jiji|Servimedia|Colpisa|APA-OTS|OTS|agenzia|agenzie|agencia|agencias|agence|agences|agency|agencies|agentur|agenturen|agência|agências|Agenzia|Agencia|Agence|Agency|Agentur|Agência)';
/** "Keystone-SDA", "dpa/AFP", "AFP, Reuters", "EFE y AFP": agencies alone on a line. */
const AGENCIES_ALONE = new RegExp(`^\\(?${AGENCY}(?:\\s*(?:[/,&+]|and|und|et|y|e)\\s*${AGENCY}){0,3}\\)?\\.?$`, 'u');

/** "AFP", "dpa/AFP", "EFE y AFP": one news agency or a few, alone on the line. */
export const isAgenciesAlone = (text: string) => text.length <= 60 && AGENCIES_ALONE.test(text);

/** The labels of an article's metadata form, in English, Spanish, French, German, Italian, Portuguese, Turkish, Polish, Ukrainian, Russian. */
const FORM_LABEL =
  '(?:author|authors|autor|autores|autora|auteur|auteurs|autore|autori|verfasser|by|por|par|von|di|date|fecha|datum|data|published|publicado|publié|veröffentlicht|pubblicato|updated|actualizado|mis à jour|aktualisiert|aggiornato|atualizado|source|fuente|quelle|fonte|redacción|redaktion|rédaction|redazione|redação|photo|foto|bild|crédito|credit|editör|editor|yazar|muhabir|kaynak|haber merkezi|autorka|źródło|zdjęcie|opracowanie|redakcja|автор|автори|авторы|джерело|источник|редактор|фото)';
/** One field of the form: "Autor: Redacción / Noventa Grados", "Fecha: 1 de Septiembre de 2025 a las 08:10:28". */
// "Foto/Quelle: dts": two labels for one field.
const FORM_FIELD = new RegExp(`^${FORM_LABEL}(?:\\s?/\\s?${FORM_LABEL})?\\s*:\\s*(\\S.{0,80})$`, 'iu');
/** A field's value is a name, a date or a number of a few words, never a sentence. */
// An agency writes itself in lower case ("dpa", "dts"): one such word is a value too.
// "Helena Gries, Karolin Schäfer, Katja Thorwarth, Niklas Kirk": the names of a team, as many as it has.
const FORM_VALUE =
  /^(?:[\p{Lu}\p{N}]\S*(?:\s+\S+){0,8}|\p{Ll}[\p{L}./-]{1,11}|\p{Lu}[\p{L}'’.-]+(?: \p{Lu}[\p{L}'’.-]+){0,3}(?:(?:,| and| und| et| y| i| ve| и| і) \p{Lu}[\p{L}'’.-]+(?: \p{Lu}[\p{L}'’.-]+){0,3})+)$/u;

/** "reporting" → "[Rr]eporting": a word with its first letter in either case (the names after it must be capitalised). */
const anyCase = (words: string[]) => words.map((w) => `[${w[0]!.toUpperCase()}${w[0]}]${w.slice(1)}`).join('|');
const CREDIT_VERB = `(?:(?:[Aa]dditional )?(?:${anyCase(['reporting', 'writing', 'editing', 'research', 'compiled', 'edited', 'written', 'reported', 'photos', 'graphics', 'reportage', 'rédaction', 'édité', 'texte', 'redacción', 'información', 'editado', 'escrito', 'reportaje', 'reportagem', 'edição', 'texto', 'bearbeitet', 'redigiert', 'a cura', 'testo'])}|[Mm]it [Mm]aterial))`;
const CREDIT_NAME = `(?:${AGENCY}|\\p{Lu}[\\p{L}'’.-]+(?: \\p{Lu}[\\p{L}'’.-]+){0,3})`;
const CREDIT_NAMES = `${CREDIT_NAME}(?:(?:,| and| und| et| y| e| in| en| à| a) ${CREDIT_NAME})*`;
const CREDIT_PART = `${CREDIT_VERB}\\s+(?:by|de|par|von|di|por|da|del)\\s+${CREDIT_NAMES}`;
// "(Reporting by Michel Rose and Kate Entringer; editing by Aidan Lewis)", "Writing by A in Paris; Editing by B",
// "(Información de Ana Ruiz; editado por Luis Gil)", "(Mit Material von dpa)": the wire's credits, names only.
const WIRE_CREDIT = new RegExp(`^\\(?${CREDIT_PART}(?:\\s*[;,]\\s*${CREDIT_PART})*\\)?\\.?$`, 'u');

// "Victor Goury-Laffont contributed reporting.", "Jane Roe contributed to this report.",
// "Con la colaboración de …", "Mitarbeit: …": a colleague's share in the story.
const CONTRIBUTION =
  /^(?:\p{Lu}[\p{L}'’.-]+(?:\s+(?:\p{Lu}[\p{L}'’.-]+|and|de|van|von|da|del))*(?:,\s*\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]+)*)*\s+(?:contributed|also contributed|contributed reporting|contributed to this (?:report|article|story))[^.]{0,60}|(?:[Cc]on la colaboración de|[Aa]vec la collaboration de|[Mm]itarbeit\s*:|[Mm]it [Bb]eiträgen von|[Cc]on la collaborazione di)\s+\p{Lu}[^.]{1,80})\.?$/u;

// "(With inputs from agencies.)", "With inputs from PTI": the wire copy the text was written from, as Indian outlets note it.
const INPUTS_FROM = new RegExp(
  `^\\(?[Ww]ith inputs? from (?:the )?(?:${AGENCY}|\\p{Lu}[\\p{L}.-]+)(?:\\s*(?:,|and|&)\\s*${AGENCY})*\\.?\\)?\\.?$`,
  'u',
);

// "Disclaimer: This report is auto generated from …", "Avertissement : …", "Aviso legal: …".
const DISCLAIMER =
  /^(?:disclaimer|avertissement|clause de non-responsabilité|aviso legal|descargo de responsabilidad|haftungsausschluss|esclusione di responsabilità|isenção de responsabilidade)\s*:\s*\S/iu;

/** A writer's role, alone on the line under the byline: "Editor", "Senior Correspondent", "Redakteurin". */
const ROLE =
  /^(?:(?:senior|chief|deputy|managing|executive|associate|contributing|political|foreign|staff|special|science|business|news)\s+)?(?:editor|editor-in-chief|correspondent|reporter|writer|staff writer|columnist|contributor|journalist|redakteur(?:in)?|korrespondent(?:in)?|rédact(?:eur|rice)(?: en chef)?|journaliste|envoyée? spéciale?|correspondante?|redactora?|periodista|corresponsal|giornalista|inviat[oa]|redattore|redattrice|jornalista|repórter|editora?)$/iu;

// "Comment and Analysis @nicholaspwright", "Follow @jane_roe": a social handle on a short line of its own, not a sentence.
const HANDLE_LINE = /(?:^|\s)@[A-Za-z0-9_]{2,30}(?=\s|$)/u;
/** Words a handle's line holds at most. */
const HANDLE_LINE_WORDS = 8;
/** "Nick Wright", "Ana María de la Fuente": a name alone on its line, two to four words. */
const NAME_ALONE = /^\p{Lu}[\p{L}'’.-]+(?: (?:\p{Lu}[\p{L}'’.-]+|de|la|del|van|von|da|di|dos|le)){1,4}$/u;
/** Under the headline, "The Peninsula", "Agence Ecofin": the outlet's or the section's name, two or three capitalised words. */
const OUTLET_WORD = String.raw`\p{Lu}[\p{L}'’&.-]+`;
const OUTLET_NAME = new RegExp(
  String.raw`^(?:(?:The|La|Le|Les|El|Los|Las|Der|Die|Das|Il|Lo|De|Het) ${OUTLET_WORD}(?: ${OUTLET_WORD}){0,2}|${OUTLET_WORD}(?: ${OUTLET_WORD}){1,2})$`,
  'u',
);
/** "n-tv", "t-online", "example.de": an outlet's name as one token, in lower case or with a hyphen or a dot in it. */
const OUTLET_TOKEN = /^(?=.*(?:^\p{Ll}|[.-]\p{L}))[\p{L}\p{N}]+(?:[.-][\p{L}\p{N}]+)*$/u;
const isOutletName = (text: string) => OUTLET_NAME.test(text) || OUTLET_TOKEN.test(text);
/** A paragraph of the story: a sentence of some length. */
const isStoryParagraph = (text: string | undefined) =>
  !!text && (text.length > 220 || (text.length > 60 && /[.!?]["”»]?$/u.test(text)));

const isHandleLine = (text: string) =>
  text.length <= 80 &&
  HANDLE_LINE.test(text) &&
  text.split(/\s+/u).length <= HANDLE_LINE_WORDS &&
  !/[.!?]["”»]?$|[.!?]\s/u.test(text);

/** The reason given to every line these rules mark. */
const CREDIT_REASON = 'credit line (metadata, not body)';
const BYLINE_REASON = 'byline (metadata, not body)';

/** A line of the metadata form: one field, or fields side by side ("Autor: … | Fecha: …"). */
function isFormLine(text: string): boolean {
  // Every field has its colon (FORM_FIELD): a line without one (most) is spared the splitting.
  if (text.length > 200 || !text.includes(':')) return false;
  return text.split(/\s+[|•·]\s+/u).every((part) => FORM_VALUE.test(FORM_FIELD.exec(part)?.[1] ?? ''));
}

/**
 * For each block, the reason it is a credit line, or undefined. A role is
 * metadata only right under a byline (a block already marked as one) near
 * the top; everything else is told by the line alone.
 *
 * @example
 * creditReasons([{ kind: 'paragraph', text: '(Reporting by Jane Roe; editing by John Doe)' }])
 * // => ['credit line (metadata, not body)']
 */
export function creditReasons(blocks: readonly Block[]): (string | undefined)[] {
  return blocks.map((block, i) => {
    const text = block.text.trim();
    if (isAgenciesAlone(text) || INPUTS_FROM.test(text)) return CREDIT_REASON;
    if (isFormLine(text)) return CREDIT_REASON;
    if (text.length <= 300 && WIRE_CREDIT.test(text)) return CREDIT_REASON;
    if (text.length <= 200 && CONTRIBUTION.test(text)) return CREDIT_REASON;
    if (text.length <= 400 && DISCLAIMER.test(text)) return CREDIT_REASON;
    const above = blocks[i - 1]?.clutter?.reason ?? '';
    if (i <= 6 && /byline/u.test(above) && ROLE.test(text)) return CREDIT_REASON;
    if (isHandleLine(text)) return BYLINE_REASON;
    const below = blocks[i + 1]?.text.trim() ?? '';
    if (text.length <= 40 && NAME_ALONE.test(text) && (isHandleLine(below) || ROLE.test(below))) return BYLINE_REASON;
    if (i === 0 && text.length <= 30 && isOutletName(text) && isStoryParagraph(blocks[1]?.text.trim()))
      return "outlet's or section's name under the headline (metadata, not body)";
    return undefined;
  });
}
