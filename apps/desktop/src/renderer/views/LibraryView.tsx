// Every article as a sortable, filterable list. Only the rows in view are in
// the DOM, so a notebook of 100k articles scrolls as smoothly as one of five.
import type { ArticleSummary } from '@dossier/core';
import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { useArticles } from '../data/queries.js';

export interface LibraryFilter {
  tag?: string;
  outlet?: string;
}

type SortKey = 'title' | 'outlet' | 'publishedAt' | 'importedAt' | 'highlights';

const COLUMNS: { key: SortKey; label: string; className: string }[] = [
  { key: 'title', label: 'Title', className: 'col-title' },
  { key: 'outlet', label: 'Outlet', className: 'col-outlet' },
  { key: 'publishedAt', label: 'Date', className: 'col-date' },
  { key: 'importedAt', label: 'Imported', className: 'col-date' },
  { key: 'highlights', label: 'Highlights', className: 'col-count' },
];

const ROW_HEIGHT = 52;

export function LibraryView(props: {
  filter: LibraryFilter;
  onFilter(f: LibraryFilter): void;
  onOpen(id: string): void;
}) {
  const [sort, setSort] = useState<{ key: SortKey; desc: boolean }>({ key: 'importedAt', desc: false });
  const query = useArticles({ ...props.filter, sort: sort.key });
  const rows = useMemo(() => {
    const list = query.data ?? [];
    return sort.desc ? [...list].reverse() : list;
  }, [query.data, sort.desc]);
  const [active, setActive] = useState(0);
  const scroller = useRef<HTMLDivElement>(null);
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scroller.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 12,
  });

  useEffect(() => setActive((i) => Math.min(i, Math.max(0, rows.length - 1))), [rows.length]);

  const move = (to: number) => {
    const next = Math.max(0, Math.min(rows.length - 1, to));
    setActive(next);
    virtualizer.scrollToIndex(next, { align: 'auto' });
  };

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'ArrowDown' || event.key === 'j') move(active + 1);
    else if (event.key === 'ArrowUp' || event.key === 'k') move(active - 1);
    else if (event.key === 'Home') move(0);
    else if (event.key === 'End') move(rows.length - 1);
    else if (event.key === 'Enter' && rows[active]) props.onOpen(rows[active].id);
    else return;
    event.preventDefault();
  };

  const filtered = Boolean(props.filter.tag || props.filter.outlet);
  const heading = props.filter.tag
    ? `Tagged ${props.filter.tag}`
    : props.filter.outlet
      ? props.filter.outlet
      : 'Library';

  return (
    <section className="library" aria-label="Library">
      <header className="view-header">
        <div>
          <h1>{heading}</h1>
          <p className="view-subtitle">
            {query.data ? `${rows.length} article${rows.length === 1 ? '' : 's'}` : 'Loading…'}
            {filtered && (
              <button type="button" className="chip chip-removable" onClick={() => props.onFilter({})}>
                {props.filter.tag ? `tag: ${props.filter.tag}` : `outlet: ${props.filter.outlet}`}{' '}
                <span aria-hidden>×</span>
                <span className="visually-hidden">Clear filter</span>
              </button>
            )}
          </p>
        </div>
      </header>
      {query.error && (
        <div className="banner banner-error" role="alert">
          {query.error.message}
        </div>
      )}
      {query.data && rows.length === 0 ? (
        <div className="empty-state">
          {filtered ? (
            <>
              <h2>No articles match this filter</h2>
              <button type="button" className="button" onClick={() => props.onFilter({})}>
                Show all articles
              </button>
            </>
          ) : (
            <>
              <h2>No articles yet</h2>
              <p>No articles yet — import text, Markdown, saved web pages or PDFs (Ctrl+O), or drop them here.</p>
            </>
          )}
        </div>
      ) : (
        <div className="table" role="grid" aria-rowcount={rows.length} aria-label="Articles">
          <div className="table-head" role="row">
            {COLUMNS.map((c) => (
              <button
                key={c.key}
                type="button"
                role="columnheader"
                className={`th ${c.className} ${sort.key === c.key ? 'is-sorted' : ''}`}
                aria-sort={sort.key === c.key ? (sort.desc ? 'descending' : 'ascending') : 'none'}
                onClick={() => setSort((s) => ({ key: c.key, desc: s.key === c.key ? !s.desc : false }))}
              >
                {c.label}
                {sort.key === c.key && <span className="sort-arrow">{sort.desc ? ' ▼' : ' ▲'}</span>}
              </button>
            ))}
          </div>
          <div
            ref={scroller}
            className="table-body"
            tabIndex={0}
            onKeyDown={onKeyDown}
            aria-activedescendant={rows[active] ? `row-${rows[active].id}` : undefined}
          >
            <div className="table-spacer" style={{ height: virtualizer.getTotalSize() }}>
              {virtualizer.getVirtualItems().map((item) => (
                <Row
                  key={rows[item.index]!.id}
                  article={rows[item.index]!}
                  top={item.start}
                  active={item.index === active}
                  onClick={() => {
                    setActive(item.index);
                    props.onOpen(rows[item.index]!.id);
                  }}
                />
              ))}
            </div>
          </div>
        </div>
      )}
    </section>
  );
}

function Row({
  article,
  top,
  active,
  onClick,
}: {
  article: ArticleSummary;
  top: number;
  active: boolean;
  onClick(): void;
}) {
  return (
    <div
      id={`row-${article.id}`}
      role="row"
      aria-selected={active}
      className={`tr ${active ? 'is-active' : ''}`}
      style={{ transform: `translateY(${top}px)`, height: ROW_HEIGHT }}
      onClick={onClick}
    >
      <div role="gridcell" className="td col-title">
        <span className="row-title">{article.title}</span>
        <span className="row-source">{article.source.fileName}</span>
      </div>
      <div role="gridcell" className="td col-outlet">
        {article.outlet || <span className="muted">—</span>}
      </div>
      <div role="gridcell" className="td col-date">
        {article.publishedAt?.slice(0, 10) || <span className="muted">—</span>}
      </div>
      <div role="gridcell" className="td col-date">
        {article.importedAt.slice(0, 10)}
      </div>
      <div role="gridcell" className="td col-count">
        {article.highlightCount > 0 ? (
          <span className="pill">{article.highlightCount}</span>
        ) : (
          <span className="muted">0</span>
        )}
      </div>
    </div>
  );
}
