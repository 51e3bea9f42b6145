// The article's own note (Markdown, kept as text). Saved with the button,
// Ctrl/Cmd+Enter, or on leaving the field.
import type { Article } from '@dossier/core';
import { useEffect, useState } from 'react';
import { useClient } from '../data/client-context.js';
import { useToast } from './Toasts.js';

export function ArticleNote({ article }: { article: Article }) {
  const client = useClient();
  const toast = useToast();
  const [draft, setDraft] = useState(article.note);
  const [saved, setSaved] = useState(article.note);
  // A change from elsewhere (the CLI, another window) replaces the note unless the user is mid-edit.
  useEffect(() => {
    setDraft((d) => (d === saved ? article.note : d));
    setSaved(article.note);
    // Only a new value from the notebook should reset the field; `saved` is read, not a trigger.
  }, [article.note]);

  const dirty = draft !== saved;
  const save = async () => {
    if (!dirty) return;
    try {
      await client.call('articles.update', { id: article.id, note: draft });
      setSaved(draft);
      toast.info('Note saved');
    } catch (error) {
      toast.error(error);
    }
  };
  return (
    <section className="panel-section" aria-label="Article note">
      <h2 className="panel-heading">
        <label htmlFor="article-note">Note</label>
        {dirty && <span className="muted"> · unsaved</span>}
      </h2>
      <textarea
        id="article-note"
        className="note-input"
        rows={6}
        value={draft}
        placeholder="Notes on this article (Markdown)…"
        onChange={(e) => setDraft(e.target.value)}
        onBlur={() => void save()}
        onKeyDown={(e) => {
          if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
            e.preventDefault();
            void save();
          }
        }}
      />
      <div className="panel-actions">
        <button type="button" className="button button-small" disabled={!dirty} onClick={() => void save()}>
          Save note
        </button>
      </div>
    </section>
  );
}
