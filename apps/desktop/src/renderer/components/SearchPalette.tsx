// Ctrl/Cmd+K: search the notebook as you type, narrow by tag, outlet and date,
// move with ↑/↓ and open with Enter at the first match.
import { useCallback, useEffect, useMemo, useState, type KeyboardEvent, type UIEvent } from 'react';
import { useOutlets, useTags } from '../data/queries.js';
import { sameQuestion, useSearch } from '../data/use-search.js';
import { Modal } from './Modal.js';
import { SearchHitRow } from './SearchHitRow.js';
import { useAfterDelay } from './use-after-delay.js';

/**
 * Each keystroke asks for the results the palette shows without scrolling:
 * every result costs the notebook a snippet, and the first page is what the
 * user reads while typing. The rest, up to MAX_RESULTS, are asked for once the
 * user scrolls or moves down to them.
 */
export const FIRST_PAGE = 8;
export const MAX_RESULTS = 20;

/**
 * The spinner shows only for a search still under way after this long. Most
 * answers come within a frame or two, and a spinner appearing and going on each
 * keystroke is flicker; it also cost every answer's frame a relayout of the
 * input row and its animation's frames (the UI benchmark: the answer's frame
 * painted a median 6–8 ms after the DOM without it, 15 ms with it).
 */
export const SPINNER_DELAY_MS = 300;

interface Props {
  onClose(): void;
  onOpen(id: string, at?: { start: number; end: number }): void;
}

export function SearchPalette({ onClose, onOpen }: Props) {
  const [q, setQ] = useState('');
  const [tag, setTag] = useState('');
  const [outlet, setOutlet] = useState('');
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  const [active, setActive] = useState(0);
  // The search (text and filters) for which the user asked for every result.
  const [moreFor, setMoreFor] = useState<string | null>(null);
  const searchKey = JSON.stringify([sameQuestion(q), tag, outlet, from, to]);
  const limit = moreFor === searchKey ? MAX_RESULTS : FIRST_PAGE;
  const tags = useTags().data ?? [];
  const outletCounts = useOutlets().data;
  const outlets = useMemo(() => (outletCounts ?? []).map((o) => o.outlet).sort(), [outletCounts]);
  const { hits, error, searching, answered } = useSearch({
    q,
    tags: tag ? [tag] : [],
    outlet: outlet || undefined,
    from: from || undefined,
    to: to || undefined,
    limit,
  });
  const slow = useAfterDelay(searching, SPINNER_DELAY_MS);
  // A new search starts at the top; more results of the same search keep the place.
  useEffect(() => setActive(0), [searchKey]);
  useEffect(() => setActive((i) => Math.min(i, Math.max(0, hits.length - 1))), [hits]);
  const askForMore = () => {
    if (limit < MAX_RESULTS && hits.length >= limit) setMoreFor(searchKey);
  };
  const onResultsScroll = (e: UIEvent<HTMLElement>) => {
    const list = e.currentTarget;
    if (list.scrollTop + list.clientHeight >= list.scrollHeight - 120) askForMore();
  };

  const open = useCallback(
    (i: number) => {
      const hit = hits[i];
      if (!hit) return;
      const first = hit.matches[0];
      onOpen(hit.articleId, first ? { start: first[0], end: first[1] } : undefined);
      onClose();
    },
    [hits, onOpen, onClose],
  );
  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key === 'ArrowDown') {
      if (active >= hits.length - 2) askForMore();
      setActive((i) => Math.min(hits.length - 1, i + 1));
    } else if (e.key === 'ArrowUp') setActive((i) => Math.max(0, i - 1));
    else if (e.key === 'Enter') open(active);
    else return;
    e.preventDefault();
  };
  useEffect(() => {
    document.getElementById(`hit-${active}`)?.scrollIntoView({ block: 'nearest' });
  }, [active]);

  return (
    <Modal label="Search" onClose={onClose} className={q.trim() ? 'palette has-query' : 'palette'}>
      <div className="palette-input-row" onKeyDown={onKeyDown}>
        <span className="palette-icon" aria-hidden>
          ⌕
        </span>
        <input
          className="palette-input"
          aria-label="Search the notebook"
          placeholder="Search articles — names in any spelling, “exact phrases”…"
          value={q}
          onChange={(e) => setQ(e.target.value)}
          data-autofocus
          role="combobox"
          aria-expanded={hits.length > 0}
          aria-controls="search-results"
          aria-activedescendant={hits.length ? `hit-${active}` : undefined}
        />
        {slow && <span className="palette-spinner" aria-label="Searching" />}
      </div>
      <div className="palette-filters">
        <select aria-label="Filter by tag" value={tag} onChange={(e) => setTag(e.target.value)}>
          <option value="">Any tag</option>
          {tags.map((t) => (
            <option key={t.path} value={t.path}>
              {t.path}
            </option>
          ))}
        </select>
        <select aria-label="Filter by outlet" value={outlet} onChange={(e) => setOutlet(e.target.value)}>
          <option value="">Any outlet</option>
          {outlets.map((o) => (
            <option key={o} value={o}>
              {o}
            </option>
          ))}
        </select>
        <label>
          From <input type="date" aria-label="Published from" value={from} onChange={(e) => setFrom(e.target.value)} />
        </label>
        <label>
          To <input type="date" aria-label="Published to" value={to} onChange={(e) => setTo(e.target.value)} />
        </label>
      </div>
      {error && <div className="banner banner-error">{error.message}</div>}
      <ul
        className="palette-results"
        id="search-results"
        role="listbox"
        aria-label="Results"
        aria-busy={searching}
        data-answered={answered}
        onScroll={onResultsScroll}
      >
        {hits.map((hit, i) => (
          <SearchHitRow
            key={hit.articleId}
            hit={hit}
            index={i}
            active={i === active}
            onHover={setActive}
            onOpen={open}
          />
        ))}
      </ul>
      {limit < MAX_RESULTS && hits.length >= limit && answered === q && (
        <button type="button" className="palette-more" onClick={askForMore}>
          Show more results
        </button>
      )}
      {q.trim() && !searching && !hits.length && !error && <p className="palette-empty">No article matches “{q}”.</p>}
      {!q.trim() && (
        <p className="palette-empty">Type to search every article. ↑ ↓ to move, Enter to open, Esc to close.</p>
      )}
    </Modal>
  );
}
