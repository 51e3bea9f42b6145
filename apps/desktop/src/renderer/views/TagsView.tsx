// Every tag with its count; rename a tag or merge it into another, after
// saying how many highlights that changes.
import { formatCount } from '@dossier/core';
import { useState } from 'react';
import { useToast } from '../components/Toasts.js';
import { useClient } from '../data/client-context.js';
import { useTags } from '../data/queries.js';
import type { LibraryFilter } from './LibraryView.js';

type Pending = { action: 'rename' | 'merge'; from: string; count: number; to: string; confirming: boolean };

export function TagsView({ onFilter }: { onFilter(filter: LibraryFilter): void }) {
  const client = useClient();
  const toast = useToast();
  const tags = useTags();
  const [pending, setPending] = useState<Pending | null>(null);
  const list = tags.data ?? [];

  const apply = async (p: Pending) => {
    try {
      const { updated } =
        p.action === 'rename'
          ? await client.call('tags.rename', { from: p.from, to: p.to })
          : await client.call('tags.merge', { from: p.from, into: p.to });
      toast.info(
        `${p.action === 'rename' ? 'Renamed' : 'Merged'} ${p.from} → ${p.to} (${updated} highlight${updated === 1 ? '' : 's'})`,
      );
      // Only the action applied: the tags list can refresh before the call returns, and an action the
      // user began meanwhile (another row's Merge into…) must not be closed under them.
      setPending((current) => (current === p ? null : current));
    } catch (error) {
      toast.error(error);
    }
  };

  return (
    <section className="tags-view" aria-label="Tags">
      <header className="view-header">
        <div>
          <h1>Tags</h1>
          <p className="view-subtitle">
            {formatCount(list.length)} tags · rename or merge them; every highlight follows.
          </p>
        </div>
      </header>
      {tags.error && (
        <div className="banner banner-error" role="alert">
          {tags.error.message}
        </div>
      )}
      {tags.data && !list.length ? (
        <div className="empty-state">
          <h2>No tags yet</h2>
          <p>Select a passage in an article and press T to tag it.</p>
        </div>
      ) : (
        <table className="tags-table">
          <thead>
            <tr>
              <th>Tag</th>
              <th className="num">Highlights</th>
              <th />
            </tr>
          </thead>
          <tbody>
            {list.map((tag) => (
              <tr key={tag.path}>
                <td>
                  <button type="button" className="link-button tag-path" onClick={() => onFilter({ tag: tag.path })}>
                    {tag.path}
                  </button>
                </td>
                <td className="num">{formatCount(tag.count)}</td>
                <td className="row-actions">
                  {pending?.from === tag.path ? (
                    <PendingEditor
                      pending={pending}
                      tags={list.map((t) => t.path)}
                      onChange={setPending}
                      onApply={apply}
                    />
                  ) : (
                    <>
                      <button
                        type="button"
                        className="button button-small button-quiet"
                        onClick={() =>
                          setPending({
                            action: 'rename',
                            from: tag.path,
                            count: tag.count,
                            to: tag.path,
                            confirming: false,
                          })
                        }
                      >
                        Rename…
                      </button>
                      <button
                        type="button"
                        className="button button-small button-quiet"
                        disabled={list.length < 2}
                        onClick={() =>
                          setPending({ action: 'merge', from: tag.path, count: tag.count, to: '', confirming: false })
                        }
                      >
                        Merge into…
                      </button>
                    </>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}

function PendingEditor(props: {
  pending: Pending;
  tags: string[];
  onChange(p: Pending | null): void;
  onApply(p: Pending): void;
}) {
  const p = props.pending;
  const ready = p.to.trim() && p.to.trim() !== p.from;
  if (p.confirming) {
    return (
      <span className="confirm" role="alertdialog" aria-label="Confirm">
        <span>
          {p.action === 'rename' ? 'Rename' : 'Merge'} <strong>{p.from}</strong> {p.action === 'rename' ? 'to' : 'into'}{' '}
          <strong>{p.to}</strong> on {formatCount(p.count)} highlight{p.count === 1 ? '' : 's'}?
        </span>
        <button type="button" className="button button-small button-primary" onClick={() => props.onApply(p)}>
          Confirm
        </button>
        <button type="button" className="button button-small button-quiet" onClick={() => props.onChange(null)}>
          Cancel
        </button>
      </span>
    );
  }
  const confirm = () => ready && props.onChange({ ...p, to: p.to.trim(), confirming: true });
  return (
    <span className="confirm">
      {p.action === 'rename' ? (
        <input
          className="text-input text-input-small"
          aria-label={`New name for ${p.from}`}
          value={p.to}
          autoFocus
          onChange={(e) => props.onChange({ ...p, to: e.target.value })}
          onKeyDown={(e) => {
            if (e.key === 'Enter') confirm();
            if (e.key === 'Escape') {
              e.stopPropagation();
              props.onChange(null);
            }
          }}
        />
      ) : (
        <select
          aria-label={`Merge ${p.from} into`}
          value={p.to}
          autoFocus
          onChange={(e) => props.onChange({ ...p, to: e.target.value })}
        >
          <option value="">Choose a tag…</option>
          {props.tags
            .filter((t) => t !== p.from)
            .map((t) => (
              <option key={t} value={t}>
                {t}
              </option>
            ))}
        </select>
      )}
      <button type="button" className="button button-small" disabled={!ready} onClick={confirm}>
        {p.action === 'rename' ? 'Rename' : 'Merge'}
      </button>
      <button type="button" className="button button-small button-quiet" onClick={() => props.onChange(null)}>
        Cancel
      </button>
    </span>
  );
}
