// A brief's Markdown shown as a document without ever becoming HTML: lines are
// classified into a few block kinds that the preview draws as React elements,
// and every character of the source stays text (quotes remain verbatim).
export type PreviewBlock =
  | { kind: 'heading'; level: number; text: string }
  | { kind: 'quote'; text: string }
  | { kind: 'item'; text: string }
  | { kind: 'footnote'; label: string; text: string }
  | { kind: 'meta'; text: string }
  | { kind: 'rule' }
  | { kind: 'paragraph'; text: string };

export function previewBlocks(markdown: string): PreviewBlock[] {
  const lines = markdown.replace(/\r\n?/gu, '\n').split('\n');
  const blocks: PreviewBlock[] = [];
  let i = 0;
  // YAML front matter is shown as metadata lines, not as a paragraph.
  if (lines[0] === '---') {
    const close = lines.indexOf('---', 1);
    if (close > 0) {
      for (const line of lines.slice(1, close)) if (line.trim()) blocks.push({ kind: 'meta', text: line });
      i = close + 1;
    }
  }
  let paragraph: string[] = [];
  let quote: string[] = [];
  const flush = () => {
    if (paragraph.length) blocks.push({ kind: 'paragraph', text: paragraph.join('\n') });
    if (quote.length) blocks.push({ kind: 'quote', text: quote.join('\n') });
    paragraph = [];
    quote = [];
  };
  for (; i < lines.length; i++) {
    const line = lines[i]!;
    const heading = /^(#{1,6})\s+(.*)$/u.exec(line);
    const footnote = /^\[\^([^\]]+)\]:\s?(.*)$/u.exec(line);
    if (!line.trim()) flush();
    else if (line.startsWith('>')) {
      if (paragraph.length) flush();
      quote.push(line.replace(/^>\s?/u, ''));
    } else if (quote.length && !line.startsWith('>')) {
      // A citation right after a quote (`> text [^1]` continues on the same block in our briefs).
      flush();
      paragraph.push(line);
    } else if (heading) {
      flush();
      blocks.push({ kind: 'heading', level: heading[1]!.length, text: heading[2]! });
    } else if (footnote) {
      flush();
      blocks.push({ kind: 'footnote', label: footnote[1]!, text: footnote[2]! });
    } else if (/^([-*_])(\s*\1){2,}\s*$/u.test(line)) {
      flush();
      blocks.push({ kind: 'rule' });
    } else if (/^\s*[-*+]\s+/u.test(line)) {
      flush();
      blocks.push({ kind: 'item', text: line.replace(/^\s*[-*+]\s+/u, '') });
    } else paragraph.push(line);
  }
  flush();
  return blocks;
}
