// The brief's Markdown shown as a document built from React elements (or as
// its source), never as HTML: quotes stay exactly the article's words.
import { useMemo } from 'react';
import { previewBlocks } from '../text/markdown-preview.js';

export function BriefPreview({ markdown, source }: { markdown: string; source: boolean }) {
  const blocks = useMemo(() => previewBlocks(markdown), [markdown]);
  if (source) return <pre className="brief-source">{markdown}</pre>;
  return (
    <div className="brief-document">
      {blocks.map((b, i) => {
        switch (b.kind) {
          case 'meta':
            return (
              <div key={i} className="brief-meta">
                {b.text}
              </div>
            );
          case 'heading':
            return b.level === 1 ? (
              <h1 key={i}>{b.text}</h1>
            ) : b.level === 2 ? (
              <h2 key={i}>{b.text}</h2>
            ) : (
              <h3 key={i}>{b.text}</h3>
            );
          case 'quote':
            return <blockquote key={i}>{b.text}</blockquote>;
          case 'item':
            return (
              <p key={i} className="brief-item">
                • {b.text}
              </p>
            );
          case 'footnote':
            return (
              <p key={i} className="brief-footnote">
                <span className="footnote-label">[^{b.label}]</span> {b.text}
              </p>
            );
          case 'rule':
            return <hr key={i} />;
          default:
            return <p key={i}>{b.text}</p>;
        }
      })}
    </div>
  );
}
