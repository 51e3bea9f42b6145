// "See also" beside the reader: the articles most related to this one, with
// the reason (shared names, figures, sentences) and the closest passage.
import { useNotebookQuery } from '../data/notebook-query.js';

export function RelatedSection({ articleId, onOpen }: { articleId: string; onOpen(id: string): void }) {
  const related = useNotebookQuery(`related:${articleId}`, (c) => c.call('related.list', { articleId, limit: 5 }), [
    'articles',
    'links',
  ]);
  const list = related.data ?? [];
  return (
    <section className="panel-section" aria-label="See also">
      <h2 className="panel-heading">See also</h2>
      {related.error && <p className="panel-empty">{related.error.message}</p>}
      {related.data && !list.length && <p className="panel-empty">No related articles yet.</p>}
      <ul className="related-list">
        {list.map((item) => (
          <li key={item.articleId} className="related-item">
            <button
              type="button"
              className="link-title"
              aria-label={`Open related article: ${item.title}`}
              onClick={() => onOpen(item.articleId)}
            >
              {item.title}
            </button>
            {item.sameStory && <span className="kind kind-same-story">same-story</span>}
            <span className="related-reason">{item.reason}</span>
            {item.passage && <span className="related-passage">“{item.passage}”</span>}
          </li>
        ))}
      </ul>
    </section>
  );
}
