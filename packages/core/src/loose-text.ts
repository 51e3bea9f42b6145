// A forgiving form of text for locating a quote a person typed or pasted: the
// article may say “war” and – where the user wrote "war" and -, or break a line
// where they put a space. Each character of the loose form remembers where it
// came from, so a match in it maps back to exact offsets in the original.

const FOLDED: Readonly<Record<string, string>> = {
  '\u201C': '"', // “
  '\u201D': '"', // ”
  '\u201E': '"', // „
  '\u201F': '"', // ‟
  '\u00AB': '"', // «
  '\u00BB': '"', // »
  '\u2033': '"', // ″
  '\u2018': "'", // ‘
  '\u2019': "'", // ’
  '\u201A': "'", // ‚
  '\u201B': "'", // ‛
  '\u2032': "'", // ′
  '\u2010': '-', // ‐ hyphen
  '\u2011': '-', // non-breaking hyphen
  '\u2012': '-', // ‒ figure dash
  '\u2013': '-', // – en dash
  '\u2014': '-', // — em dash
  '\u2015': '-', // ― horizontal bar
  '\u2212': '-', // − minus
  '\u2026': '...', // …
};

export interface LooseText {
  text: string;
  /** For each character of `text`, the [start, end) range of original text it stands for. */
  origin: readonly (readonly [number, number])[];
}

/** Folds typographic quotes and dashes to ASCII and collapses each whitespace run to one space. */
export function looseText(original: string): LooseText {
  let text = '';
  const origin: [number, number][] = [];
  let i = 0;
  while (i < original.length) {
    const ch = original[i]!;
    if (/\s/u.test(ch)) {
      const runStart = i;
      while (i < original.length && /\s/u.test(original[i]!)) i++;
      text += ' ';
      origin.push([runStart, i]);
      continue;
    }
    const folded = FOLDED[ch] ?? ch;
    for (const c of folded) {
      text += c;
      origin.push([i, i + 1]);
    }
    i++;
  }
  return { text, origin };
}
