// How many words a line has, as `text.split(/\s+/u).length` counts them, told
// without splitting it: the rules ask it of every block to find the short
// ones, and a paragraph is answered after its first few words.

/** Whether `code` is a UTF-16 unit that `\s` matches (every one of them is a single unit). */
function isSpace(code: number): boolean {
  if (code <= 0x20) return code === 0x20 || (code >= 0x09 && code <= 0x0d);
  if (code < 0xa0) return false;
  return (
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0xfeff
  );
}

/**
 * Whether `text.split(/\s+/u).length <= most`: the runs of white space,
 * one more than them being the parts, are counted up to `most`.
 *
 * @example
 * hasAtMostWords('Sports Editor authorBadge', 5) // => true
 * hasAtMostWords('A paragraph of many more words than five.', 5) // => false
 */
export function hasAtMostWords(text: string, most: number): boolean {
  let parts = 1;
  for (let at = 0; at < text.length; at++) {
    if (!isSpace(text.charCodeAt(at))) continue;
    if (++parts > most) return false;
    while (at + 1 < text.length && isSpace(text.charCodeAt(at + 1))) at++;
  }
  return parts <= most;
}
