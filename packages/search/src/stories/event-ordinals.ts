// Which one of a series an event is: the seventh or the eighth test flight of
// a rocket, the second round of an election, the third launch of a mission.
// Reports of two events of one series share every name and most words; the
// ordinal is what tells them apart, and every language writes it — as a word
// (seventh, septième, séptimo, siebte, settimo) or in digits (7th, 7e, 7º,
// Flight 7). The first ordinal an article gives beside an event word is its
// event's; a later one is most often the one before ("a month after the
// seventh").

const ORDINAL_WORDS: [number, string][] = [
  [2, 'second|deuxième|deuxieme|segundo|segunda|zweite[nmrs]?|secondo|seconda'],
  [3, 'third|troisième|troisieme|tercer|tercero|tercera|dritte[nmrs]?|terzo|terza|terceiro|terceira'],
  [4, 'fourth|quatrième|quatrieme|cuarto|cuarta|vierte[nmrs]?|quarto|quarta'],
  [5, 'fifth|cinquième|cinquieme|quinto|quinta|fünfte[nmrs]?|funfte[nmrs]?'],
  [6, 'sixth|sixième|sixieme|sexto|sexta|sechste[nmrs]?|sesto|sesta'],
  [7, 'seventh|septième|septieme|séptimo|septimo|séptima|septima|siebte[nmrs]?|settimo|settima|sétimo|sétima'],
  [8, 'eighth|huitième|huitieme|octavo|octava|achte[nmrs]?|ottavo|ottava|oitavo|oitava'],
  [9, 'ninth|neuvième|neuvieme|noveno|novena|neunte[nmrs]?|nono|nona'],
  [10, 'tenth|dixième|dixieme|décimo|decimo|décima|decima|zehnte[nmrs]?'],
];
const NUMBER_OF = new Map<string, number>();
// German declines the ordinal (siebte, siebten, siebter, siebtes): `[nmrs]?` stands for its endings.
for (const [n, forms] of ORDINAL_WORDS)
  for (const form of forms.split('|')) {
    const stem = form.replace('[nmrs]?', '');
    for (const ending of form === stem ? [''] : ['', 'n', 'm', 'r', 's']) NUMBER_OF.set(stem + ending, n);
  }
const ORDINAL = `(${[...NUMBER_OF.keys()].sort((a, b) => b.length - a.length).join('|')}|\\d{1,2}(?:st|nd|rd|th|e|ème|º|ª|\\.))`;

// The events a series is counted in: flights, launches, tests, missions, in the languages the ordinals know
// (German compounds end in them: Testflug, Raketenstart).
const EVENT =
  '(?:\\p{L}*(?:flight|flug|start)|flights?|launch(?:es)?|test(?:s)?|missions?|vols?|lancements?|essais?|vuelos?|lanzamientos?|pruebas?|misión|mision|voli|volo|lanci|lancio|missione|voos?|lançamentos?|testflug)';

// "the seventh test flight", "son huitième vol d'essai", "el séptimo vuelo", "der siebte Testflug", "l'ottavo test":
// the ordinal, at most two words, then the event word.
const ORDINAL_BEFORE = new RegExp(
  `(?<![\\p{L}\\p{N}])${ORDINAL}(?:\\s+[\\p{L}'’-]+){0,2}?\\s+${EVENT}(?![\\p{L}])`,
  'giu',
);
// "Flight 7", "test flight 8", "Flug 8", "vol 7": the event word, then the number.
const NUMBER_AFTER = new RegExp(
  `(?<![\\p{L}])(?:flight|flug|vol|vuelo|volo|voo|mission|misión)\\s+(\\d{1,2})(?![\\p{N}.,:])`,
  'giu',
);

/**
 * The ordinals of events of a series the text names, in the order written.
 *
 * @example
 * eventOrdinals('The eighth Starship test came a month after the seventh flight.') // => [8, 7]
 * eventOrdinals('Le septième vol d’essai; der siebte Testflug; Starship Flight 7') // => [7, 7, 7]
 * eventOrdinals('For the second time this year, the third stage of the plan') // => []
 */
export function eventOrdinals(text: string): number[] {
  const found: { at: number; n: number }[] = [];
  for (const m of text.matchAll(ORDINAL_BEFORE)) {
    const word = m[1]!.toLowerCase();
    const n = NUMBER_OF.get(word) ?? Number.parseInt(word, 10);
    if (n >= 2 && n <= 30) found.push({ at: m.index, n });
  }
  for (const m of text.matchAll(NUMBER_AFTER)) {
    const n = Number(m[1]);
    if (n >= 1 && n <= 30) found.push({ at: m.index, n });
  }
  return found.sort((x, y) => x.at - y.at).map((f) => f.n);
}

/** As figures (`#7`): kept in the text's order, so the first `#` figure is the article's own event. */
export function ordinalFigures(text: string): string[] {
  return eventOrdinals(text).map((n) => `#${n}`);
}

/** Whether two articles' first event ordinals agree, differ, or one names none. */
export function compareOrdinals(a: Iterable<string>, b: Iterable<string>): 'same' | 'different' | 'unknown' {
  const first = (figures: Iterable<string>) => {
    for (const f of figures) if (f.startsWith('#')) return f;
    return undefined;
  };
  const [x, y] = [first(a), first(b)];
  if (!x || !y) return 'unknown';
  return x === y ? 'same' : 'different';
}
