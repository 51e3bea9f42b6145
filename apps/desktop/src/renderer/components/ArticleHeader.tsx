// Title and metadata of the open article, each editable in place. A URL is
// only text here; it opens in the system browser through the shell, after the
// shell has checked it.
import type { Article } from '@dossier/core';
import { useClient } from '../data/client-context.js';
import { EditableField } from './EditableField.js';
import { useToast } from './Toasts.js';

type Field = 'title' | 'outlet' | 'author' | 'publishedAt' | 'url';

export function ArticleHeader({ article }: { article: Article }) {
  const client = useClient();
  const toast = useToast();
  const save = (field: Field) => async (value: string) => {
    try {
      await client.call('articles.update', { id: article.id, [field]: value });
    } catch (error) {
      toast.error(error);
      throw error;
    }
  };
  const openUrl = async () => {
    try {
      const { opened } = await client.call('shell.openExternal', { url: article.url ?? '' });
      if (!opened) toast.info('The link was not opened');
    } catch (error) {
      toast.error(error);
    }
  };

  return (
    <header className="article-header">
      <EditableField
        label="Title"
        className="article-title"
        value={article.title}
        placeholder="Untitled"
        onSave={save('title')}
      />
      {article.titleDerived && (
        <p className="hint">This title was taken from the first sentence; click it to give the article its headline.</p>
      )}
      <div className="meta-row">
        <EditableField label="Outlet" value={article.outlet ?? ''} placeholder="Add outlet" onSave={save('outlet')} />
        <span className="meta-sep" aria-hidden>
          ·
        </span>
        <EditableField label="Author" value={article.author ?? ''} placeholder="Add author" onSave={save('author')} />
        <span className="meta-sep" aria-hidden>
          ·
        </span>
        <EditableField
          label="Date"
          value={article.publishedAt ?? ''}
          placeholder="Add date (YYYY-MM-DD)"
          onSave={save('publishedAt')}
        />
      </div>
      <div className="meta-row meta-secondary">
        <EditableField
          label="URL"
          className="meta-url"
          value={article.url ?? ''}
          placeholder="Add source URL"
          onSave={save('url')}
        />
        {article.url && (
          <button type="button" className="link-button" onClick={() => void openUrl()} title="Open in your browser">
            Open ↗
          </button>
        )}
      </div>
      <div className="meta-row meta-secondary">
        <span title={`${article.source.encoding}, ${article.source.byteLength} bytes`}>
          From <code>{article.source.fileName}</code> · imported {article.importedAt.slice(0, 10)}
        </span>
      </div>
    </header>
  );
}
