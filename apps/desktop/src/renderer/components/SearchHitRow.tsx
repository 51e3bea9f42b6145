// One search result in the palette. Memoised: a keystroke that has not been
// answered yet, or a move of the active row, draws only the rows it changes.
import type { SearchHit } from '@dossier/core';
import { memo } from 'react';
import { Snippet } from './Snippet.js';

export const SearchHitRow = memo(function SearchHitRow({
  hit,
  index,
  active,
  onHover,
  onOpen,
}: {
  hit: SearchHit;
  index: number;
  active: boolean;
  onHover(index: number): void;
  onOpen(index: number): void;
}) {
  return (
    <li
      id={`hit-${index}`}
      role="option"
      aria-selected={active}
      className={`hit ${active ? 'is-active' : ''}`}
      onMouseEnter={() => onHover(index)}
      onClick={() => onOpen(index)}
    >
      <div className="hit-title">{hit.title}</div>
      <div className="hit-meta">
        {[hit.outlet, hit.publishedAt?.slice(0, 10), hit.source].filter(Boolean).join(' · ')}
      </div>
      <Snippet text={hit.snippet} marks={hit.marks} />
    </li>
  );
});
