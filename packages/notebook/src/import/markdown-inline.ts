// Markdown's inline syntax → the plain text a reader sees. Blocks hold text
// only (highlights are offsets into it), so `**energy**` is stored as
// `energy`, `[the report](https://…)` as `the report`, `` `code` `` as `code`.
// A line that is emphasis from end to end (`**Talks resume**`) is how many
// writers (and web clippers) mark a subheading: it becomes a heading block.

const WHOLE_LINE_EMPHASIS = /^(\*\*|__)(?=\S)(.+?)(?<=\S)\1:?$/u;

/** The heading text when the whole line is bold, else null. */
export function emphasisHeading(line: string): string | null {
  const match = WHOLE_LINE_EMPHASIS.exec(line);
  return match && !/\*\*|__/u.test(match[2]!) ? plainInline(match[2]!) : null;
}

export function plainInline(text: string): string {
  return (
    text
      // Images keep their description; links their text.
      .replace(/!\[([^\]]*)\]\([^)]*\)/gu, '$1')
      .replace(/\[([^\]]+)\]\((?:[^()]|\([^)]*\))*\)/gu, '$1')
      .replace(/\[([^\]]+)\]\[[^\]]*\]/gu, '$1')
      .replace(/<(https?:\/\/[^>\s]+)>/gu, '$1')
      .replace(/`([^`]+)`/gu, '$1')
      // Strong before emphasis, so `***x***` loses all six stars.
      .replace(/(\*\*|__)(?=\S)(.+?)(?<=\S)\1/gu, '$2')
      .replace(/(?<![\w*])\*(?=\S)(.+?)(?<=\S)\*(?![\w*])/gu, '$1')
      .replace(/(?<![\w_])_(?=\S)(.+?)(?<=\S)_(?![\w_])/gu, '$1')
      .replace(/~~(?=\S)(.+?)(?<=\S)~~/gu, '$1')
      // A backslash escape leaves the character itself.
      .replace(/\\([\\`*_{}[\]()#+\-.!|~<>])/gu, '$1')
  );
}
