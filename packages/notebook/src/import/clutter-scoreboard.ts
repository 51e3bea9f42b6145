// The match widget of a sports page, copied as text: the fixture ("Spain vs
// France."), the venue and attendance, each side's score on its own line
// ("Spain 2") and the scorers with their minutes ("• L Yamal (21st
// minute)", "Kane 18'", "Olmo (25.)"). A report tells the score in
// sentences; the widget gives it as short lines of names and numbers. Its
// lines are told by their form, in the languages we meet, and a score line
// or fixture counts only inside a run that also holds a scorer or a second
// score, so a heading such as "Part 2" stays.
import type { Block } from '@dossier/core';

/** A team's or a player's name: capitalised words, initials, hyphens ("R Kolo Muani", "Saint-Étienne", "L. Yamal"). */
const NAME = String.raw`\p{Lu}[\p{L}'’.-]*(?: (?:\p{Lu}[\p{L}'’.-]*|de|la|le|el|van|von|der|den|da|di|del|dos|al|bin)){0,3}`;
/** A minute as a widget gives it: "21", "90+1", with "st"/"th", a German full stop or a prime, and a word for it. */
const MINUTE = String.raw`\d{1,3}(?:\+\d{1,2})?(?:st|nd|rd|th|e|°|º|\.|'|′|’|´)?(?: (?:minute|min\.?|minuto|minuten?|pen\.?|og|p|ET|Elfmeter|Eigentor|penalty|rigore))?`;

// "• L Yamal (21st minute)", "Kane (18' pen)", "Olmo (25., 57.)", "Simons 7'", "- Mbappé 9′": a scorer and the minutes.
const SCORER = new RegExp(
  String.raw`^[•·▪*–-]?\s*${NAME}\s*(?:\(${MINUTE}(?:,\s?${MINUTE})*\)|\d{1,3}(?:\+\d{1,2})?['′’´])$`,
  'u',
);
// "Spain 2", "France 1", "Spain 2-1 France", "ESP 2 : 1 FRA": a side's score, or both, as a line.
const SCORE = new RegExp(String.raw`^${NAME} \d{1,2}(?: ?[-–:] ?\d{1,2} ${NAME})?$`, 'u');
// "Spain vs France. European Championships Semi-Final.", "Deutschland gegen Schottland": the fixture.
const FIXTURE = new RegExp(
  String.raw`^${NAME} (?:vs\.?|v\.?|gegen|contre|contra|contro) ${NAME}\.?(?: [^.!?]{2,60}\.?)?$`,
  'u',
);
// "Allianz ArenaAttendance62,042.", "Zuschauer: 65.000", "Affluence : 62 042": the crowd, with the venue run into it.
const ATTENDANCE =
  /(?:attendance|zuschauer|spectateurs|affluence|asistencia|espectadores|spettatori|público|publico)\s*:?\s*\d{1,3}(?:[.,\s]?\d{3})*\.?$/iu;

/** Longer lines are sentences or headlines, never a widget's line. */
const MAX_LINE = 100;

type Kind = 'scorer' | 'score' | 'fixture' | 'attendance';

function kindOf(text: string): Kind | undefined {
  if (text.length > MAX_LINE) return undefined;
  // A scorer's minute, a score and a crowd are written in digits: a line without one can only be a fixture.
  const digits = /\d/u.test(text);
  if (digits && SCORER.test(text)) return 'scorer';
  if (digits && SCORE.test(text)) return 'score';
  if (digits && ATTENDANCE.test(text) && text.split(/\s+/u).length <= 6) return 'attendance';
  if (FIXTURE.test(text)) return 'fixture';
  return undefined;
}

/**
 * For each block, the reason it is a line of a match widget, or undefined: a
 * run of widget lines holding a scorer or two scores is marked whole; a
 * scorer line alone is marked too, as no sentence reads like it.
 *
 * @example
 * scoreboardReasons(blocks(['Spain 2', '• L Yamal (21st minute)', 'France 1', 'A sensational goal from Yamal…']))
 * // => [reason, reason, reason, undefined]
 */
export function scoreboardReasons(blocks: readonly Block[]): (string | undefined)[] {
  const kinds = blocks.map((b) => kindOf(b.text.trim()));
  const reasons: (string | undefined)[] = blocks.map(() => undefined);
  for (let start = 0; start < kinds.length;) {
    let end = start;
    while (end < kinds.length && kinds[end]) end++;
    const run = kinds.slice(start, end);
    const scorers = run.filter((k) => k === 'scorer').length;
    const scores = run.filter((k) => k === 'score').length;
    if (scorers > 0 || scores >= 2)
      for (let i = start; i < end; i++) reasons[i] = 'match widget of the page (score, scorers, venue)';
    start = end + 1;
  }
  return reasons;
}
