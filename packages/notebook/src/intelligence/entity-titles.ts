// The titles and functions a capitalised span picks up before a name, one
// small table per language: "Prime Minister Starmer", "Bundeskanzler Merz",
// "Le Président Macron" at a sentence start, "Presidente Sánchez" in a
// headline. English and German capitalise a title before a name anywhere in a
// sentence; French, Spanish, Italian, Portuguese and Dutch write it in lower
// case inside a sentence, so there a capitalised title is one only at a
// sentence start or in a headline (inside a sentence "Premier League" is a name).

/** Titles of each language (ISO 639-3), lower case, a title of several words written as it is. */
const TITLES: Record<string, readonly string[]> = {
  eng: [
    'president',
    'prime minister',
    'minister',
    'foreign minister',
    'defence minister',
    'defense minister',
    'mr',
    'mrs',
    'ms',
    'dr',
    'sir',
    'general',
    'gen',
    'chancellor',
    'king',
    'queen',
    'senator',
    'director',
    'spokesman',
    'spokesperson',
    'secretary',
    'secretary-general',
    'mayor',
    'governor',
    'pope',
    'prince',
    'princess',
    'judge',
    'justice',
    'ceo',
    'chief',
    'coach',
    'captain',
    'former',
    'ukrainian',
    'russian',
    'american',
    'us',
    'u.s.',
  ],
  fra: [
    'président',
    'présidente',
    'premier ministre',
    'première ministre',
    'ministre',
    'chancelier',
    'chancelière',
    'roi',
    'reine',
    'pape',
    'général',
    'maire',
    'monsieur',
    'madame',
    'm.',
    'mme',
    'sénateur',
    'secrétaire général',
    'porte-parole',
    'directeur',
    'directrice',
    'juge',
    'prince',
    'princesse',
    'entraîneur',
    'sélectionneur',
    'capitaine',
    'ancien',
    'ancienne',
  ],
  spa: [
    'presidente',
    'presidenta',
    'expresidente',
    'primer ministro',
    'primera ministra',
    'ministro',
    'ministra',
    'canciller',
    'rey',
    'reina',
    'papa',
    'general',
    'alcalde',
    'alcaldesa',
    'señor',
    'señora',
    'sr.',
    'sra.',
    'don',
    'doña',
    'portavoz',
    'director',
    'directora',
    'secretario general',
    'juez',
    'jueza',
    'príncipe',
    'princesa',
    'entrenador',
    'seleccionador',
    'capitán',
  ],
  ita: [
    'presidente',
    'presidentessa',
    'premier',
    'primo ministro',
    'ministro',
    'ministra',
    'cancelliere',
    're',
    'regina',
    'papa',
    'generale',
    'sindaco',
    'signor',
    'signore',
    'signora',
    'portavoce',
    'direttore',
    'segretario generale',
    'giudice',
    'principe',
    'principessa',
    'allenatore',
    'ct',
    'capitano',
  ],
  por: [
    'presidente',
    'presidenta',
    'primeiro-ministro',
    'primeira-ministra',
    'ministro',
    'ministra',
    'chanceler',
    'rei',
    'rainha',
    'papa',
    'general',
    'prefeito',
    'prefeita',
    'senhor',
    'senhora',
    'sr.',
    'sra.',
    'porta-voz',
    'diretor',
    'diretora',
    'secretário-geral',
    'juiz',
    'juíza',
    'príncipe',
    'princesa',
    'treinador',
    'selecionador',
    'capitão',
  ],
  deu: [
    'präsident',
    'präsidentin',
    'kanzler',
    'kanzlerin',
    'minister',
    'ministerin',
    'könig',
    'königin',
    'papst',
    'general',
    'herr',
    'frau',
    'dr',
    'prinz',
    'prinzessin',
    'richter',
    'richterin',
    'trainer',
    'trainerin',
    'kapitän',
    'kapitänin',
    'direktor',
    'direktorin',
    'generalsekretär',
    'senator',
    'gouverneur',
    'altkanzler',
    'ex-kanzler',
  ],
  nld: [
    'minister-president',
    'premier',
    'minister',
    'president',
    'presidente',
    'koning',
    'koningin',
    'paus',
    'generaal',
    'burgemeester',
    'meneer',
    'mevrouw',
    'woordvoerder',
    'directeur',
    'kanselier',
    'bondskanselier',
    'prins',
    'prinses',
    'rechter',
    'trainer',
    'bondscoach',
    'aanvoerder',
    'oud-premier',
  ],
};

/**
 * German makes a title of any office by compounding it (Bundeskanzler,
 * Ministerpräsident, Außenministerin, Regierungschef, Bürgermeister), so a
 * German word ending in an office is a title whatever comes before.
 */
const GERMAN_OFFICE =
  /(kanzler|kanzlerin|minister|ministerin|präsident|präsidentin|chef|chefin|sprecher|sprecherin|meister|meisterin|trainer|trainerin|sekretär|sekretärin)$/u;

/** Languages that write a title in lower case inside a sentence. */
const LOWER_CASE_TITLES = new Set(['fra', 'spa', 'ita', 'por', 'nld']);

/** Each language's titles as one pattern at the start of a span, with the article before it ("Le", "El", "Der"). */
const LEADING_TITLE = new Map<string, RegExp>(
  Object.entries(TITLES).map(([language, titles]) => {
    const alternatives = [...titles]
      .sort((a, b) => b.length - a.length)
      .map((t) => t.replace(/[.]/gu, '\\.').replace(/ /gu, '\\s+'))
      .join('|');
    return [
      language,
      new RegExp(`^(?:(?:le|la|l'|l’|el|il|lo|o|a|der|die|den|dem|de|het)\\s+)?(?:${alternatives})(?:\\s+|$)`, 'iu'),
    ];
  }),
);

function startsWithGermanOffice(span: string): string | undefined {
  const first = /^(?:(?:der|die|den|dem|des)\s+)?(\S+)(?:\s+|$)/iu.exec(span);
  if (first && GERMAN_OFFICE.test(first[1]!.toLowerCase())) return first[0];
  return undefined;
}

/**
 * The span without the titles that lead it in the article's language (and
 * English's, which names in every language's news carry), repeatedly
 * ("Former Prime Minister"); the whole span when it is nothing but titles,
 * so the caller can tell a title alone by an empty answer.
 *
 * @example
 * withoutTitles('Bundeskanzler Merz', 'deu', true) // => 'Merz'
 * withoutTitles('Le Président Macron', 'fra', false) // => 'Macron'
 * withoutTitles('Premier League', 'nld', true) // => 'Premier League'
 * withoutTitles('Ministerpräsident', 'deu', true) // => ''
 */
export function withoutTitles(span: string, language: string, insideSentence: boolean): string {
  const patterns: RegExp[] = [];
  const own = LEADING_TITLE.get(language);
  if (own && !(insideSentence && LOWER_CASE_TITLES.has(language))) patterns.push(own);
  if (language !== 'eng') patterns.push(LEADING_TITLE.get('eng')!);
  else patterns.unshift(LEADING_TITLE.get('eng')!);
  let name = span;
  let previous = '';
  while (previous !== name && name !== '') {
    previous = name;
    for (const pattern of patterns) name = name.replace(pattern, '');
    if (language === 'deu') {
      const office = startsWithGermanOffice(name);
      if (office) name = name.slice(office.length);
    }
  }
  return name.trim();
}
