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
