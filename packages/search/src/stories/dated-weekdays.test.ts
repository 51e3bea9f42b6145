// A report that tells its event by its full date ("May 16, 2025") and names no day of the week is compared by
// that date's day with a report that tells its event only by the day ("the talks on Monday").
import { describe, expect, it } from 'vitest';
import { datedWeekdays, storyFeatures } from './features.js';
import { compareArticles, type DocumentFrequencies } from './similarity.js';

describe('the day of the week of a date written with its year', () => {
  it('is read in the forms the dates know, for the event date only', () => {
    expect(datedWeekdays(['Published March 3, 2024. The summit of March 3 ended late.'])).toEqual([0]);
    expect(datedWeekdays(['Am 4. August 2020 explodierte der Hafen.'])).toEqual([2]);
    expect(datedWeekdays(['El 10 de marzo de 2019 cayó el avión.'])).toEqual([0]);
    expect(datedWeekdays(['Stand: 17.01.2025, 14:02 Uhr'])).toEqual([5]);
    // The year beside another date than the event's says nothing of the event's day.
    expect(datedWeekdays(['The vote of June 9 followed the riots of 2019.'])).toEqual([]);
    expect(datedWeekdays(['The vote was held on June 9.'])).toEqual([]);
    expect(datedWeekdays(['A date no calendar has: April 31, 2025.'])).toEqual([]);
  });

  it('stands in only when the report names no day of the week itself', () => {
    expect(storyFeatures({ text: 'Filed April 2, 2025. The court ruled on Tuesday.' }).weekdays).toEqual([2]);
    expect(storyFeatures({ text: 'The court ruled.', metadata: 'By A. Writer, April 3, 2025' }).weekdays).toEqual([4]);
  });

  it('keeps a report of one round of talks apart from a report of the next round told by its weekday', () => {
    const frequencies: DocumentFrequencies = { count: 30, termFrequency: () => 3, entityFrequency: () => 3 };
    const entities = [
      { key: 'geneva', name: 'Geneva' },
      { key: 'lindqvist', name: 'Lindqvist' },
      { key: 'harbour accord', name: 'Harbour Accord' },
    ];
    // The first round: the date in the byline with its year (a Thursday), the day never named.
    const first = storyFeatures({
      text: 'Negotiators met in Geneva and agreed to exchange 1,500 detainees, Lindqvist said after the talks.',
      metadata: 'By Staff Writer, March 6, 2025 5:10 PM',
      entities,
    });
    // The second round, weeks later: told only by its day of the week.
    const second = storyFeatures({
      text: 'Negotiators met in Geneva again on Monday and agreed to exchange 1,500 more detainees, Lindqvist said.',
      entities,
    });
    const evidence = compareArticles(first, second, frequencies);
    expect(first.weekdays).toEqual([4]);
    expect(evidence.leadWeekdays).toBe('different');
    const undated = storyFeatures({
      text: 'Negotiators met in Geneva and agreed to exchange 1,500 detainees, Lindqvist said after the talks.',
      entities,
    });
    expect(compareArticles(undated, second, frequencies).score).toBeGreaterThan(evidence.score * 1.5);
  });
});
