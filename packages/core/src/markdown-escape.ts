// Text we did not write (titles, outlets, tag names, link notes) placed inside
// Markdown structure we did: a heading, a list item, a footnote definition.
// Quotes never pass through here — they are copied verbatim into blockquotes.

/** Characters that could open or close inline structure in GFM, Obsidian or Pandoc. */
const INLINE_SIGNIFICANT = /[\\`*_[\]<>#|~$&]/gu;

/** One line of plain text, safe at any inline position, including the start of a line or list item. */
export function escapeInline(text: string): string {
  return text
    .replace(/\s+/gu, ' ')
    .trim()
    .replace(INLINE_SIGNIFICANT, '\\$&')
    .replace(/^([-+=])/u, '\\$1')
    .replace(/^(\d+)([.)])/u, '$1\\$2');
}

/** `text` as a blockquote: `> ` before every line, the text itself untouched. */
export function blockquote(text: string): string {
  return text
    .split('\n')
    .map((line) => (line.length ? `> ${line}` : '>'))
    .join('\n');
}

/** A URL as an autolink (spaces and angle brackets percent-encoded), or as escaped text when it has no scheme. */
export function linkTarget(url: string): string {
  const trimmed = url.trim();
  if (!/^[a-z][a-z0-9+.-]{1,31}:/iu.test(trimmed)) return escapeInline(trimmed);
  return `<${trimmed.replace(/[\s<>]/gu, (c) => encodeURIComponent(c))}>`;
}

/** A short single-line excerpt to name a highlight in a list (not a citation). */
export function excerpt(text: string, max = 80): string {
  const line = text.replace(/\s+/gu, ' ').trim();
  if (line.length <= max) return line;
  const cut = line.slice(0, max);
  const atWord = cut.lastIndexOf(' ');
  return `${(atWord > max / 2 ? cut.slice(0, atWord) : cut).trimEnd()}…`;
}
