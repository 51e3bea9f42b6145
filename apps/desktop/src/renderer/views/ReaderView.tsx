// One article to read and annotate: the clean text with highlights, the
// selection toolbar and highlight popovers, and the side panel.
import { canonicalText, type Annotation, type LinkEnd, formatCount } from '@dossier/core';
import { useEffect, useMemo, useRef, useState } from 'react';
import type { ReaderFocus } from '../App.js';
import { ArticleBody } from '../components/ArticleBody.js';
import { ArticleHeader } from '../components/ArticleHeader.js';
import { HighlightEditor, type HighlightDraft } from '../components/HighlightEditor.js';
import { SelectionToolbar } from '../components/SelectionToolbar.js';
import { SidePanel } from '../components/SidePanel.js';
import { useToast } from '../components/Toasts.js';
import { positionIn, useSelectionAnchor, type Anchored } from '../components/use-selection-anchor.js';
import { useClient } from '../data/client-context.js';
import { useAnnotations, useArticle } from '../data/queries.js';
import type { MarkRange } from '../text/highlight-segments.js';
import { isTyping } from '../text/shortcuts.js';
import type { LibraryFilter } from './LibraryView.js';

interface Props {
  articleId: string;
  focus: ReaderFocus | null;
  /** False while an overlay owns the keyboard. */
  active: boolean;
  onBack(): void;
  onOpen(id: string, at?: { start: number; end: number }): void;
  onLink(from: LinkEnd): void;
  onFilter(filter: LibraryFilter): void;
}

type Popover =
  | { kind: 'compose'; range: Anchored; focus: 'tags' | 'note' }
  | { kind: 'edit'; annotation: Annotation; position: { top: number; left: number } };

export function ReaderView(props: Props) {
  const client = useClient();
  const toast = useToast();
  const article = useArticle(props.articleId);
  const annotations = useAnnotations(props.articleId).data ?? [];
  const [showClutter, setShowClutter] = useState(false);
  const [flash, setFlash] = useState<ReaderFocus | null>(props.focus);
  const [popover, setPopover] = useState<Popover | null>(null);
  const scroller = useRef<HTMLDivElement>(null);
  const body = useRef<HTMLDivElement>(null);
  const blocks = article.data?.blocks;
  const text = useMemo(() => (blocks ? canonicalText(blocks) : ''), [blocks]);
  const [selection, clearSelection] = useSelectionAnchor(body, scroller, text, popover !== null);
  const clutterCount = blocks?.filter((b) => b.clutter).length ?? 0;

  const marks = useMemo<MarkRange[]>(() => {
    const list: MarkRange[] = annotations
      .filter((a) => !a.orphan)
      .map((a) => ({ id: a.id, start: a.target.position.start, end: a.target.position.end, kind: 'highlight' }));
    if (flash) list.push({ id: 'match', start: flash.start, end: flash.end, kind: 'match' });
    return list;
  }, [annotations, flash]);

  // Scroll to the requested place once the text is there, flash it, then let it fade.
  useEffect(() => {
    if (!flash || !blocks) return;
    body.current?.querySelector('mark[data-match]')?.scrollIntoView({ block: 'center' });
    const timer = setTimeout(() => setFlash(null), 2400);
    return () => clearTimeout(timer);
  }, [flash, blocks]);

  const create = async (range: { start: number; end: number }, draft: HighlightDraft) => {
    try {
      const made = await client.call('annotations.create', { articleId: props.articleId, ...range, ...draft });
      clearSelection();
      setPopover(null);
      return made;
    } catch (error) {
      toast.error(error);
      return undefined;
    }
  };

  const linkFrom = async () => {
    if (popover?.kind === 'edit')
      return props.onLink({ articleId: props.articleId, annotationId: popover.annotation.id });
    if (selection) {
      const made = await create(selection, { tags: [], note: '' });
      if (made) props.onLink({ articleId: props.articleId, annotationId: made.id });
      return;
    }
    props.onLink({ articleId: props.articleId });
  };

  const openHighlight = (id: string, element: HTMLElement) => {
    const annotation = annotations.find((a) => a.id === id);
    if (!annotation || !scroller.current || document.getSelection()?.isCollapsed === false) return;
    setPopover({
      kind: 'edit',
      annotation,
      position: positionIn(scroller.current, element.getBoundingClientRect(), true),
    });
  };

  useEffect(() => {
    if (!props.active) return;
    const onKey = (e: KeyboardEvent) => {
      if (isTyping(e.target) || e.ctrlKey || e.metaKey || e.altKey || popover) return;
      const key = e.key.toLowerCase();
      if (key === 'h' && selection) void create(selection, { tags: [], note: '' });
      else if ((key === 't' || key === 'n') && selection)
        setPopover({ kind: 'compose', range: selection, focus: key === 't' ? 'tags' : 'note' });
      else if (key === 'l') void linkFrom();
      else if (key === 'c') setShowClutter((s) => !s);
      else return;
      e.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  });

  if (article.error) {
    return (
      <div className="error-state" role="alert">
        <h2>This article could not be opened</h2>
        <p className="error-message">{article.error.message}</p>
        <button type="button" className="button" onClick={props.onBack}>
          Back to the library
        </button>
      </div>
    );
  }

  return (
    <div className="reader-layout">
      <div className="reader-scroll" ref={scroller}>
        <div className="reader-toolbar">
          <button
            type="button"
            className="button button-quiet"
            onClick={props.onBack}
            title="Back to the library (Esc)"
          >
            ← Library
          </button>
          <span className="spacer" />
          {clutterCount > 0 && (
            <button
              type="button"
              className={`button button-quiet ${showClutter ? 'is-on' : ''}`}
              aria-pressed={showClutter}
              onClick={() => setShowClutter(!showClutter)}
              title="Show or hide removed clutter (C)"
            >
              {showClutter ? 'Hide removed clutter' : `Show removed clutter (${formatCount(clutterCount)})`}
            </button>
          )}
          <button
            type="button"
            className="button button-quiet"
            onClick={() => void linkFrom()}
            title="Link to another article (L)"
          >
            Link…
          </button>
        </div>
        {article.data ? (
          <article className="reader" aria-label="Article">
            <ArticleHeader article={article.data} />
            <ArticleBody
              ref={body}
              blocks={article.data.blocks}
              marks={marks}
              showClutter={showClutter}
              onMarkClick={openHighlight}
            />
          </article>
        ) : (
          <p className="loading">Loading the article…</p>
        )}
        {selection && !popover && (
          <SelectionToolbar
            position={selection.position}
            onHighlight={() => void create(selection, { tags: [], note: '' })}
            onTag={() => setPopover({ kind: 'compose', range: selection, focus: 'tags' })}
            onNote={() => setPopover({ kind: 'compose', range: selection, focus: 'note' })}
            onLink={() => void linkFrom()}
          />
        )}
        {popover?.kind === 'compose' && (
          <HighlightEditor
            title="New highlight"
            quote={text.slice(popover.range.start, popover.range.end)}
            initial={{ tags: [], note: '' }}
            focus={popover.focus}
            position={{ ...popover.range.position, top: popover.range.position.top + 12 }}
            saveLabel="Save highlight"
            onSave={(draft) => void create(popover.range, draft)}
            onCancel={() => setPopover(null)}
          />
        )}
        {popover?.kind === 'edit' && (
          <HighlightEditor
            key={popover.annotation.id}
            title="Highlight"
            quote={popover.annotation.target.quote.exact}
            initial={{ tags: popover.annotation.tags, note: popover.annotation.note }}
            focus="note"
            position={popover.position}
            saveLabel="Save"
            onSave={(draft) =>
              void client
                .call('annotations.update', { id: popover.annotation.id, ...draft })
                .then(() => setPopover(null), toast.error)
            }
            onCancel={() => setPopover(null)}
            onDelete={() =>
              void client
                .call('annotations.remove', { id: popover.annotation.id })
                .then(() => setPopover(null), toast.error)
            }
            onLink={() => void linkFrom()}
          />
        )}
      </div>
      {article.data && (
        <SidePanel
          article={article.data}
          annotations={annotations}
          onShow={(a) => setFlash({ start: a.target.position.start, end: a.target.position.end, key: Date.now() })}
          onOpen={props.onOpen}
          onFilter={props.onFilter}
        />
      )}
    </div>
  );
}
