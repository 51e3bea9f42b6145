// The days of the week an article names, in the order written. A first
// report tells its event by the day ("on Sunday", "samedi matin", "в ночь на
// пятницу") more often than by the date, so two reports whose first weekdays
// differ most often tell two events (two strikes, two crashes), and two whose
// first weekdays agree may tell one. Names in the languages the dates know,
// and in Arabic and Hindi, whose reports rarely write a date in digits: there
// the day is often the only evidence shared with the other languages' reports.

const DAYS: readonly string[] = [
  // Sunday first, as Date.getDay() counts.
  'sunday|dimanche|domingo|sonntag|zondag|domenica|неділ\\p{L}*|воскресень\\p{L}*|الأحد|रविवार',
  'monday|lundi|lunes|segunda-feira|montag|maandag|lunedì|lunedi|понеділ\\p{L}*|понедельник\\p{L}*|الاثنين|الإثنين|सोमवार',
  'tuesday|mardi|martes|terça-feira|terca-feira|dienstag|dinsdag|martedì|martedi|вівтор\\p{L}*|вторник\\p{L}*|الثلاثاء|मंगलवार',
  'wednesday|mercredi|miércoles|miercoles|quarta-feira|mittwoch|woensdag|mercoledì|mercoledi|серед[аиу]|сред[аыу]|الأربعاء|الاربعاء|बुधवार',
  'thursday|jeudi|jueves|quinta-feira|donnerstag|donderdag|giovedì|giovedi|четвер\\p{L}*|четверг\\p{L}*|الخميس|गुरुवार|बृहस्पतिवार',
  "friday|vendredi|viernes|sexta-feira|freitag|vrijdag|venerdì|venerdi|п['’ʼ]?ятниц\\p{L}*|пятниц\\p{L}*|الجمعة|शुक्रवार",
  'saturday|samedi|sábado|sabado|samstag|sonnabend|zaterdag|sabato|субот\\p{L}*|суббот\\p{L}*|السبت|शनिवार',
];

// At letter edges rather than \b, which knows only ASCII letters. Capitalised
// "Domingo" / "Domenica" inside a sentence is as often a name (Santo Domingo),
// so in Spanish, Portuguese and Italian only the lower-case day counts.
// German and Dutch join the day to its part: "Montagmittag", "maandagavond".
const DAY_PART = '(?:morgen|vormittag|mittag|nachmittag|abend|nacht|ochtend|middag|avond)?';
const WEEKDAY = new RegExp(
  `(?<![\\p{L}\\p{N}])(?:${DAYS.map((d, i) => `(?<d${i}>${d})`).join('|')})${DAY_PART}(?![\\p{L}])`,
  'giu',
);
const NAME_LIKE = /^(Domingo|Domenica|Sabato|Sábado)$/u;

/**
 * Days of the week in the order written, as 0 (Sunday) to 6 (Saturday).
 *
 * @example
 * extractWeekdays('The jet crashed on Sunday; on Monday the airline grounded its fleet.') // => [0, 1]
 * extractWeekdays('Le feu a pris samedi matin.') // => [6]
 */
export function extractWeekdays(text: string): number[] {
  const found: number[] = [];
  for (const match of text.matchAll(WEEKDAY)) {
    if (NAME_LIKE.test(match[0]) && !/[.!?]\s*$|^\s*$/u.test(text.slice(Math.max(0, match.index - 3), match.index)))
      continue;
    const day = Object.entries(match.groups ?? {}).find(([, v]) => v !== undefined)?.[0];
    if (day) found.push(Number(day.slice(1)));
  }
  return found;
}
