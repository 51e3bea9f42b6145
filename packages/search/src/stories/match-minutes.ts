// The minute of a match a report gives for a goal, a red card or a save
// ("in the 86th minute", "in der 86. Minute", "à la 86e minute", "minuto
// 86", "all'86’", "(86')", "90+2′"). The goals of one match happen at its
// own minutes, and outlets in every language write them in digits, so a
// shared minute is evidence that needs no translation — while the score
// (2-1) is left out: many matches of one tournament end with the same one.

// "86th minute", "86. Minute", "47. Spielminute", "86e minute", "86.º minuto", "86° minuto": an ordinal before the
// word for the minute, singular (the plural is a duration: "within 11 minutes", "10 Minuten nach").
const ORDINAL_MINUTE =
  /(?<![\p{L}\p{N}.,:])(\d{1,3})(?:st|nd|rd|th|\.|e|ème|eme|[.]?º|°|ª)?\s?(?:minute|minuto|minut|minuut|minuta|spielminute)(?![\p{L}])/giu;
// "minuto 86", "al minuto 86", "minute 86": the word first (Spanish, Italian, Portuguese, and English match reports).
const MINUTE_FIRST = /(?<![\p{L}])(?:minuto|minute|minuut)\s(\d{1,3})(?![\p{N}.,:]?\p{N})/giu;
// "86'", "(86’)", "90+2′", "all'86’": a number with a minute mark, not inside a word or a longer number.
const MINUTE_MARK = /(?<![\p{L}\p{N}.,:+])(\d{1,3})(?:\s?\+\s?(\d{1,2}))?\s?['’′](?![\p{L}\p{N}»"”])/gu;

/** The longest a match runs, extra time included (stoppage time is written `120+3'`). */
const LAST_MINUTE = 130;

/**
 * Match minutes as figures (`86'`, `90+2'`: no other figure holds a minute mark), in the order written.
 *
 * @example
 * extractMatchMinutes('Oyarzabal scored in the 86th minute; Watkins struck on 90+1′.') // => ["86'", "90+1'"]
 * extractMatchMinutes('in der 86. Minute; à la 86e minute; al minuto 86; all’86’') // => ["86'", "86'", "86'", "86'"]
 * extractMatchMinutes('Within 11 minutes it was level; 10 Minuten später') // => []
 */
export function extractMatchMinutes(text: string): string[] {
  const found: { at: number; minute: string }[] = [];
  const add = (at: number, minute: string | undefined, added?: string) => {
    const n = Number(minute);
    if (!minute || n < 1 || n > LAST_MINUTE) return;
    found.push({ at, minute: added ? `${n}+${Number(added)}'` : `${n}'` });
  };
  for (const m of text.matchAll(ORDINAL_MINUTE)) add(m.index, m[1]);
  for (const m of text.matchAll(MINUTE_FIRST)) add(m.index, m[1]);
  for (const m of text.matchAll(MINUTE_MARK)) add(m.index, m[1], m[2]);
  return found.sort((x, y) => x.at - y.at).map((f) => f.minute);
}
