// An article's blocks as React elements — never injected HTML — with
// highlights drawn as <mark> runs over canonical-text offsets. Every block
// element holds exactly its block's text and says where it starts, which is
// what maps a DOM selection back to offsets (see selection-offsets.ts).
import { blockRanges, type Block, type BlockRange } from '@dossier/core';
import { forwardRef, type ReactNode } from 'react';
import { segmentBlock, type MarkRange } from '../text/highlight-segments.js';
import { BLOCK_ATTRIBUTE } from '../text/selection-offsets.js';

interface Props {
  blocks: Block[];
  marks: MarkRange[];
  showClutter: boolean;
  onMarkClick(id: string, element: HTMLElement): void;
}

export const ArticleBody = forwardRef<HTMLDivElement, Props>(function ArticleBody(props, ref) {
  const ranges = blockRanges(props.blocks);
  const out: ReactNode[] = [];
  let list: ReactNode[] = [];
  const flushList = (key: number) => {
    if (list.length) out.push(<ul key={`list-${key}`}>{list}</ul>);
    list = [];
  };
  props.blocks.forEach((block, i) => {
    if (block.clutter && !props.showClutter) return;
    const element = renderBlock(block, ranges[i]!, props, i);
    if (block.kind === 'listItem' && !block.clutter) {
      list.push(element);
      return;
    }
    flushList(i);
    out.push(element);
  });
  flushList(props.blocks.length);
  return (
    <div ref={ref} className="article-body">
      {out}
    </div>
  );
});

function renderBlock(block: Block, range: BlockRange, props: Props, key: number): ReactNode {
  const content = segmentBlock(block.text, range, props.marks).map((segment) => {
    if (!segment.marks.length) return segment.text;
    // The innermost (last-made) highlight answers a click; a search match shows on top of all.
    const match = segment.marks.find((m) => m.kind === 'match');
    const highlight = segment.marks.filter((m) => m.kind === 'highlight').at(-1);
    const className = [
      highlight ? 'hl' : '',
      segment.marks.filter((m) => m.kind === 'highlight').length > 1 ? 'hl-overlap' : '',
      match ? 'match' : '',
    ]
      .filter(Boolean)
      .join(' ');
    return (
      <mark
        key={segment.start}
        className={className}
        data-highlight-id={highlight?.id}
        data-match={match ? '' : undefined}
        onClick={highlight ? (e) => props.onMarkClick(highlight.id, e.currentTarget) : undefined}
      >
        {segment.text}
      </mark>
    );
  });
  const attrs = { [BLOCK_ATTRIBUTE]: range.start, className: `block block-${block.kind}` };
  const element =
    block.kind === 'heading' ? (
      <h2 key={key} {...attrs}>
        {content}
      </h2>
    ) : block.kind === 'quote' ? (
      <blockquote key={key} {...attrs}>
        {content}
      </blockquote>
    ) : block.kind === 'listItem' && !block.clutter ? (
      <li key={key} {...attrs}>
        {content}
      </li>
    ) : (
      <p key={key} {...attrs}>
        {content}
      </p>
    );
  if (!block.clutter) return element;
  return (
    <div key={key} className="clutter" data-clutter-reason={block.clutter.reason}>
      <span className="clutter-reason">Removed: {block.clutter.reason}</span>
      {element}
    </div>
  );
}
