// A date or a time alone on its line, in any of the forms a page prints its
// stamps in: numeric ("03.09.2025 - 20:31 Uhr", "11/02/2026", "2025-09-03"),
// with a month name ("(17 aprile 2025)", "Mi., 3. Sept. 2025, 20:31 Uhr"), or
// relative ("vor 1 Tag", "il y a 2 heures", "hace 3 horas", "2 days ago"),
// with a counter after it (a comment count: "vor 1 Tag 1"). A line made of
// nothing but a date says when, never what: the page's metadata, not the
// story. A sentence that holds a date has words besides it and stays.
import type { Block } from '@dossier/core';

/** The words a stamp is written with, per language; each table's entries are alternatives of a regular expression. */
const STAMP_WORDS: Record<
  'en' | 'de' | 'fr' | 'es' | 'it' | 'pt' | 'ru' | 'uk' | 'pl' | 'tr',
  { months: string; days: string; relative: string }
> = {
  en: {
    months:
      'jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec|january|february|march|april|june|july|august|september|october|november|december',
    days: 'mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun|monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|yesterday',
    // "2 days ago", "an hour ago", "5 min ago"
    relative:
      '(?:\\d{1,3}|an?|one) (?:sec|secs|seconds?|min|mins|minutes?|hrs?|hours?|days?|weeks?|months?|years?) ago',
  },
  de: {
    months: 'januar|jänner|februar|märz|mär|april|mai|juni|juli|august|sept|oktober|okt|november|dezember|dez',
    days: 'mo|di|mi|do|fr|sa|so|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|heute|gestern',
    // "vor 1 Tag", "vor 3 Stunden", "vor 5 Min."
    relative:
      'vor (?:\\d{1,3}|einer?|einem) (?:sek\\.?|sekunden?|min\\.?|minuten?|std\\.?|stunden?|tag|tagen|woche|wochen|monat|monaten|jahr|jahren)',
  },
  fr: {
    months:
      'janv|janvier|févr|février|mars|avr|avril|mai|juin|juil|juillet|août|septembre|oct|octobre|novembre|déc|décembre',
    days: "lun|mar|mer|jeu|ven|sam|dim|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|aujourd’hui|aujourd'hui|hier",
    // "il y a 2 heures", "il y a 3 j"
    relative: 'il y a (?:\\d{1,3}|une?) (?:s|sec|secondes?|min|minutes?|h|heures?|j|jours?|semaines?|mois|ans?)',
  },
  es: {
    months:
      'ene|enero|febrero|marzo|abr|abril|mayo|junio|julio|ago|agosto|septiembre|setiembre|octubre|noviembre|dic|diciembre',
    days: 'lun|mié|jue|vie|sáb|dom|lunes|martes|miércoles|jueves|viernes|sábado|domingo|hoy|ayer',
    // "hace 3 horas", "hace un día"
    relative: 'hace (?:\\d{1,3}|una?) (?:seg|segundos?|min|minutos?|h|horas?|días?|semanas?|mes|meses|años?)',
  },
  it: {
    months:
      'gen|gennaio|febbraio|marzo|aprile|mag|maggio|giu|giugno|lug|luglio|agosto|set|settembre|ott|ottobre|novembre|dicembre',
    days: 'lunedì|martedì|mercoledì|giovedì|venerdì|sabato|domenica|oggi|ieri',
    // "2 ore fa", "un giorno fa"
    relative:
      '(?:\\d{1,3}|una?) (?:secondi|minuti|min|ora|ore|giorno|giorni|settimana|settimane|mese|mesi|anno|anni) fa',
  },
  pt: {
    months: 'janeiro|fevereiro|março|abril|maio|junho|julho|agosto|setembro|outubro|novembro|dezembro|fev|set|out|dez',
    days: 'segunda-feira|terça-feira|quarta-feira|quinta-feira|sexta-feira|sábado|domingo|hoje|ontem',
    // "há 2 horas", "há um dia"
    relative: 'há (?:\\d{1,3}|uma?) (?:segundos?|minutos?|min|horas?|h|dias?|semanas?|mês|meses|anos?)',
  },
  ru: {
    // "13 февраля 2023, 09:59", "10 фев 2023": the genitive a date is written in, and the short forms.
    months:
      'января|февраля|марта|апреля|мая|июня|июля|августа|сентября|октября|ноября|декабря|янв|фев|мар|апр|июн|июл|авг|сен|сент|окт|ноя|дек',
    days: 'понедельник|вторник|среда|четверг|пятница|суббота|воскресенье|пн|вт|ср|чт|пт|сб|вс|сегодня|вчера',
    // "2 часа назад", "5 минут назад"
    relative: '\\d{1,3} (?:секунд[уы]?|минут[уы]?|мин|час|часа|часов|дн[яей]|день|недел[юиь]|месяц[аев]*) назад',
  },
  uk: {
    months:
      'січня|лютого|березня|квітня|травня|червня|липня|серпня|вересня|жовтня|листопада|грудня|лют|бер|квіт|трав|черв|лип|серп|вер|жовт|лист|груд',
    days: 'понеділок|вівторок|середа|четвер|пʼятниця|п’ятниця|субота|неділя|сьогодні|вчора',
    // "2 години тому"
    relative: '\\d{1,3} (?:секунд[уи]?|хвилин[уи]?|хв|годин[уи]?|дн[іяів]+|день|тижн[іяів]+|місяц[іяів]+) тому',
  },
  pl: {
    months:
      'stycznia|lutego|marca|kwietnia|maja|czerwca|lipca|sierpnia|września|października|listopada|grudnia|sty|lut|kwi|cze|lip|sie|wrz|paź|lis|gru',
    days: 'poniedziałek|wtorek|środa|czwartek|piątek|sobota|niedziela|dzisiaj|dziś|wczoraj',
    // "2 godziny temu"
    relative: '\\d{1,3} (?:sekund[ay]?|minut[ay]?|min|godzin[ay]?|godz|dni|dzień|tygodni[ea]?|miesi[ąę]c[ey]?) temu',
  },
  tr: {
    months:
      'ocak|şubat|mart|nisan|mayıs|haziran|temmuz|ağustos|eylül|ekim|kasım|aralık|şub|nis|haz|tem|ağu|eyl|kas|ara',
    days: 'pazartesi|salı|çarşamba|perşembe|cuma|cumartesi|pazar|bugün|dün',
    // "2 saat önce"
    relative: '\\d{1,3} (?:saniye|dakika|dk|saat|gün|hafta|ay|yıl) önce',
  },
};

const alternatives = (key: 'months' | 'days' | 'relative') =>
  Object.values(STAMP_WORDS)
    .map((words) => words[key])
    .join('|');

/**
 * Literal words as one alternation sharing their common beginnings, each word
 * once ("mar|marzo|mars|märz" → "m(?:ar(?:zo|s)?|ärz)"): it matches exactly
 * the same words, but an expression of hundreds of them compiles in a
 * fraction of the time (each import thread compiles it on its first article)
 * and tries far fewer branches on a line.
 */
function alternationOf(words: readonly string[]): string {
  interface Node {
    end: boolean;
    next: Map<string, Node>;
  }
  const root: Node = { end: false, next: new Map() };
  for (const word of words) {
    let node = root;
    for (const character of word) {
      let child = node.next.get(character);
      if (!child) node.next.set(character, (child = { end: false, next: new Map() }));
      node = child;
    }
    node.end = true;
  }
  const sourceOf = (node: Node): string => {
    const branches = [...node.next].map(([character, child]) => escapeRegExp(character) + sourceOf(child));
    if (!branches.length) return '';
    const group = branches.length === 1 && !node.end ? branches[0]! : `(?:${branches.join('|')})`;
    return node.end ? `${branches.length === 1 ? `(?:${branches[0]})` : group}?` : group;
  };
  return sourceOf(root);
}
const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\/]/gu, '\\$&');

const MONTH = `${alternationOf(alternatives('months').split('|'))}\\.?`;
const DAY = `${alternationOf(alternatives('days').split('|'))}\\.?`;
const NUMERIC_DATE = String.raw`\d{1,2}[./-]\d{1,2}[./-](?:\d{4}|\d{2})|\d{4}-\d{2}-\d{2}|\d{4}/\d{2}/\d{2}`;
// "3. Sept. 2025", "September 3rd, 2025", "September 2025" (the last two share their month, written once).
const NAMED_DATE = `\\d{1,2}(?:\\.|º|er)? (?:de )?${MONTH}(?:,? (?:de )?\\d{4})?|${MONTH} (?:\\d{1,2}(?:st|nd|rd|th)?(?:,? \\d{4})?|\\d{4})`;
// "20:31 Uhr", "8.10 h", "6:40pm", "18h30", "08:10:28"
// "8:45PM (EDT)", "23:35 UTC+8", "06:08 PM … IST": a zone after the time, with its offset or in brackets.
const ZONE = String.raw`\(?(?:(?:utc|gmt)(?:[+-]\d{1,2}(?::?\d{2})?)?|cet|cest|mez|mesz|bst|est|edt|et|pt|pst|pdt|wet|west|ist|msk|eet|eest|trt)\)?`;
const TIME = String.raw`\d{1,2}(?:[:.h]\d{2}(?::\d{2})?|h)(?: ?(?:am|pm|a\. ?m\.|p\. ?m\.|uhr|h|hrs|horas|heures))?(?: ${ZONE})?`;
/** Between a date and its time: a dash, a comma, a bar, or the word for "at". */
const DATE_TIME_JOIN = String.raw`(?:\s*[-–—,|·•/]\s*|\s+)(?:(?:at|um|à|às|a las|alle|ore|om)\s+)?`;
/** A date with its time after it or none, without its day of the week. */
const DAY_DATE = `(?:${NUMERIC_DATE}|${NAMED_DATE})(?:${DATE_TIME_JOIN}${TIME})?`;
const RELATIVE = `(?:${alternatives('relative')})`;
// The whole line: a stamp, in brackets or not, with a counter after it (comments, shares) or not. A stamp is a date
// (its day of the week before it or none, its time before or after it or none), a day with a time, or a relative
// time; the day and the date are each written once or twice in the expression, not in every form that holds them.
const STAMP_LINE = new RegExp(
  `^[([]?(?:(?:${TIME}${DATE_TIME_JOIN})?(?:${DAY},? )?${DAY_DATE}|${DAY},? ${TIME}|${RELATIVE})(?: ${ZONE})?[)\\]]?(?:\\s+\\d{1,4})?\\.?$`,
  'iu',
);
/** A stamp is short; a longer line is a sentence, whatever it starts with. */
const MAX_STAMP = 60;

/** Whether a line is a date, a time with its day, or a relative time alone: a stamp of the page. */
export function isDateStamp(text: string): boolean {
  const line = text.trim();
  return line.length <= MAX_STAMP && /\d|ago|hier|ayer|ieri|ontem|gestern|heute|today|yesterday/iu.test(line)
    ? STAMP_LINE.test(line)
    : false;
}

/** The reason the cleaner gives a stamp (the older date rule of clutter.ts gives the same). */
export const DATE_STAMP_REASON = 'date line (metadata, not body)';

/**
 * For each block, the reason it is a date stamp, or undefined.
 *
 * @example
 * dateReasons([{ kind: 'paragraph', text: '03.09.2025 - 20:31 Uhr' }]) // => ['date line (metadata, not body)']
 */
export function dateReasons(blocks: readonly Block[]): (string | undefined)[] {
  return blocks.map((b) =>
    isDateStamp(b.text) || isStampStrip(b.text.trim()) || isNamedStamp(b.text.trim()) ? DATE_STAMP_REASON : undefined,
  );
}

/** "Updated:", "Published", "Mis à jour le": the label a page sets before one of its stamps. */
// "Modified", "Опубликовано", "Оновлено", "Zaktualizowano", "Güncelleme": the same labels in the other languages.
const STAMP_LABEL =
  /^(?:(?:and )?(?:last )?updated(?: at| on)?|published(?: at| on)?|posted(?: at| on)?|modified|created|edited|first published|mis à jour(?: le)?|publié(?: le)?|modifié(?: le)?|actualizado(?: el)?|publicado(?: el)?|modificado(?: el)?|aktualisiert(?: am)?|veröffentlicht(?: am)?|geändert(?: am)?|aggiornato(?: il)?|pubblicato(?: il)?|modificato(?: il)?|atualizado(?: em)?|опубликовано|обновлено|изменено|опубліковано|оновлено|змінено|opublikowano|zaktualizowano|aktualizacja|data publikacji|yayınlanma(?: tarihi)?|yayın tarihi|güncelleme(?: tarihi)?|güncellenme(?: tarihi)?|oluşturulma(?: tarihi)?)\s*:?\s*/iu;
/** A strip of stamps is short: a longer line is a sentence. */
const MAX_STRIP = 120;

/** "13 June 2025, 05:48 | Updated: 13 June 2025, 11:15": stamps side by side, each with its label or none. */
// "06 Şubat 2023 13:38 - Güncelleme : 06 Şubat 2023 17:35": the same with a dash between; "Posted 13 февраля 2023,
// 09:59": one stamp with its label; "10 февраля 202310 фев 2023": a long and a short form run together.
// "Kyiv, Updated At : 06:08 PM Jun 01, 2025 IST": the dateline's place before the label.
const PLACE_BEFORE_LABEL = /^\p{Lu}[\p{L} .'-]{1,30},\s+(?=\p{L})/u;
/** "2025-05-02 02:45 Last Updated At:02:50": a label inside the strip begins a part of it. */
const LABEL_INSIDE =
  /(?<!last|and)\s+(?=(?:and last updated|and updated|last updated|updated|published|posted|modified|güncelleme|обновлено|оновлено|aktualisiert|mis à jour|actualizado|aggiornato|atualizado|zaktualizowano)\b)/iu;
/** A clock time alone ("02:50"), a part of a strip beside a date. */
const CLOCK = /^\d{1,2}:\d{2}(?::\d{2})?$/u;

function isStampStrip(line: string): boolean {
  // Every stamp has a digit; a longer line is a sentence: most lines are spared the splitting.
  if (line.length > MAX_STRIP + 4 || !/\d/u.test(line)) return false;
  // "Jun 26, 2025  |": a separator left at either end.
  const text = line.replace(/^[|•·]\s*|\s*[|•·]$/gu, '');
  if (text.length > MAX_STRIP) return false;
  const labelled = text.replace(PLACE_BEFORE_LABEL, '').replace(STAMP_LABEL, '');
  if (labelled !== text && isDateStamp(labelled)) return true;
  if (text !== line && isDateStamp(text)) return true;
  const stampOrClock = (part: string) => isDateStamp(part) || CLOCK.test(part);
  const inside = text.split(LABEL_INSIDE);
  const unlabelled = inside.map((p) => p.replace(STAMP_LABEL, ''));
  if (inside.length >= 2 && isDateStamp(unlabelled[0]!) && unlabelled.every(stampOrClock)) return true;
  const parts = text.split(
    /\s*\|\s*|\s+[-–—]\s+|(?<=\s\d{4})(?=\d{1,2} \p{L})|(?<=:\d{2})(?=\d{1,2}[./-]\d{1,2}[./-]\d{2,4})/u,
  );
  return parts.length >= 2 && parts.every((part) => isDateStamp(part.replace(STAMP_LABEL, '')));
}

// "Donald J. Trump Truth Social 06.21.25 07:46 PM EST": a name or an outlet, then a date with its clock time.
const NAME_BEFORE_STAMP = /^(?:\p{Lu}[\p{L}'’.&-]*\s+){1,6}(?=\d)/u;
/** Stamps with a time: "06.21.25 07:46 PM EST", "21 June 2025, 19:46". */
const HAS_TIME = /\d{1,2}[:.h]\d{2}\b/u;

/** A name or an outlet right before a date and time: a post's or a page's header, never a sentence (it has no verb). */
function isNamedStamp(text: string): boolean {
  if (text.length > MAX_STRIP || !/\d/u.test(text)) return false;
  // "Ukrainska PravdaFriday, 16 May 2025, 16:27": the outlet's name run into the stamp, a capital after a small letter.
  for (const glue of text.slice(0, 60).matchAll(/(?<=\p{Ll})(?=\p{Lu})/gu))
    if (glue.index > 1 && isDateStamp(text.slice(glue.index))) return true;
  const name = NAME_BEFORE_STAMP.exec(text)?.[0];
  if (!name || text.length > MAX_STRIP) return false;
  const stamp = text.slice(name.length);
  return HAS_TIME.test(stamp) && /\d{1,2}[./-]\d{1,2}[./-]\d{2,4}|\p{L}{3}/u.test(stamp) && isDateStamp(stamp);
}
