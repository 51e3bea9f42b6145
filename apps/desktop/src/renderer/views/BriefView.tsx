// Compose a brief: pick tags, articles or a query and a grouping, watch the
// Markdown take shape, then save it through the system dialog or copy it.
import { type BriefSelection, formatCount } from '@dossier/core';
import { useEffect, useMemo, useState } from 'react';
import { BriefPreview } from '../components/BriefPreview.js';
import { useToast } from '../components/Toasts.js';
import { useClient } from '../data/client-context.js';
import { useNotebookQuery } from '../data/notebook-query.js';
import { useArticles, useTags } from '../data/queries.js';
import { isMod } from '../text/shortcuts.js';

export function BriefView({ active }: { active: boolean }) {
  const client = useClient();
  const toast = useToast();
  const tags = useTags().data ?? [];
  const articles = useArticles({ sort: 'title' }).data ?? [];
  const [title, setTitle] = useState('');
  const [chosenTags, setChosenTags] = useState<string[]>([]);
  const [chosenArticles, setChosenArticles] = useState<string[]>([]);
  const [query, setQuery] = useState('');
  const [groupBy, setGroupBy] = useState<BriefSelection['groupBy']>('tag');
  const [citations, setCitations] = useState<BriefSelection['citations']>('footnotes');
  const [source, setSource] = useState(false);
  const [articleFilter, setArticleFilter] = useState('');

  const selection = {
    title: title || undefined,
    tags: chosenTags,
    articleIds: chosenArticles,
    query: query || undefined,
    groupBy,
    citations,
  };
  const brief = useNotebookQuery(`brief:${JSON.stringify(selection)}`, (c) => c.call('brief.render', selection), [
    'annotations',
    'articles',
    'tags',
    'links',
  ]);
  const markdown = brief.data?.markdown ?? '';
  const fileName = `${
    (title || 'brief')
      .replace(/[^\w\- ]+/gu, '')
      .trim()
      .replace(/\s+/gu, '-') || 'brief'
  }.md`;

  const save = async () => {
    try {
      const saved = await client.call('shell.saveWithDialog', { defaultName: fileName, content: markdown });
      if (saved) toast.info(`Saved to ${saved.path}`);
    } catch (error) {
      toast.error(error);
    }
  };
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(markdown);
      toast.info('Brief copied to the clipboard');
    } catch (error) {
      toast.error(error);
    }
  };

  useEffect(() => {
    if (!active) return;
    const onKey = (e: KeyboardEvent) => {
      if (isMod(e) && e.key.toLowerCase() === 's') {
        e.preventDefault();
        void save();
      } else if (isMod(e) && e.shiftKey && e.key.toLowerCase() === 'c') {
        e.preventDefault();
        void copy();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  });

  const shownArticles = useMemo(() => {
    const q = articleFilter.trim().toLowerCase();
    return articles
      .filter((a) => !q || a.title.toLowerCase().includes(q) || chosenArticles.includes(a.id))
      .slice(0, 200);
  }, [articles, articleFilter, chosenArticles]);
  const toggle = (list: string[], item: string) =>
    list.includes(item) ? list.filter((x) => x !== item) : [...list, item];

  return (
    <section className="brief-view" aria-label="Brief composer">
      <div className="brief-form">
        <header className="view-header">
          <div>
            <h1>Brief</h1>
            <p className="view-subtitle">Every quote verbatim, every quote cited.</p>
          </div>
        </header>
        <label className="field-label" htmlFor="brief-title">
          Title
        </label>
        <input
          id="brief-title"
          className="text-input"
          value={title}
          placeholder="Brief"
          onChange={(e) => setTitle(e.target.value)}
        />

        <fieldset className="brief-fieldset">
          <legend className="field-label">Group by</legend>
          <div className="segmented">
            {(['tag', 'article'] as const).map((g) => (
              <label key={g} className={groupBy === g ? 'is-chosen' : ''}>
                <input type="radio" name="group-by" checked={groupBy === g} onChange={() => setGroupBy(g)} />
                {g === 'tag' ? 'Tag' : 'Article'}
              </label>
            ))}
          </div>
        </fieldset>

        <fieldset className="brief-fieldset">
          <legend className="field-label">Citations</legend>
          <div className="segmented">
            {(['footnotes', 'pandoc'] as const).map((c) => (
              <label key={c} className={citations === c ? 'is-chosen' : ''}>
                <input type="radio" name="citations" checked={citations === c} onChange={() => setCitations(c)} />
                {c === 'footnotes' ? 'Footnotes' : 'Pandoc [@key]'}
              </label>
            ))}
          </div>
        </fieldset>

        <fieldset className="brief-fieldset">
          <legend className="field-label">Tags</legend>
          {tags.length ? (
            <div className="check-list">
              {tags.map((t) => (
                <label key={t.path} className="check">
                  <input
                    type="checkbox"
                    checked={chosenTags.includes(t.path)}
                    onChange={() => setChosenTags(toggle(chosenTags, t.path))}
                  />
                  <span>{t.path}</span>
                  <span className="count">{formatCount(t.count)}</span>
                </label>
              ))}
            </div>
          ) : (
            <p className="muted">No tags yet.</p>
          )}
        </fieldset>

        <label className="field-label" htmlFor="brief-query">
          Search query
        </label>
        <input
          id="brief-query"
          className="text-input"
          value={query}
          placeholder="Only highlights in articles matching…"
          onChange={(e) => setQuery(e.target.value)}
        />

        <fieldset className="brief-fieldset">
          <legend className="field-label">Articles</legend>
          <input
            className="text-input text-input-small"
            aria-label="Filter articles"
            placeholder="Filter…"
            value={articleFilter}
            onChange={(e) => setArticleFilter(e.target.value)}
          />
          <div className="check-list check-list-tall">
            {shownArticles.map((a) => (
              <label key={a.id} className="check">
                <input
                  type="checkbox"
                  checked={chosenArticles.includes(a.id)}
                  onChange={() => setChosenArticles(toggle(chosenArticles, a.id))}
                />
                <span className="check-title">{a.title}</span>
                {a.highlightCount > 0 && <span className="count">{formatCount(a.highlightCount)}</span>}
              </label>
            ))}
          </div>
        </fieldset>
      </div>

      <div className="brief-preview-column">
        <div className="brief-toolbar">
          <span className="brief-stats" aria-live="polite">
            {brief.data
              ? `${formatCount(brief.data.quoteCount)} quote${brief.data.quoteCount === 1 ? '' : 's'} from ${formatCount(brief.data.articleCount)} article${brief.data.articleCount === 1 ? '' : 's'}`
              : 'Rendering…'}
          </span>
          <span className="spacer" />
          <div className="segmented segmented-small" role="group" aria-label="Preview mode">
            <button
              type="button"
              className={!source ? 'is-chosen' : ''}
              aria-pressed={!source}
              onClick={() => setSource(false)}
            >
              Preview
            </button>
            <button
              type="button"
              className={source ? 'is-chosen' : ''}
              aria-pressed={source}
              onClick={() => setSource(true)}
            >
              Markdown
            </button>
          </div>
          <button
            type="button"
            className="button"
            onClick={() => void copy()}
            disabled={!markdown}
            title="Copy (Ctrl/Cmd+Shift+C)"
          >
            Copy
          </button>
          <button
            type="button"
            className="button button-primary"
            onClick={() => void save()}
            disabled={!markdown}
            title="Save (Ctrl/Cmd+S)"
          >
            Save…
          </button>
        </div>
        {brief.error && (
          <div className="banner banner-error" role="alert">
            {brief.error.message}
          </div>
        )}
        <div className="brief-preview" aria-label="Brief preview">
          <BriefPreview markdown={markdown} source={source} />
        </div>
      </div>
    </section>
  );
}
