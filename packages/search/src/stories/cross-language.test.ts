// Two reports of one event in two languages share few words but the same
// figures, names and date: a magnitude of 7.7 is 7,7 in Spanish and German,
// 17.01.2025 is 17 January. Sentences modelled on the reports of the Myanmar
// earthquake of 28 March 2025 and of an earlier one near Mandalay (2012), and
// on those of Starship's seventh flight (16 January 2025).
import { describe, expect, it } from 'vitest';
import { extractDates, extractFigures } from './features.js';
import { StoryIndex } from './story-index.js';

describe('figures across languages', () => {
  it('keep a decimal, written with a point or a comma, as one figure', () => {
    expect([...extractFigures('A magnitude 7.7 quake, then a 6.4-magnitude aftershock')]).toEqual(['7.7', '6.4']);
    expect([...extractFigures('ein Erdbeben der Stärke 7,7 und ein Nachbeben der Stärke 6,4')]).toEqual(['7.7', '6.4']);
  });

  it('still leave out small whole numbers, and read thousands as thousands', () => {
    expect([...extractFigures('12 minutes later, 20 dead, 1,670 injured; 1.670 heridos')]).toEqual(['1670']);
  });
});

describe('dates written in digits', () => {
  it('read day, month and year as German or Russian outlets write them', () => {
    expect(extractDates('Stand: 17.01.2025, 12:53 Uhr. Am 16. Januar startete die Rakete.')).toEqual(['1-17', '1-16']);
    expect(extractDates('Опубліковано 6.3.2025')).toEqual(['3-6']);
  });

  it('leave out decimals, slashes (03/07/2025 is 7 March in Mexico) and dates without a year', () => {
    expect(extractDates('17.01 km; 03/07/2025; am 17.01. um 16.37 Uhr; 32.13.2025')).toEqual([]);
  });
});

describe('one earthquake told in English and Spanish', () => {
  const names = (...list: string[]) => list.map((name) => ({ key: name.toLowerCase(), name }));
  const index = new StoryIndex();
  index.add('en', {
    text:
      'A magnitude 7.7 earthquake struck central Myanmar on Friday, close to Mandalay, the second city. ' +
      'An aftershock of magnitude 6.4 followed twelve minutes later. ' +
      'In Bangkok a high-rise under construction collapsed, trapping dozens of workers.',
    entities: names('Myanmar', 'Mandalay', 'Bangkok'),
    language: 'eng',
  });
  index.add('es', {
    text:
      'Un terremoto de magnitud 7,7 sacudió el viernes el centro de Myanmar, cerca de Mandalay. ' +
      'Una réplica de magnitud 6,4 llegó doce minutos después. ' +
      'En Bangkok se derrumbó un rascacielos en construcción y decenas de obreros quedaron atrapados.',
    entities: names('Myanmar', 'Mandalay', 'Bangkok'),
    language: 'spa',
  });
  // The near miss: the same country and city, another quake on another day of the week.
  index.add('fr', {
    text:
      'Un séisme de magnitude 6,8 a frappé dimanche matin le centre du Myanmar, à 117 kilomètres au nord de Mandalay. ' +
      'Des habitants paniqués sont sortis dans les rues, mais aucune victime n’était signalée.',
    entities: names('Myanmar', 'Mandalay'),
    language: 'fra',
  });
  // Other stories of the notebook, so that names and figures weigh by how rare they are.
  index.add('x1', {
    text: 'Starship lifted off from Texas on its seventh flight test; the upper stage broke up over the Caribbean.',
    entities: names('Starship', 'Texas', 'Caribbean'),
    language: 'eng',
  });
  index.add('x2', {
    text: 'Die Zentralbank senkte den Leitzins um 0,25 Prozentpunkte; die Inflation lag bei 2,4 Prozent.',
    entities: names('Zentralbank'),
    language: 'deu',
  });

  it('groups the two reports of the event and says why: the shared figures and names', () => {
    const groups = index.groups().map((g) => g.articleIds);
    expect(groups).toEqual([['en', 'es']]);
    const why = index.compare('en', 'es')!;
    expect(why.cosine).toBeLessThan(0.1);
    expect(why.sharedFigures).toEqual(['7.7', '6.4']);
    expect(why.sharedEntities).toEqual(expect.arrayContaining(['Myanmar', 'Mandalay', 'Bangkok']));
  });

  it('keeps the earlier quake apart though it names the same places', () => {
    const near = index.compare('en', 'fr')!;
    expect(near.sharedFigures).toEqual([]);
    expect(near.leadWeekdays).toBe('different');
    expect(near.score).toBeLessThan(index.compare('en', 'es')!.score / 2);
  });
});

describe('one launch told in English and German, the date in digits', () => {
  it('gives the two reports the same event date', () => {
    const index = new StoryIndex();
    index.add('en', {
      text: 'The FAA said on Jan. 17 that it had activated a debris response area after Starship broke apart.',
      language: 'eng',
    });
    index.add('de', {
      text: 'Start von «Starship» erneut gescheitert. 17.01.2025. Die FAA wies SpaceX an, den Vorfall zu untersuchen.',
      language: 'deu',
    });
    const pair = index.compare('en', 'de')!;
    expect(pair.leadDates).toBe('same');
    expect(pair.sharedDates).toEqual(['1-17']);
  });
});

describe('one summit told in English and German: shared names count only when a figure or date backs them', () => {
  // Modelled on the reports of the Trump–Putin meeting in Alaska (15 August 2025) and of the White House
  // meeting with Zelensky three days later: the same leaders, another place.
  const names = (...list: string[]) => list.map((name) => ({ key: name.toLowerCase(), name }));
  const build = (dated: boolean) => {
    const index = new StoryIndex();
    index.add('en', {
      text:
        'The leaders of the United States and Russia talked for nearly three hours at a military base in Anchorage. ' +
        'Afterwards they spoke of progress, took no questions from reporters and announced no agreement on a ceasefire. ' +
        'European governments, which had not been invited, said they would wait for a briefing.' +
        (dated ? ' The meeting took place on August 15, 2025.' : ''),
      entities: names('Trump', 'Putin', 'Anchorage', 'Alaska', 'Ukraine', 'Lavrov', 'Rubio', 'Fox News'),
      language: 'eng',
    });
    index.add('de', {
      text:
        'Auf dem Militärstützpunkt bei Anchorage sprachen die Präsidenten knapp drei Stunden miteinander. ' +
        'Eine Einigung über eine Waffenruhe verkündeten die beiden danach nicht, Fragen von Journalisten ließen sie nicht zu. ' +
        'In Berlin und Kiew reagierte man zurückhaltend auf das Treffen in Alaska.' +
        (dated ? ' Das Treffen fand am 15.08.2025 statt.' : ''),
      entities: names('Anchorage', 'Alaska', 'Trump', 'Putin', 'Ukraine', 'Berlin', 'Kyiv', 'Merz', 'dpa'),
      language: 'deu',
    });
    index.add('de-washington', {
      text:
        'Im Weißen Haus empfing der amerikanische Präsident seinen ukrainischen Amtskollegen und mehrere europäische ' +
        'Regierungschefs. Ein Treffen mit dem russischen Präsidenten solle folgen, hieß es nach dem Gespräch in Washington.',
      entities: names('Trump', 'Zelensky', 'Putin', 'Washington', 'Ukraine', 'Merz'),
      language: 'deu',
    });
    // The rest of a notebook that follows the war: the leaders' names are in most of its articles.
    [
      'Shelling went on near Pokrovsk overnight.',
      'The Kremlin rejected new sanctions talk.',
      'Drones struck a refinery in Saratov.',
      'Grain exports from Odesa rose in July.',
      'A prisoner exchange was prepared in Belarus.',
      'Energy prices rose after the strikes.',
      'The president said the war should end soon, and new sanctions would wait.',
      'Russia would answer the strikes on its airfields, the Kremlin said.',
    ].forEach((text, i) => index.add(`x${i}`, { text, entities: names('Trump', 'Putin', 'Ukraine'), language: 'eng' }));
    return index;
  };

  // Names alone are a topic, not an event: on the development sets they joined near-miss stories (another
  // round of talks, another meeting of the same leaders) more often than they found a missed pair.
  it('keeps the two reports apart while only names connect them', () => {
    const index = build(false);
    expect(index.compare('en', 'de')!.sharedDates).toEqual([]);
    expect(index.groups()).toEqual([]);
  });

  it('groups them once they give the same date, and says why: the date and the names', () => {
    const index = build(true);
    expect(index.groups().map((g) => g.articleIds)).toEqual([['de', 'en']]);
    const why = index.compare('en', 'de')!;
    expect(why.cosine).toBeLessThan(0.05);
    expect(why.sharedDates.length).toBeGreaterThan(0);
    expect(why.sharedEntities.slice(0, 2)).toEqual(['Anchorage', 'Alaska']);
  });

  it('keeps the meeting in Washington, with the same leaders, apart', () => {
    const index = build(true);
    expect(index.compare('en', 'de-washington')!.score).toBeLessThan(index.compare('en', 'de')!.score / 2);
  });
});
