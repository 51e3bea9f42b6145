// Match minutes are what tell two matches of one tournament apart: the teams,
// the players, the stadium and often the score repeat, the minutes of the
// goals do not — and every language writes them in digits.
import { describe, expect, it } from 'vitest';
import { storyFeatures } from './features.js';
import { extractMatchMinutes } from './match-minutes.js';

describe('match minutes', () => {
  it('are read as the minute with its mark, in English, German, French, Spanish and Italian', () => {
    expect(
      extractMatchMinutes('Oyarzabal scored the winner in the 86th minute after Palmer levelled on the 73rd minute.'),
    ).toEqual(["86'", "73'"]);
    expect(extractMatchMinutes('Williams traf in der 47. Spielminute, Palmer in der 73. Minute.')).toEqual([
      "47'",
      "73'",
    ]);
    expect(extractMatchMinutes('Mikel Oyarzabal à la 86e minute, Cole Palmer à la 73ème minute.')).toEqual([
      "86'",
      "73'",
    ]);
    expect(extractMatchMinutes('Pickford atajó en el minuto 65; gol al minuto 86.')).toEqual(["65'", "86'"]);
    expect(extractMatchMinutes('Le reti al 47′ di Nico Williams e all’86’ di Oyarzabal.')).toEqual(["47'", "86'"]);
  });

  it('keep stoppage time apart from the minute it follows', () => {
    expect(extractMatchMinutes("90+1′ Sub Watkins fires England into the final (90+1')")).toEqual(["90+1'", "90+1'"]);
    expect(extractMatchMinutes('Watkins struck in the 90th minute')).toEqual(["90'"]);
  });

  it('leave out durations, closing quotes, feet and numbers inside words or longer numbers', () => {
    expect(
      extractMatchMinutes('Within 11 minutes it was level; 10 Minuten nach seiner Einwechslung; 90 minutos'),
    ).toEqual([]);
    expect(extractMatchMinutes("a banner reading 'Reyes de Europa 4'» and 'Champions 2024'")).toEqual([]);
    expect(extractMatchMinutes("The 2'500 fans; minute 2024 of the broadcast; the 300th minute")).toEqual([]);
    expect(extractMatchMinutes('2 min read. Spain beat England 2-1 in Berlin.')).toEqual([]);
  });

  it('are figures of the article, so two reports of one match share them across languages', () => {
    const english = storyFeatures({ text: 'Oyarzabal scored in the 86th minute.', language: 'eng' });
    const german = storyFeatures({ text: 'Oyarzabal traf in der 86. Minute.', language: 'deu' });
    const semi = storyFeatures({ text: 'Yamal scored in the 21st minute.', language: 'eng' });
    expect([...english.figures].filter((f) => german.figures.has(f))).toEqual(["86'"]);
    expect([...english.figures].filter((f) => semi.figures.has(f))).toEqual([]);
  });
});
