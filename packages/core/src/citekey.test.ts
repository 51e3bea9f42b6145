import { describe, expect, it } from 'vitest';
import { baseCitekey, bylineNames, citekeys, creatorsOf, splitName, type CitableArticle } from './citekey.js';

const article = (over: Partial<CitableArticle>): CitableArticle => ({
  id: 'a-1',
  title: 'United States to Lift Sudan Sanctions',
  importedAt: '2024-10-16T09:00:00.000Z',
  ...over,
});

describe('citation keys', () => {
  it('are family name, year and the first significant title word, in ASCII', () => {
    expect(baseCitekey(article({ author: 'Jeffrey Gettleman', publishedAt: '2017-01-13' }))).toBe(
      'gettleman2017united',
    );
    expect(
      baseCitekey(
        article({
          title: 'Le projet de loi sur le renseignement',
          author: 'Par Sébastien Farcis',
          publishedAt: '2015',
        }),
      ),
    ).toBe('farcis2015projet');
  });

  it('treat a byline that is the outlet as an organisation, keyed by the outlet', () => {
    const bbc = article({
      title: "Obama admits US gun laws are his 'biggest frustration'",
      author: 'BBC News',
      outlet: 'BBC News',
      publishedAt: '2015-07-24',
    });
    expect(creatorsOf(bbc)).toEqual([{ literal: 'BBC News' }]);
    expect(baseCitekey(bbc)).toBe('bbc2015obama');
  });

  it('fall back to the outlet, then "anon", and to "nd" without a date', () => {
    expect(baseCitekey(article({ outlet: 'Le Monde.fr' }))).toBe('mondendunited');
    expect(baseCitekey(article({ title: 'Ça va' }))).toBe('anonnd');
  });

  it('stay unique: articles sharing a key get letters in import order, whatever order they are given in', () => {
    const first = article({ id: 'a-x', author: 'A. Roth', publishedAt: '2024-01-01', importedAt: '2024-02-01' });
    const second = article({ id: 'a-y', author: 'B. Roth', publishedAt: '2024-05-01', importedAt: '2024-03-01' });
    const other = article({ id: 'a-z', author: 'C. Weiss', publishedAt: '2024-05-01' });
    const keys = citekeys([second, other, first]);
    expect(Object.fromEntries(keys)).toEqual({
      'a-x': 'roth2024uniteda',
      'a-y': 'roth2024unitedb',
      'a-z': 'weiss2024united',
    });
    expect(citekeys([first, second, other])).toEqual(keys);
  });

  it('read bylines: prefixes, several people, parenthetical notes', () => {
    expect(bylineNames('By Erin Cunningham and Kevin Sieff')).toEqual(['Erin Cunningham', 'Kevin Sieff']);
    expect(bylineNames('Martin Untersinger (avec Damien Leloup et Morgane Tual)')).toEqual(['Martin Untersinger']);
    expect(splitName('Bruno Rodrigues')).toEqual({ family: 'Rodrigues', given: 'Bruno' });
    expect(splitName('Reuters')).toEqual({ family: 'Reuters' });
  });
});
