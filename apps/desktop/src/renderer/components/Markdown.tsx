// Markdown written by the user or by the brief, drawn as React elements by
// react-markdown (remark + GFM footnotes, tables, strikethrough). Raw HTML in
// the source stays text. Nothing in it can load or navigate: images show their
// alt text and external links are inert, because the app makes no request and
// denies navigation.
import type { ReactNode } from 'react';
import ReactMarkdown, { type Components } from 'react-markdown';
import remarkGfm from 'remark-gfm';

const components: Components = {
  a: ({ href, children }) =>
    href?.startsWith('#') ? (
      <a href={href}>{children}</a>
    ) : (
      <span className="md-link" title={href}>
        {children}
      </span>
    ),
  img: ({ alt }) => <span className="md-image">[image{alt ? `: ${alt}` : ''}]</span>,
};

export function Markdown({ source, className }: { source: string; className?: string }): ReactNode {
  return (
    <div className={className}>
      <ReactMarkdown remarkPlugins={[remarkGfm]} components={components}>
        {source}
      </ReactMarkdown>
    </div>
  );
}

/** Splits YAML front matter (`---` … `---`) from the body, which Markdown would read as a heading. */
export function splitFrontMatter(markdown: string): { frontMatter: string; body: string } {
  const match = /^---\n([\s\S]*?)\n---\n/u.exec(markdown);
  return match
    ? { frontMatter: match[1]!, body: markdown.slice(match[0].length) }
    : { frontMatter: '', body: markdown };
}
