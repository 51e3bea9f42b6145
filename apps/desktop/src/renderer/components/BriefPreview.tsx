// The brief as a reader will see it in Obsidian or on GitHub (GFM with
// footnotes), or as its Markdown source. Drawn as React elements, never as
// injected HTML: quotes stay exactly the article's words.
import { Markdown, splitFrontMatter } from './Markdown.js';

export function BriefPreview({ markdown, source }: { markdown: string; source: boolean }) {
  if (source) return <pre className="brief-source">{markdown}</pre>;
  const { frontMatter, body } = splitFrontMatter(markdown);
  return (
    <div className="brief-document">
      {frontMatter && <pre className="brief-meta">{frontMatter}</pre>}
      <Markdown source={body} />
    </div>
  );
}
