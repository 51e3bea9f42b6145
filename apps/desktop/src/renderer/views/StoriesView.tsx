// Stories: articles that re-report one underlying story, as the notebook
// suggests them, each with why (shared names, figures, sentences). A
// suggestion becomes same-story links only when the user accepts it; a
// dismissed one is remembered and not suggested again.
import { type Story, formatCount } from '@dossier/core';
import { useState } from 'react';
import { useClient } from '../data/client-context.js';
import { useNotebookQuery } from '../data/notebook-query.js';
import { useToast } from '../components/Toasts.js';
import '../styles/intelligence.css';

export function StoriesView({ onOpen }: { onOpen(id: string): void }) {
  const client = useClient();
  const toast = useToast();
  const stories = useNotebookQuery('stories', (c) => c.call('stories.list', {}), ['articles', 'links']);
  const [busy, setBusy] = useState<string | null>(null);
  const list = stories.data ?? [];

  const decide = (story: Story, method: 'stories.accept' | 'stories.dismiss') => {
    setBusy(story.id);
    void client
      .call(method, { articleIds: story.articleIds })
      .then(
        () => toast.info(method === 'stories.accept' ? 'Linked as the same story' : 'Dismissed: not suggested again'),
        toast.error,
      )
      .finally(() => setBusy(null));
  };

  return (
    <section className="stories-view" aria-label="Stories">
      <header className="view-header">
        <div>
          <h1>Stories</h1>
          <p className="view-subtitle">Articles that look like re-reports of one story, across outlets and wording.</p>
        </div>
      </header>
      {stories.error && (
        <div className="banner banner-error" role="alert">
          {stories.error.message}
        </div>
      )}
      {stories.loading && !stories.data && <p className="panel-empty">Comparing articles…</p>}
      {stories.data && !list.length && (
        <div className="empty-state">
          <h2>No stories yet</h2>
          <p>
            When two articles re-report the same event — shared names, figures or sentences — they are suggested here.
          </p>
        </div>
      )}
      <ul className="story-list">
        {list.map((story) => (
          <li
            key={story.id}
            className="story-card"
            aria-label={`Story of ${formatCount(story.articleIds.length)} articles`}
          >
            <div className="story-head">
              <span className={`story-status is-${story.status}`}>{story.status}</span>
              <span className="story-why">{story.why}</span>
            </div>
            <ul className="story-articles">
              {story.articleIds.map((id, i) => (
                <li key={id}>
                  <button type="button" className="link-button" onClick={() => onOpen(id)}>
                    {story.titles[i]}
                  </button>
                  {story.outlets[i] && <span className="story-outlet"> — {story.outlets[i]}</span>}
                </li>
              ))}
            </ul>
            <details className="story-evidence">
              <summary>Why, pair by pair</summary>
              <ul>
                {story.pairs.map((p) => (
                  <li key={`${p.a}|${p.b}`}>
                    <strong>
                      {story.titles[story.articleIds.indexOf(p.a)]} ↔ {story.titles[story.articleIds.indexOf(p.b)]}
                    </strong>{' '}
                    (score {p.score.toFixed(2)}, wording {Math.round(p.cosine * 100)}% alike)
                    {p.sharedEntities.length > 0 && <div>Shared names: {p.sharedEntities.join(', ')}</div>}
                    {p.sharedFigures.length > 0 && <div>Shared figures: {p.sharedFigures.join(', ')}</div>}
                    {p.sharedDates.length > 0 && <div>Same dates: {p.sharedDates.join(', ')}</div>}
                    {p.sharedSentences.map((s) => (
                      <blockquote key={s}>{s}</blockquote>
                    ))}
                  </li>
                ))}
              </ul>
            </details>
            {story.status === 'suggested' && (
              <div className="story-actions">
                <button
                  type="button"
                  className="button button-primary button-small"
                  disabled={busy === story.id}
                  onClick={() => decide(story, 'stories.accept')}
                >
                  Accept as same story
                </button>
                <button
                  type="button"
                  className="button button-quiet button-small"
                  disabled={busy === story.id}
                  onClick={() => decide(story, 'stories.dismiss')}
                >
                  Dismiss
                </button>
              </div>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
