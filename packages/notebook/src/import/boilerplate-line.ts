// A line as boilerplate is counted and recognised: lower case, its runs of
// anything but letters and digits one space. Import normalises each block of
// an article three or four times (the clutter rules, the batch's unmarked
// lines, the short lines counted): the answers of the last few thousand lines
// are remembered, and a line of plain ASCII, most of them, skips the Unicode
// classes, whose matching is the slow part.

/** Lines whose normal form is remembered; then the memory starts again. */
const REMEMBERED = 4096;
const remembered = new Map<string, string>();
const ASCII = /^\p{ASCII}*$/u;

/**
 * @example
 * normalizeBoilerplateLine('  Share this post:  ') // => 'share this post'
 * normalizeBoilerplateLine('Ça, c’est «ÉTÉ» 2024!') // => 'ça c est été 2024'
 */
export function normalizeBoilerplateLine(text: string): string {
  let line = remembered.get(text);
  if (line !== undefined) return line;
  // In ASCII, the letters and digits are a-z and 0-9 once lower-cased.
  line = ASCII.test(text)
    ? text
        .toLowerCase()
        .replace(/[^a-z0-9]+/gu, ' ')
        .trim()
    : text
        .toLowerCase()
        .replace(/[^\p{L}\p{N}]+/gu, ' ')
        .trim();
  if (remembered.size >= REMEMBERED) remembered.clear();
  remembered.set(text, line);
  return line;
}

/** FNV-1a's 32-bit offset basis and prime. */
const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

/**
 * A number standing for a normalised line (a 32-bit FNV-1a hash of its
 * UTF-16 units): what an import thread hands back of an article's unmarked
 * lines instead of the lines. Two lines may share a key; a caller that finds
 * one only looks closer (the batch's boilerplate check marks the article by
 * its lines), so a shared key costs time, never a wrong mark.
 *
 * @example
 * lineKey('share this post') === normalizedLineKey('Share this post!') // => true
 */
export function lineKey(line: string): number {
  let hash = FNV_OFFSET;
  for (let at = 0; at < line.length; at++) hash = Math.imul(hash ^ line.charCodeAt(at), FNV_PRIME);
  return hash;
}

/**
 * `lineKey(normalizeBoilerplateLine(text))`, without making the line when
 * `text` is plain ASCII: its letters and digits lower-cased, each run of
 * other characters between two of them one space, are hashed as they are
 * read. Import asks it of every unmarked block up to a few hundred letters
 * long, most of an English article.
 *
 * @example
 * normalizedLineKey('  Share this post:  ') === lineKey('share this post') // => true
 */
export function normalizedLineKey(text: string): number {
  let hash = FNV_OFFSET;
  let kept = false;
  let gap = false;
  for (let at = 0; at < text.length; at++) {
    let c = text.charCodeAt(at);
    if (c >= 0x80) return lineKey(normalizeBoilerplateLine(text));
    if (c >= 0x41 && c <= 0x5a) c |= 0x20;
    if ((c >= 0x30 && c <= 0x39) || (c >= 0x61 && c <= 0x7a)) {
      if (gap && kept) hash = Math.imul(hash ^ 0x20, FNV_PRIME);
      hash = Math.imul(hash ^ c, FNV_PRIME);
      kept = true;
      gap = false;
    } else gap = true;
  }
  return hash;
}

/**
 * Whether `text` holds more than `most` ASCII letters and digits. Each of
 * them stays, lower-cased, in the line's normal form, so a text with more of
 * them than a line has cannot normalise into it: a paragraph is told apart
 * by this count alone, without normalising it.
 *
 * @example
 * hasMoreAsciiAlphanumerics('Share this post', 20) // => false
 */
export function hasMoreAsciiAlphanumerics(text: string, most: number): boolean {
  if (text.length <= most) return false;
  let kept = 0;
  for (let at = 0; at < text.length; at++) {
    const c = text.charCodeAt(at);
    const lower = c | 0x20; // an ASCII capital's small letter
    if ((c >= 0x30 && c <= 0x39) || (lower >= 0x61 && lower <= 0x7a)) {
      if (++kept > most) return true;
    }
  }
  return false;
}

/** The longest line of each set of boilerplate lines met, and the set's size then (a set that grew is measured again). */
const longestLines = new WeakMap<ReadonlySet<string>, { size: number; longest: number }>();

/**
 * Whether `text` is one of `lines` (normalised boilerplate lines) once
 * normalised. Import asks it of every block no rule marked, most of them
 * paragraphs far longer than any boilerplate line: those are answered by
 * their length without normalising them.
 *
 * @example
 * isBoilerplateLine(new Set(['share this post']), 'Share this post:') // => true
 */
export function isBoilerplateLine(lines: ReadonlySet<string>, text: string): boolean {
  if (!lines.size) return false;
  let known = longestLines.get(lines);
  if (known?.size !== lines.size) {
    let longest = 0;
    for (const line of lines) longest = Math.max(longest, line.length);
    known = { size: lines.size, longest };
    longestLines.set(lines, known);
  }
  return !hasMoreAsciiAlphanumerics(text, known.longest) && lines.has(normalizeBoilerplateLine(text));
}
