// Picks one article by typing part of its title, outlet or file name.
import type { ArticleSummary } from '@dossier/core';
import { useMemo, useState, type KeyboardEvent } from 'react';
import { useArticles } from '../data/queries.js';

interface Props {
  exclude?: string;
  value: string | null;
  onChange(id: string): void;
}

const SHOWN = 50;

export function ArticlePicker({ exclude, value, onChange }: Props) {
  const articles = useArticles({ sort: 'title' }).data;
  const [q, setQ] = useState('');
  const [active, setActive] = useState(0);
  const shown = useMemo(() => {
    const needle = q.trim().toLowerCase();
    const matches = (a: ArticleSummary) =>
      !needle || `${a.title} ${a.outlet ?? ''} ${a.source.fileName}`.toLowerCase().includes(needle);
    return (articles ?? []).filter((a) => a.id !== exclude && matches(a)).slice(0, SHOWN);
  }, [articles, q, exclude]);

  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key === 'ArrowDown') setActive((i) => Math.min(shown.length - 1, i + 1));
    else if (e.key === 'ArrowUp') setActive((i) => Math.max(0, i - 1));
    else if (e.key === 'Enter' && shown[active]) onChange(shown[active].id);
    else return;
    e.preventDefault();
    e.stopPropagation();
  };

  return (
    <div className="article-picker">
      <input
        className="text-input"
        aria-label="Find the article to link to"
        placeholder="Find an article by title, outlet or file…"
        value={q}
        data-autofocus
        onChange={(e) => {
          setQ(e.target.value);
          setActive(0);
        }}
        onKeyDown={onKeyDown}
      />
      <ul className="picker-list" role="listbox" aria-label="Articles">
        {shown.map((a, i) => (
          <li key={a.id} role="option" aria-selected={a.id === value}>
            <button
              type="button"
              className={`option ${i === active ? 'is-active' : ''} ${a.id === value ? 'is-chosen' : ''}`}
              onClick={() => onChange(a.id)}
            >
              <span className="option-title">{a.title}</span>
              <span className="option-meta">
                {[a.outlet, a.publishedAt?.slice(0, 10), a.source.fileName].filter(Boolean).join(' · ')}
              </span>
            </button>
          </li>
        ))}
        {articles && !shown.length && <li className="picker-empty">No other article matches.</li>}
      </ul>
    </div>
  );
}
