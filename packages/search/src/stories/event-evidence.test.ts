// The evidence that tells one event from another of the same kind: the day of
// the week a report names, cognates across languages, figures many reports
// cite, and the guard that keeps two stories apart when one report cites the
// other.
import { describe, expect, it } from 'vitest';
import { cognateCosine, cognateCounts, cognateKey } from './cognates.js';
import { storyFeatures } from './features.js';
import { compareArticles, figureEvidence, type DocumentFrequencies } from './similarity.js';
import { groupPairs } from './story-groups.js';
import { StoryIndex } from './story-index.js';
import { extractWeekdays } from './weekdays.js';
import { extractClockTimes } from './clock-times.js';

describe('days of the week', () => {
  it('are read in the order written, in the languages the dates know', () => {
    expect(extractWeekdays('The jet crashed on Sunday; on Monday the airline grounded its fleet.')).toEqual([0, 1]);
    expect(extractWeekdays('Le feu a pris samedi matin. Am Dienstag, el viernes, op woensdag.')).toEqual([6, 2, 5, 3]);
    expect(extractWeekdays('У п’ятницю Росія атакувала; в ночь на субботу; в четверг')).toEqual([5, 6, 4]);
    expect(extractWeekdays('am Montagmittag; afgelopen maandagavond; Dienstagnacht')).toEqual([1, 1, 2]);
  });

  it('are read in Arabic and Hindi, scripts without capitals whose reports give few dates in digits', () => {
    expect(extractWeekdays('وقع الانفجار الثلاثاء، وأعيد فتح الطريق يوم الجمعة.')).toEqual([2, 5]);
    expect(extractWeekdays('सोमवार को बैठक हुई और फैसला शनिवार को आया।')).toEqual([1, 6]);
  });

  it('leave out a capitalised Domingo inside a sentence, a name more often than a Sunday', () => {
    expect(extractWeekdays('El vuelo salió de Santo Domingo el domingo.')).toEqual([0]);
    expect(extractWeekdays('Sundays are quiet; the mondayisation of work.')).toEqual([]);
  });
});

describe('cognates between two languages', () => {
  it('meet across spellings and scripts, and short words carry none', () => {
    expect(cognateKey('cathedral')).toBe(cognateKey('catedral'));
    expect(cognateKey('cathedrale')).toBe(cognateKey('catedral'));
    expect(cognateKey('магнитуды')).toBe(cognateKey('magnitude'));
    expect(cognateKey('infrastructure')).toBe(cognateKey('інфраструктури'));
    expect(cognateKey('fire')).toBeUndefined();
    expect(cognateKey('cathedral')).not.toBe(cognateKey('earthquake'));
  });

  it('give a cosine that rises with the cognates two texts share', () => {
    const idf = () => 1;
    const french = cognateCounts(storyFeatures({ text: 'incendie de la cathedrale, la toiture detruite' }).terms);
    const spanish = cognateCounts(storyFeatures({ text: 'incendio de la catedral, el tejado destruido' }).terms);
    const quake = cognateCounts(storyFeatures({ text: 'terremoto de magnitud siete en Marruecos' }).terms);
    expect(cognateCosine(french, spanish, idf)).toBeGreaterThan(0.5);
    expect(cognateCosine(french, quake, idf)).toBe(0);
  });

  it('bring two reports of one fire in two languages together, not two in one language', () => {
    const index = new StoryIndex();
    index.add('fr', {
      text: 'Incendie de la cathédrale : la flèche et la toiture détruites, enquête ouverte.',
      language: 'fra',
    });
    index.add('es', {
      text: 'Incendio de la catedral: destruida la flecha y la estructura, abierta una investigación.',
      language: 'spa',
    });
    index.add('es2', {
      text: 'Incendio de la catedral: destruida la flecha y la estructura, abierta una investigación.',
      language: 'spa',
    });
    expect(index.compare('fr', 'es')!.cognates).toBeGreaterThan(0.2);
    // Within one language the term cosine speaks; cognates are not compared.
    expect(index.compare('es', 'es2')!.cognates).toBe(0);
  });
});

describe('figures and dates many reports cite', () => {
  const df = (figures: Record<string, number>, count = 40): DocumentFrequencies => ({
    count,
    termFrequency: () => 1,
    entityFrequency: () => 1,
    figureFrequency: (f) => figures[f] ?? 0,
  });

  it('weigh less the more articles of the collection give them', () => {
    const frequencies = df({ '157': 2, '737': 12 });
    expect(figureEvidence('157', frequencies)).toBe(1);
    expect(figureEvidence('737', frequencies)).toBeLessThan(0.7);
    expect(figureEvidence('1000', frequencies)).toBeLessThan(0.5);
  });

  it('scale a pair down when, without dates, their first days of the week differ', () => {
    const a = storyFeatures({
      text: 'A Boeing 737 MAX crashed on Sunday after take-off from Addis Ababa, killing 157.',
    });
    const b = storyFeatures({ text: 'A Boeing 737 MAX crashed on Sunday near Addis Ababa; all 157 aboard died.' });
    const c = storyFeatures({ text: 'A Boeing 737 MAX crashed on Monday after take-off from Jakarta, killing 189.' });
    const frequencies = df({});
    expect(compareArticles(a, b, frequencies).leadWeekdays).toBe('same');
    expect(compareArticles(a, c, frequencies).leadWeekdays).toBe('different');
    expect(compareArticles(a, b, frequencies).score).toBeGreaterThan(2 * compareArticles(a, c, frequencies).score);
  });
});

describe('clock times', () => {
  it('are read in 24-hour form whatever the language writes', () => {
    expect(extractClockTimes('The outage began at 12:30; by 9:05 p.m. half was back; at 12:10 a.m. more.')).toEqual([
      '12:30',
      '21:05',
      '0:10',
    ]);
    expect(extractClockTimes('um 12.30 Uhr; a las 12h30; 15:16 hora local; às 11h30')).toEqual([
      '12:30',
      '12:30',
      '15:16',
      '11:30',
    ]);
  });

  it('leave out decimals, scores and figures that only look like times', () => {
    expect(extractClockTimes('48.2% of demand; 2,5 millones; 2.30 euros; 15.000 megawatts; 25:99; v1.12:30')).toEqual(
      [],
    );
  });

  it('count as figures two reports in two languages share', () => {
    const de = storyFeatures({ text: 'Um 12:30 Uhr fiel das gesamte Stromnetz aus.', language: 'deu' });
    expect([...de.figures]).toContain('12:30');
  });
});

describe('one date told on two days of the week', () => {
  it('counts as a shared date, not as the same event day', () => {
    const frequencies: DocumentFrequencies = { count: 20, termFrequency: () => 1, entityFrequency: () => 1 };
    const event = storyFeatures({ text: 'The grid collapsed on Monday, April 28, across Spain and Portugal.' });
    const sameDay = storyFeatures({ text: 'On Monday, April 28, the grid collapsed in Spain and Portugal.' });
    const later = storyFeatures({
      text: 'A report said on Tuesday the grid collapse of April 28 in Spain and Portugal had many causes.',
    });
    expect(compareArticles(event, later, frequencies).leadDates).toBe('same');
    expect(compareArticles(event, later, frequencies).leadWeekdays).toBe('different');
    expect(compareArticles(event, sameDay, frequencies).score).toBeGreaterThan(
      compareArticles(event, later, frequencies).score + 0.05,
    );
  });
});

describe('grouping pairs into stories', () => {
  const pair = (a: string, b: string, score: number) => ({ a, b, score });
  const ids = (groups: { articleIds: string[] }[]) => groups.map((g) => g.articleIds).sort();

  it('keeps two groups apart when a single pair joins them, however strong', () => {
    expect(ids(groupPairs([pair('a', 'b', 0.5), pair('c', 'd', 0.5), pair('b', 'c', 0.25)], [], 0.2))).toEqual([
      ['a', 'b'],
      ['c', 'd'],
    ]);
    expect(ids(groupPairs([pair('a', 'b', 0.5), pair('c', 'd', 0.5), pair('b', 'c', 0.45)], [], 0.2))).toEqual([
      ['a', 'b'],
      ['c', 'd'],
    ]);
  });

  it('joins them when enough of their cross pairs say so, or the user linked them', () => {
    const base = [pair('a', 'b', 0.5), pair('c', 'd', 0.5)];
    expect(ids(groupPairs([...base, pair('b', 'c', 0.25), pair('a', 'd', 0.22)], [], 0.2))).toEqual([
      ['a', 'b', 'c', 'd'],
    ]);
    expect(ids(groupPairs(base, [pair('b', 'c', 0.01)], 0.2))).toEqual([['a', 'b', 'c', 'd']]);
  });

  it('lets a single article join a pair on one of its two cross pairs, but not a larger group on one of five', () => {
    expect(ids(groupPairs([pair('a', 'b', 0.5), pair('b', 'c', 0.21)], [], 0.2))).toEqual([['a', 'b', 'c']]);
    const five = ['a', 'b', 'c', 'd', 'e'].flatMap((x, i, all) => all.slice(i + 1).map((y) => pair(x, y, 0.5)));
    expect(ids(groupPairs([...five, pair('e', 'f', 0.3)], [], 0.2))).toEqual([['a', 'b', 'c', 'd', 'e']]);
  });
});
