// Every article as a sortable, filterable list. Only the rows in view are in
// the DOM, and only their pages are asked of the notebook (library-pages.ts),
// so a notebook of 100k articles opens and scrolls as smoothly as one of five.
import { type LibraryRow, formatCount } from '@dossier/core';
import { useVirtualizer } from '@tanstack/react-virtual';
import { memo, useCallback, useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { useLibraryRows } from '../data/library-pages.js';

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
  // How many rows the notebook said there are: the virtualizer's size, set once an answer tells it.
  const [count, setCount] = useState(0);
  const [active, setActive] = useState(0);
  const scroller = useRef<HTMLDivElement>(null);
  const virtualizer = useVirtualizer({
    count,
    getScrollElement: () => scroller.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 12,
  });
  const items = virtualizer.getVirtualItems();
  // Rows are keyed by slot, not by index: a row that scrolls out hands its elements to the one that scrolls in,
  // which React fills with the new row's text instead of removing one row's elements and building another's —
  // creating elements was the dearest part of a frame while the list scrolled (a new element's style is
  // resolved from scratch, a changed text only laid out again). Consecutive indices modulo a count at least
  // that of the rows drawn never share a slot; the count only grows, so slots stay put as the list scrolls.
  const slots = useRef(0);
  slots.current = Math.max(slots.current, items.length);
  const rows = useLibraryRows(
    { ...props.filter, sort: sort.key, desc: sort.desc },
    items[0]?.index ?? 0,
    items.at(-1)?.index ?? 0,
  );
  const total = rows.total;
  useEffect(() => {
    if (total !== undefined) setCount(total);
  }, [total]);

  useEffect(() => setActive((i) => Math.min(i, Math.max(0, count - 1))), [count]);
  // Another filter or order is another list: it is shown from its first row.
  const question = JSON.stringify([props.filter.tag, props.filter.outlet, sort.key, sort.desc]);
  useEffect(() => {
    setActive(0);
    scroller.current?.scrollTo({ top: 0 });
  }, [question]);

  const move = (to: number) => {
    const next = Math.max(0, Math.min(count - 1, to));
    setActive(next);
    virtualizer.scrollToIndex(next, { align: 'auto' });
  };

  const { onOpen } = props;
  const { row } = rows;
  // Stable while the list scrolls and pages arrive, so the memoised rows in view are not drawn again.
  const openRow = useCallback(
    (index: number, id: string) => {
      setActive(index);
      onOpen(id);
    },
    [onOpen],
  );

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'ArrowDown' || event.key === 'j') move(active + 1);
    else if (event.key === 'ArrowUp' || event.key === 'k') move(active - 1);
    else if (event.key === 'Home') move(0);
    else if (event.key === 'End') move(count - 1);
    else if (event.key === 'PageDown') move(active + pageRows());
    else if (event.key === 'PageUp') move(active - pageRows());
    else if (event.key === 'Enter' && activeRow) openRow(active, activeRow.id);
    else return;
    event.preventDefault();
  };
  const pageRows = () => Math.max(1, Math.floor((scroller.current?.clientHeight ?? ROW_HEIGHT) / ROW_HEIGHT) - 1);
  const activeRow = row(active);

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
            {total !== undefined ? `${formatCount(total)} article${total === 1 ? '' : 's'}` : 'Loading…'}
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
      {rows.error && (
        <div className="banner banner-error" role="alert">
          {rows.error.message}
        </div>
      )}
      {total === 0 ? (
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
        <div className="table" role="grid" aria-rowcount={count} aria-label="Articles">
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
            aria-activedescendant={activeRow ? `row-${activeRow.id}` : undefined}
          >
            <div className="table-spacer" style={{ height: virtualizer.getTotalSize() }}>
              {items.map((item) => (
                <Row
                  key={item.index % slots.current}
                  article={row(item.index)}
                  index={item.index}
                  top={item.start}
                  active={item.index === active}
                  onOpen={openRow}
                />
              ))}
            </div>
          </div>
        </div>
      )}
    </section>
  );
}

// Memoised, and keyed by slot: while the list scrolls, the rows that stay in view are not drawn again, a row
// that scrolls in is drawn into the elements of one that scrolled out, and a row whose page arrives is filled
// in where it stands.
const Row = memo(function Row({
  article,
  index,
  top,
  active,
  onOpen,
}: {
  /** Undefined while its page is on its way: a quiet bar holds its place. */
  article: LibraryRow | undefined;
  index: number;
  top: number;
  active: boolean;
  onOpen(index: number, id: string): void;
}) {
  const style = { transform: `translateY(${top}px)`, height: ROW_HEIGHT };
  if (!article) {
    return (
      <div role="row" aria-rowindex={index + 1} aria-busy="true" className="tr is-pending" style={style}>
        <div role="gridcell" className="td col-title">
          <span className="row-pending" aria-label="Loading" />
        </div>
      </div>
    );
  }
  return (
    <div
      id={`row-${article.id}`}
      role="row"
      aria-rowindex={index + 1}
      aria-selected={active}
      className={`tr ${active ? 'is-active' : ''}`}
      style={style}
      onClick={() => onOpen(index, article.id)}
    >
      <div role="gridcell" className="td col-title">
        <span className="row-title">{article.title}</span>
        <span className="row-source">{article.fileName}</span>
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
          <span className="pill">{formatCount(article.highlightCount)}</span>
        ) : (
          <span className="muted">0</span>
        )}
      </div>
    </div>
  );
});
