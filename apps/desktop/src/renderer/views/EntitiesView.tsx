// People, places and organisations across the notebook, each spelling merged
// into one entity (Zelensky, Zelenskyi, Zleneksy…). Choosing one lists every
// article that mentions it under any name; its aliases can be edited.
import { formatCount } from '@dossier/core';
import { useEffect, useState } from 'react';
import { useClient } from '../data/client-context.js';
import { useNotebookQuery } from '../data/notebook-query.js';
import { useToast } from '../components/Toasts.js';
import '../styles/intelligence.css';

export function EntitiesView({ onOpen }: { onOpen(id: string): void }) {
  const [filter, setFilter] = useState('');
  const [selected, setSelected] = useState<string | null>(null);
  const entities = useNotebookQuery(`entities:${filter}`, (c) => c.call('entities.list', { q: filter || undefined }), [
    'articles',
  ]);
  const list = entities.data ?? [];
  return (
    <section className="entities-view" aria-label="Entities">
      <header className="view-header">
        <div>
          <h1>People, places, organisations</h1>
          <p className="view-subtitle">Every spelling of a name is one entry; edit its aliases to merge more.</p>
        </div>
        <input
          className="text-input"
          type="search"
          aria-label="Filter entities"
          placeholder="Filter names…"
          value={filter}
          onChange={(e) => setFilter(e.target.value)}
        />
      </header>
      {entities.error && (
        <div className="banner banner-error" role="alert">
          {entities.error.message}
        </div>
      )}
      {entities.data && !list.length && (
        <div className="empty-state">
          <h2>No names found</h2>
          <p>
            {filter
              ? 'No entity matches this filter.'
              : 'Import articles: the people, places and organisations they name appear here.'}
          </p>
        </div>
      )}
      <div className="entities-layout">
        <ul className="entity-list" aria-label="Entity list">
          {list.map((e) => (
            <li key={e.key}>
              <button
                type="button"
                className={`entity-item ${selected === e.key ? 'is-current' : ''}`}
                aria-current={selected === e.key ? 'true' : undefined}
                onClick={() => setSelected(e.key)}
              >
                <span className="entity-name">{e.name}</span>
                <span className={`entity-kind kind-${e.kind}`}>{e.kind}</span>
                <span className="count">{formatCount(e.articleCount)}</span>
                {e.aliases.length > 0 && <span className="entity-aliases">also {e.aliases.join(', ')}</span>}
              </button>
            </li>
          ))}
        </ul>
        {selected && <EntityDetail key={selected} entityKey={selected} onOpen={onOpen} />}
      </div>
    </section>
  );
}

function EntityDetail({ entityKey, onOpen }: { entityKey: string; onOpen(id: string): void }) {
  const client = useClient();
  const toast = useToast();
  const detail = useNotebookQuery(`entity:${entityKey}`, (c) => c.call('entities.get', { key: entityKey }), [
    'articles',
  ]);
  const [draft, setDraft] = useState('');
  useEffect(() => {
    if (detail.data) setDraft(detail.data.entity.userAliases.join(', '));
  }, [detail.data]);
  if (detail.error) return <div className="banner banner-error">{detail.error.message}</div>;
  if (!detail.data) return <p className="panel-empty">Loading…</p>;
  const { entity, mentions } = detail.data;
  const save = () =>
    void client
      .call('entities.setAliases', {
        key: entityKey,
        aliases: draft
          .split(',')
          .map((a) => a.trim())
          .filter(Boolean),
      })
      .then(() => toast.info('Aliases saved'), toast.error);
  return (
    <section className="entity-detail" aria-label={`Entity ${entity.name}`}>
      <h2>{entity.name}</h2>
      <p className="view-subtitle">
        {entity.kind} · written {[entity.name, ...entity.aliases].join(' / ')}
      </p>
      <form
        className="alias-form"
        onSubmit={(e) => {
          e.preventDefault();
          save();
        }}
      >
        <label>
          Aliases (comma-separated)
          <input className="text-input" value={draft} onChange={(e) => setDraft(e.target.value)} />
        </label>
        <button type="submit" className="button button-small">
          Save aliases
        </button>
      </form>
      <h3 className="panel-subheading">Mentioned in {formatCount(mentions.length)} article(s)</h3>
      <ul className="mention-list">
        {mentions.map((m) => (
          <li key={m.articleId}>
            <button type="button" className="link-button" onClick={() => onOpen(m.articleId)}>
              {m.title}
            </button>
            <span className="mention-forms"> as {m.forms.join(', ')}</span>
            <p className="mention-snippet">{m.snippet}</p>
          </li>
        ))}
      </ul>
    </section>
  );
}
