// Stories: articles that re-report one underlying story, as the notebook
// suggests them, each with why (shared names, figures, sentences). A
// suggestion becomes same-story links only when the user accepts it; a
// dismissed one is remembered and not suggested again. A notebook of 10k
// articles has hundreds of stories: only the cards in view are drawn.
import { formatCount } from '@dossier/core';
import { useVirtualizer } from '@tanstack/react-virtual';
import { useRef, useState } from 'react';
import { useClient } from '../data/client-context.js';
import { useNotebookQuery } from '../data/notebook-query.js';
import { StoryCard, type StoryDecision } from '../components/StoryCard.js';
import { useToast } from '../components/Toasts.js';
import '../styles/intelligence.css';

/** A card of a few articles and its buttons; cards are measured once drawn. */
const CARD_ESTIMATE = 200;

export function StoriesView({ onOpen }: { onOpen(id: string): void }) {
  const client = useClient();
  const toast = useToast();
  const stories = useNotebookQuery('stories', (c) => c.call('stories.list', {}), ['articles', 'links']);
  const [busy, setBusy] = useState<string | null>(null);
  const list = stories.data ?? [];
  const scroller = useRef<HTMLDivElement>(null);
  const virtualizer = useVirtualizer({
    count: list.length,
    getScrollElement: () => scroller.current,
    estimateSize: () => CARD_ESTIMATE,
    getItemKey: (index) => list[index]!.id,
    overscan: 3,
    gap: 12,
  });

  const decide = (storyId: string, articleIds: string[], method: StoryDecision) => {
    setBusy(storyId);
    // A pair dismissed inside a larger story: the rest of the story may still stand.
    const pair = articleIds.length < (list.find((s) => s.id === storyId)?.articleIds.length ?? 0);
    const done =
      method === 'stories.accept'
        ? 'Linked as the same story'
        : pair
          ? 'Dismissed: this pair is not suggested again'
          : 'Dismissed: not suggested again';
    void client
      .call(method, { articleIds })
      .then(() => toast.info(done), toast.error)
      .finally(() => setBusy(null));
  };

  return (
    <section className="stories-view" aria-label="Stories">
      <header className="view-header">
        <div>
          <h1>Stories</h1>
          <p className="view-subtitle">
            Articles that look like re-reports of one story, across outlets and wording.
            {list.length > 0 && ` ${formatCount(list.length)} suggested or accepted.`}
            {stories.loading && stories.data && <span className="story-updating"> Updating…</span>}
          </p>
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
      <div ref={scroller} className="story-scroller">
        <ul className="story-list" style={{ height: virtualizer.getTotalSize() }}>
          {virtualizer.getVirtualItems().map((item) => {
            const story = list[item.index]!;
            return (
              <StoryCard
                key={item.key}
                ref={virtualizer.measureElement}
                data-index={item.index}
                style={{ transform: `translateY(${item.start}px)` }}
                story={story}
                busy={busy === story.id}
                onOpen={onOpen}
                onDecide={(ids, method) => decide(story.id, ids, method)}
              />
            );
          })}
        </ul>
      </div>
    </section>
  );
}
