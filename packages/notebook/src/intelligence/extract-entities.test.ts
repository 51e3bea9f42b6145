// Names as an article writes them, classified by compromise, without the
// small words a capitalised span picks up at the start of a sentence.
import { describe, expect, it } from 'vitest';
import { extractEntities } from './extract-entities.js';

const names = (text: string, language = 'eng') => extractEntities(text, language).map((m) => m.name);

describe('extractEntities', () => {
  it('drops the opening small word of a sentence from the name it starts', () => {
    expect(names('The Notre Dame Cathedral burned on Monday. But Paris was spared.')).toEqual(
      expect.arrayContaining(['Notre Dame Cathedral', 'Paris']),
    );
    expect(names('The Notre Dame Cathedral burned on Monday.')).not.toContain('The Notre Dame Cathedral');
    expect(names('En Siria se han notificado 384 muertos, según Efe.', 'spa')).toContain('Siria');
  });

  it('keeps a place whose name begins with such a word, and names inside a sentence as written', () => {
    expect(names('Los Angeles declared an emergency on Tuesday.')).toContain('Los Angeles');
    expect(names('Officials in Kharkiv said the Kharkiv Oblast was hit.')).toEqual(
      expect.arrayContaining(['Kharkiv', 'Kharkiv Oblast']),
    );
  });

  it('takes a capitalised word inside an English sentence that compromise does not know as a name', () => {
    const found = names(
      'Ukraine said on Friday that talks with the Kremlin would go on in March, and Kremlin spokesman Peskov ' +
        'said Medinsky would lead the delegation at the Dolmabahce palace. The drones struck Olenya.',
    );
    expect(found).toEqual(expect.arrayContaining(['Kremlin', 'Peskov', 'Medinsky', 'Dolmabahce']));
    // Days, months and the English words compromise knows stay words; a sentence's first word is left to compromise.
    expect(found).not.toEqual(expect.arrayContaining(['Friday']));
    expect(found).not.toContain('March');
    expect(found).not.toContain('The');
    expect(names('Officials said the Complete Largest Prisoner Swap began.')).not.toContain(
      'Complete Largest Prisoner Swap',
    );
  });
});
