// The left column: which notebook, where to go, and the tag tree and outlets
// that filter the library.
import { formatCount } from '@dossier/core';
import { useMemo, useState } from 'react';
import type { View } from '../App.js';
import { useNotebookInfo, useOutlets, useTags } from '../data/queries.js';
import { tagTree, type TagNode } from '../text/tag-tree.js';
import type { LibraryFilter } from '../views/LibraryView.js';

interface Props {
  view: View;
  filter: LibraryFilter;
  onNavigate(view: View): void;
  /** Opens quick capture: a new article from pasted text. */
  onCapture(): void;
  onFilter(filter: LibraryFilter): void;
  onSearch(): void;
  onImport(): void;
  onHelp(): void;
}

const mod = navigator.platform.startsWith('Mac') ? '⌘' : 'Ctrl ';

/** Why Import and Paste are off in a notebook open read-only: the main process refuses them too (invoke-route.ts). */
export const READ_ONLY_IMPORT_TIP =
  'This notebook is open read-only (another Dossier holds it): nothing can be imported or pasted into it';

export function Sidebar(props: Props) {
  const info = useNotebookInfo().data;
  const tags = useTags().data ?? [];
  const tree = useMemo(() => tagTree(tags), [tags]);
  const outletCounts = useOutlets().data;
  const outlets = useMemo(() => (outletCounts ?? []).map((o) => [o.outlet, o.count] as const), [outletCounts]);

  const nav: { view: View; label: string; count?: number; key: string }[] = [
    { view: 'library', label: 'Library', count: info?.articleCount, key: '1' },
    { view: 'tags', label: 'Tags', count: tags.length, key: '2' },
    { view: 'brief', label: 'Brief', key: '3' },
    { view: 'orphans', label: 'Orphans', count: info?.orphanCount, key: '4' },
    { view: 'stories', label: 'Stories', key: '5' },
    { view: 'entities', label: 'People & places', key: '6' },
    { view: 'export', label: 'Export', key: '7' },
  ];
  const current = props.view === 'reader' ? 'library' : props.view;
  const readOnly = info?.readOnly === true;

  return (
    <nav className="sidebar" aria-label="Notebook">
      <div className="notebook-name" title={info?.path}>
        <span className="app-mark" aria-hidden="true">
          ◆
        </span>
        <span className="notebook-title">{info?.name ?? 'Dossier'}</span>
        {info?.readOnly && <span className="badge">read-only</span>}
      </div>
      <div className="sidebar-actions">
        <button type="button" className="search-button" onClick={props.onSearch}>
          <span>Search</span>
          <kbd>{mod}K</kbd>
        </button>
        <button
          type="button"
          className="button button-quiet"
          onClick={props.onImport}
          disabled={readOnly}
          title={readOnly ? READ_ONLY_IMPORT_TIP : `Import files (${mod}O)`}
        >
          Import…
        </button>
        <button
          type="button"
          className="button button-quiet"
          onClick={props.onCapture}
          disabled={readOnly}
          title={readOnly ? READ_ONLY_IMPORT_TIP : 'New article from pasted text'}
        >
          Paste…
        </button>
      </div>
      <ul className="nav">
        {nav.map((item) => (
          <li key={item.view}>
            <button
              type="button"
              className={`nav-item ${current === item.view ? 'is-current' : ''}`}
              aria-current={current === item.view ? 'page' : undefined}
              onClick={() => (item.view === 'library' ? props.onFilter({}) : props.onNavigate(item.view))}
              title={`${item.label} (${item.key})`}
            >
              <span>{item.label}</span>
              {item.count !== undefined && item.count > 0 && <span className="count">{formatCount(item.count)}</span>}
            </button>
          </li>
        ))}
      </ul>
      <section className="sidebar-section" aria-label="Tag tree">
        <h2 className="sidebar-heading">Tags</h2>
        {tree.length ? (
          <ul className="tag-tree">
            {tree.map((node) => (
              <TagBranch
                key={node.path}
                node={node}
                active={props.filter.tag}
                onPick={(tag) => props.onFilter({ tag })}
              />
            ))}
          </ul>
        ) : (
          <p className="sidebar-empty">Tags you give highlights appear here.</p>
        )}
      </section>
      <section className="sidebar-section" aria-label="Outlets">
        <h2 className="sidebar-heading">Outlets</h2>
        {outlets.length ? (
          <ul className="tag-tree">
            {outlets.map(([outlet, count]) => (
              <li key={outlet}>
                <button
                  type="button"
                  className={`tree-item ${props.filter.outlet === outlet ? 'is-current' : ''}`}
                  onClick={() => props.onFilter({ outlet })}
                >
                  <span className="tree-label">{outlet}</span>
                  <span className="count">{formatCount(count)}</span>
                </button>
              </li>
            ))}
          </ul>
        ) : (
          <p className="sidebar-empty">Add an outlet to an article in the reader to group by it.</p>
        )}
      </section>
      <button type="button" className="sidebar-help" onClick={props.onHelp}>
        Keyboard shortcuts <kbd>?</kbd>
      </button>
    </nav>
  );
}

function TagBranch({ node, active, onPick }: { node: TagNode; active?: string; onPick(tag: string): void }) {
  const [open, setOpen] = useState(true);
  return (
    <li>
      <div className="tree-row">
        {node.children.length ? (
          <button
            type="button"
            className="tree-toggle"
            aria-label={open ? `Collapse ${node.path}` : `Expand ${node.path}`}
            aria-expanded={open}
            onClick={() => setOpen(!open)}
          >
            {open ? '▾' : '▸'}
          </button>
        ) : (
          <span className="tree-toggle" />
        )}
        <button
          type="button"
          className={`tree-item ${active === node.path ? 'is-current' : ''}`}
          onClick={() => onPick(node.path)}
          title={node.path}
        >
          <span className="tree-label">{node.name}</span>
          <span className="count">{formatCount(node.total)}</span>
        </button>
      </div>
      {open && node.children.length > 0 && (
        <ul className="tag-tree nested">
          {node.children.map((child) => (
            <TagBranch key={child.path} node={child} active={active} onPick={onPick} />
          ))}
        </ul>
      )}
    </li>
  );
}
