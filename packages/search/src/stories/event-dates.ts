// The day of the event a report tells, among the day-and-month dates it gives.
// A report most often names the event's day first — but not always: one that
// opens on the background ("On the night of May 11, Putin proposed talks…")
// names the event's own day (May 16) after it, and read by its first date it
// seems a report of another event. The dates that follow the first within a
// few weeks are the story unfolding, and the latest of them is the event's;
// a date months away is another event the report cites (an ET302 report of
// 10 March giving the date of the JT610 crash of 29 October before).

/** Later dates at most this many days after a report's first date are its story's unfolding. */
export const UNFOLDING_DAYS = 45;

/** Days from 1 January of an `m-d` date, in a leap year (29 February counts). */
const MONTH_STARTS = [0, 31, 60, 91, 121, 152, 182, 213, 244, 274, 305, 335];
function dayOfYear(date: string): number {
  const [month, day] = date.split('-').map(Number);
  return MONTH_STARTS[month! - 1]! + day!;
}

/**
 * The date of the event among a report's dates in the order written (`m-d`):
 * the latest date within {@link UNFOLDING_DAYS} after the first (across the
 * turn of a year too), or undefined when it gives none.
 *
 * @example
 * eventDate(['5-11', '5-15', '5-16']) // => '5-16': the proposal of May 11 was the background
 * eventDate(['3-10', '10-29']) // => '3-10': a crash of October cited, months away
 * eventDate(['12-30', '1-2']) // => '1-2'
 */
export function eventDate(dates: readonly string[]): string | undefined {
  const first = dates[0];
  if (first === undefined) return undefined;
  const start = dayOfYear(first);
  let best = first;
  let bestAfter = 0;
  for (const date of dates) {
    const after = (dayOfYear(date) - start + 366) % 366;
    if (after <= UNFOLDING_DAYS && after > bestAfter) [best, bestAfter] = [date, after];
  }
  return best;
}
