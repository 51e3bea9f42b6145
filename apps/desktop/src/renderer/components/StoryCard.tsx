// One suggested story: its members, why, and the pairs that explain it. The
// listing brings a spanning set of pairs (at most one fewer than the members);
// every pair, and each pair's whole evidence, is asked for when the user opens
// it — a story of 300 reports has ~45,000 pairs.
import { type Story, type StoryPairView, formatCount } from '@dossier/core';
import { forwardRef, useEffect, useState, type CSSProperties } from 'react';
import { useClient } from '../data/client-context.js';
import { useToast } from './Toasts.js';

/** Members shown before "Show all": a card stays a card, whatever the story's size. */
const MEMBERS_SHOWN = 12;
const PAIRS_PAGE = 100;

export type StoryDecision = 'stories.accept' | 'stories.dismiss';

export interface StoryCardProps {
  story: Story;
  busy: boolean;
  onOpen(id: string): void;
  onDecide(articleIds: string[], method: StoryDecision): void;
  style?: CSSProperties;
  'data-index'?: number;
}

export const StoryCard = forwardRef<HTMLLIElement, StoryCardProps>(function StoryCard(
  { story, busy, onOpen, onDecide, style, 'data-index': index },
  ref,
) {
  const [allMembers, setAllMembers] = useState(false);
  // A closed <details> still holds what React puts in it: the pairs are drawn only once it is opened.
  const [evidenceOpen, setEvidenceOpen] = useState(false);
  const titleOf = (id: string) => story.titles[story.articleIds.indexOf(id)] ?? id;
  const members = allMembers ? story.articleIds : story.articleIds.slice(0, MEMBERS_SHOWN);
  return (
    <li
      ref={ref}
      data-index={index}
      style={style}
      className="story-card"
      aria-label={`Story of ${formatCount(story.articleIds.length)} articles`}
    >
      <div className="story-head">
        <span className={`story-status is-${story.status}`}>{story.status}</span>
        <span className="story-why">{story.why}</span>
      </div>
      <ul className="story-articles">
        {members.map((id) => {
          const i = story.articleIds.indexOf(id);
          return (
            <li key={id}>
              <button type="button" className="link-button" onClick={() => onOpen(id)}>
                {story.titles[i]}
              </button>
              {story.outlets[i] && <span className="story-outlet"> — {story.outlets[i]}</span>}
              {story.publishedAt[i] && <span className="story-date"> · {story.publishedAt[i]}</span>}
            </li>
          );
        })}
      </ul>
      {story.articleIds.length > MEMBERS_SHOWN && (
        <button type="button" className="link-button story-more" onClick={() => setAllMembers((all) => !all)}>
          {allMembers ? 'Show fewer articles' : `Show all ${formatCount(story.articleIds.length)} articles`}
        </button>
      )}
      <details className="story-evidence" onToggle={(e) => setEvidenceOpen(e.currentTarget.open)}>
        <summary>Why, pair by pair</summary>
        {evidenceOpen && <StoryPairs story={story} titleOf={titleOf} busy={busy} onDecide={onDecide} />}
      </details>
      {story.status === 'suggested' && (
        <div className="story-actions">
          <button
            type="button"
            className="button button-primary button-small"
            disabled={busy}
            onClick={() => onDecide(story.articleIds, 'stories.accept')}
          >
            Accept as same story
          </button>
          <button
            type="button"
            className="button button-quiet button-small"
            disabled={busy}
            onClick={() => onDecide(story.articleIds, 'stories.dismiss')}
          >
            Dismiss
          </button>
        </div>
      )}
    </li>
  );
});

function StoryPairs(props: {
  story: Story;
  titleOf(id: string): string;
  busy: boolean;
  onDecide(articleIds: string[], method: StoryDecision): void;
}) {
  const { story } = props;
  const client = useClient();
  const toast = useToast();
  // Every pair, strongest first, as far as the user asked; undefined until asked.
  const [all, setAll] = useState<StoryPairView[] | undefined>(undefined);
  const [loading, setLoading] = useState(false);
  const load = (offset: number, limit: number) => {
    setLoading(true);
    void client
      .call('stories.get', { articleId: story.articleIds[0]!, offset, limit })
      .then((page) => setAll((known) => [...(offset ? (known ?? []) : []), ...page.pairs]), toast.error)
      .finally(() => setLoading(false));
  };
  // A story changed (a pair decided, an article added): the pairs asked for are asked for again.
  const shown = all?.length ?? 0;
  useEffect(() => {
    if (shown) load(0, Math.min(500, Math.max(PAIRS_PAGE, shown)));
    // Only a new answer for the story asks again, not the pairs' own arrival.
  }, [story]);
  const pairs = all ?? story.pairs;
  return (
    <>
      <p className="story-pair-count">
        {all
          ? `${formatCount(pairs.length)} of ${formatCount(story.pairCount)} pairs, strongest first`
          : `The ${formatCount(pairs.length)} strongest pairs that join its articles, of ${formatCount(story.pairCount)}`}
      </p>
      <ul className="story-pairs">
        {pairs.map((p) => (
          <PairRow key={`${p.a}|${p.b}`} pair={p} {...props} />
        ))}
      </ul>
      {loading && <p className="panel-empty">Loading pairs…</p>}
      {!loading && pairs.length < story.pairCount && (
        <button
          type="button"
          className="link-button story-more"
          onClick={() => load(all ? pairs.length : 0, PAIRS_PAGE)}
        >
          {all
            ? `Show ${formatCount(Math.min(PAIRS_PAGE, story.pairCount - pairs.length))} more pairs`
            : `Show all ${formatCount(story.pairCount)} pairs`}
        </button>
      )}
    </>
  );
}

function PairRow({
  pair,
  titleOf,
  busy,
  onDecide,
}: {
  pair: StoryPairView;
  titleOf(id: string): string;
  busy: boolean;
  onDecide(articleIds: string[], method: StoryDecision): void;
}) {
  const client = useClient();
  const toast = useToast();
  // The listing cuts a pair's evidence to what a card has room for; the whole of it is one request away.
  const [whole, setWhole] = useState<StoryPairView | undefined>(undefined);
  const p = whole ?? pair;
  return (
    <li className="story-pair">
      <strong>
        {titleOf(p.a)} ↔ {titleOf(p.b)}
      </strong>{' '}
      (score {p.score.toFixed(2)}, wording {Math.round(p.cosine * 100)}% alike{p.linked ? ', linked' : ''})
      {p.sharedEntities.length > 0 && <div>Shared names: {p.sharedEntities.join(', ')}</div>}
      {p.sharedFigures.length > 0 && <div>Shared figures: {p.sharedFigures.join(', ')}</div>}
      {p.sharedDates.length > 0 && <div>Same dates: {p.sharedDates.join(', ')}</div>}
      {p.sharedSentences.map((s) => (
        <blockquote key={s}>{s}</blockquote>
      ))}
      <div className="story-pair-actions">
        {!whole && (
          <button
            type="button"
            className="link-button"
            onClick={() => void client.call('stories.pair', { a: pair.a, b: pair.b }).then(setWhole, toast.error)}
          >
            All evidence
          </button>
        )}
        {!p.linked && (
          <>
            <button
              type="button"
              className="link-button"
              disabled={busy}
              onClick={() => onDecide([pair.a, pair.b], 'stories.accept')}
            >
              Same story
            </button>
            <button
              type="button"
              className="link-button"
              disabled={busy}
              onClick={() => onDecide([pair.a, pair.b], 'stories.dismiss')}
            >
              Not the same story
            </button>
          </>
        )}
      </div>
    </li>
  );
}
