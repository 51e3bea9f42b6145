// The reader's right column: this article's highlights (orphans included), its
// links both ways, and its own note.
import { type Annotation, type Article, type LinkView, formatCount } from '@dossier/core';
import { useClient } from '../data/client-context.js';
import { useLinks } from '../data/queries.js';
import type { LibraryFilter } from '../views/LibraryView.js';
import { ArticleNote } from './ArticleNote.js';
import { useToast } from './Toasts.js';
import { Markdown } from './Markdown.js';
import { RelatedSection } from './RelatedSection.js';

interface Props {
  article: Article;
  annotations: Annotation[];
  onShow(annotation: Annotation): void;
  onOpen(id: string): void;
  onFilter(filter: LibraryFilter): void;
}

export function SidePanel(props: Props) {
  const links = useLinks(props.article.id).data;
  const placed = props.annotations
    .filter((a) => !a.orphan)
    .sort((a, b) => a.target.position.start - b.target.position.start);
  const orphans = props.annotations.filter((a) => a.orphan);
  return (
    <aside className="side-panel" aria-label="Article details">
      <section className="panel-section" aria-label="Highlights">
        <h2 className="panel-heading">
          Highlights <span className="count">{formatCount(placed.length)}</span>
        </h2>
        {placed.length ? (
          <ul className="highlight-list">
            {placed.map((a) => (
              <li key={a.id}>
                <button type="button" className="highlight-item" onClick={() => props.onShow(a)}>
                  <span className="highlight-quote">{a.target.quote.exact}</span>
                </button>
                {a.note && <Markdown className="highlight-note" source={a.note} />}
                {a.tags.length > 0 && (
                  <span className="chips">
                    {a.tags.map((t) => (
                      <button key={t} type="button" className="chip" onClick={() => props.onFilter({ tag: t })}>
                        {t}
                      </button>
                    ))}
                  </span>
                )}
              </li>
            ))}
          </ul>
        ) : (
          <p className="panel-empty">Select text in the article to highlight it.</p>
        )}
        {orphans.length > 0 && (
          <>
            <h3 className="panel-subheading">Lost their place ({formatCount(orphans.length)})</h3>
            <ul className="highlight-list">
              {orphans.map((a) => (
                <li key={a.id} className="orphan">
                  <span className="highlight-quote">{a.target.quote.exact}</span>
                </li>
              ))}
            </ul>
          </>
        )}
      </section>
      <section className="panel-section" aria-label="Links">
        <h2 className="panel-heading">Links</h2>
        <LinkList title="Links to" links={links?.outgoing ?? []} direction="out" onOpen={props.onOpen} />
        <LinkList title="Linked from" links={links?.incoming ?? []} direction="in" onOpen={props.onOpen} />
        {links && !links.outgoing.length && !links.incoming.length && (
          <p className="panel-empty">No links yet. Press L to link this article to another.</p>
        )}
      </section>
      <RelatedSection articleId={props.article.id} onOpen={props.onOpen} />
      <ArticleNote key={props.article.id} article={props.article} />
    </aside>
  );
}

function LinkList(props: { title: string; links: LinkView[]; direction: 'in' | 'out'; onOpen(id: string): void }) {
  const client = useClient();
  const toast = useToast();
  if (!props.links.length) return null;
  return (
    <>
      <h3 className="panel-subheading">{props.title}</h3>
      <ul className="link-list">
        {props.links.map((link) => {
          const other = props.direction === 'out' ? link.to : link.from;
          const title = props.direction === 'out' ? link.toTitle : link.fromTitle;
          const quote = props.direction === 'out' ? link.toQuote : link.fromQuote;
          const own = props.direction === 'out' ? link.fromQuote : link.toQuote;
          return (
            <li key={link.id} className="link-item">
              <span className={`kind kind-${link.kind}`}>{link.kind}</span>
              <button type="button" className="link-title" onClick={() => props.onOpen(other.articleId)}>
                {title}
              </button>
              {(quote || own) && <span className="link-quote">“{quote ?? own}”</span>}
              {link.note && <span className="link-note">{link.note}</span>}
              <button
                type="button"
                className="icon-button link-remove"
                aria-label={`Remove link to ${title}`}
                onClick={() => void client.call('links.remove', { id: link.id }).catch(toast.error)}
              >
                ×
              </button>
            </li>
          );
        })}
      </ul>
    </>
  );
}
