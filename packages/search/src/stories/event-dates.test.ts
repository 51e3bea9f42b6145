// The event's day among a report's dates: the first, or a later one that
// follows it within weeks when the report opens on the background.
import { describe, expect, it } from 'vitest';
import { eventDate } from './event-dates.js';
import { storyFeatures } from './features.js';
import { compareArticles, type DocumentFrequencies } from './similarity.js';

const frequencies: DocumentFrequencies = { count: 20, termFrequency: () => 1, entityFrequency: () => 1 };
const report = (text: string) => storyFeatures({ text, language: 'eng' });

describe('eventDate', () => {
  it('is the latest date within weeks of the first, across the turn of a year too', () => {
    expect(eventDate(['5-11', '5-15', '5-16', '5-15'])).toBe('5-16');
    expect(eventDate(['12-30', '1-2'])).toBe('1-2');
    expect(eventDate(['6-2'])).toBe('6-2');
    expect(eventDate([])).toBeUndefined();
  });

  it('stays the first when the later date is months away: another event the report cites', () => {
    expect(eventDate(['3-10', '10-29'])).toBe('3-10');
    expect(eventDate(['6-1', '2-24'])).toBe('6-1');
  });
});

describe('two reports of one day of talks', () => {
  const background = report(
    'On the night of May 11, Putin proposed direct talks in Turkey. On May 15 the Russian delegation arrived in ' +
      'Istanbul. On May 16 the delegations met for two hours and agreed to exchange 1,000 prisoners each.',
  );
  const sameDay = report(
    'The delegations of Russia and Ukraine met in Istanbul on May 16 and agreed to exchange 1,000 prisoners each, ' +
      'the largest exchange since the war began.',
  );
  const followUp = report(
    'Russia and Ukraine completed the exchange of 1,000 prisoners each on May 25, agreed in Istanbul on May 16.',
  );

  it('agree on the event date when one opens on the background', () => {
    expect(compareArticles(background, sameDay, frequencies).leadDates).toBe('same');
  });

  it('differ from a follow-up that cites the talks before its own day', () => {
    expect(compareArticles(sameDay, followUp, frequencies).leadDates).toBe('different');
  });
});
