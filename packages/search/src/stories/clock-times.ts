// The time of day a report gives for its event ("at 12:30", "12h30", "um
// 12.30 Uhr", "6:20 a.m.", "15:16 hora local"). An event happens at one time,
// and outlets in every language give it in digits, so a shared clock time is
// evidence that needs no translation — like a shared figure, and weighed as
// one (by how many articles of the collection give it).

// "12:30", "12h30", "00H00", "6:20 a.m.", "12.30 Uhr": a dot only with a word saying it is a time.
const CLOCK =
  /(?<![\p{L}\p{N}.,:])(\d{1,2})(?:[:hH](\d{2})|\.(\d{2})(?=\s?(?:uhr|h\b|horas?|heures?|ore|uur)))(?:\s?([ap])\.?\s?m\b\.?)?(?![\p{N}:])/giu;

/**
 * Clock times in 24-hour form, as figures (`12:30`: no other figure holds a colon), in the order written.
 *
 * @example
 * extractClockTimes('The outage began at 12:30; by 10 p.m. 50% was back, at 9:05 p.m. more.') // => ['12:30', '21:05']
 * extractClockTimes('um 12.30 Uhr; a las 12h30; 15:16 hora local') // => ['12:30', '12:30', '15:16']
 */
export function extractClockTimes(text: string): string[] {
  const found: string[] = [];
  for (const match of text.matchAll(CLOCK)) {
    let hour = Number(match[1]);
    const minute = Number(match[2] ?? match[3]);
    const half = match[4]?.toLowerCase();
    if (half === 'p' && hour < 12) hour += 12;
    if (half === 'a' && hour === 12) hour = 0;
    if (hour > 23 || minute > 59) continue;
    found.push(`${hour}:${String(minute).padStart(2, '0')}`);
  }
  return found;
}
