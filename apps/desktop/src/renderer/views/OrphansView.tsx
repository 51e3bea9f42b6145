// Highlights whose text is no longer in their article: kept and listed with
// their quote, never silently dropped.
import { useArticles, useOrphans } from '../data/queries.js';

export function OrphansView({ onOpen }: { onOpen(id: string): void }) {
  const orphans = useOrphans();
  const titles = new Map((useArticles().data ?? []).map((a) => [a.id, a.title]));
  const list = orphans.data ?? [];
  return (
    <section className="orphans-view" aria-label="Orphans">
      <header className="view-header">
        <div>
          <h1>Orphaned highlights</h1>
          <p className="view-subtitle">Highlights whose passage was not found after an article changed.</p>
        </div>
      </header>
      {orphans.error && (
        <div className="banner banner-error" role="alert">
          {orphans.error.message}
        </div>
      )}
      {orphans.data && !list.length ? (
        <div className="empty-state">
          <h2>Every highlight has its place</h2>
          <p>
            When a re-import changes an article so a highlighted passage disappears, the highlight is listed here with
            its quote.
          </p>
        </div>
      ) : (
        <ul className="orphan-list">
          {list.map((a) => (
            <li key={a.id} className="orphan-card">
              <blockquote>{a.target.quote.exact}</blockquote>
              <div className="orphan-meta">
                <button type="button" className="link-button" onClick={() => onOpen(a.articleId)}>
                  {titles.get(a.articleId) ?? a.articleId}
                </button>
                {a.tags.map((t) => (
                  <span key={t} className="chip">
                    {t}
                  </span>
                ))}
              </div>
              {a.note && <p className="orphan-note">{a.note}</p>}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
