// Progress of an import and, once done, what happened to every file: imported,
// already there, or refused with the reason.
import { type ImportResult, formatCount } from '@dossier/core';
import type { Imports } from '../data/use-import.js';

const STATUS_LABEL: Record<ImportResult['status'], string> = {
  imported: 'Imported',
  updated: 'Updated',
  duplicate: 'Already imported',
  refused: 'Refused',
};

export function ImportPanel({ imports, onOpen }: { imports: Imports; onOpen(id: string): void }) {
  const { progress, results, cancelled } = imports;
  if (!progress && !results.length && cancelled === null) return null;
  const counts = results.reduce<Record<string, number>>(
    (acc, r) => ({ ...acc, [r.status]: (acc[r.status] ?? 0) + 1 }),
    {},
  );
  return (
    <aside className="import-panel" aria-label="Import">
      <header className="import-header">
        <strong>{progress ? 'Importing…' : cancelled !== null ? 'Import cancelled' : 'Import finished'}</strong>
        {progress && (
          <button type="button" className="link-button" onClick={imports.cancel}>
            Cancel
          </button>
        )}
        {!progress && (
          <button type="button" className="icon-button" aria-label="Close import results" onClick={imports.clear}>
            ×
          </button>
        )}
      </header>
      {progress && (
        <div className="import-progress">
          <progress max={progress.total} value={progress.done} />
          <span>
            {formatCount(progress.done)} of {formatCount(progress.total)}{' '}
            {progress.current && <em>· {progress.current}</em>}
          </span>
        </div>
      )}
      {!progress && (
        <p className="import-summary">
          {Object.entries(counts)
            .map(([status, n]) => `${formatCount(n)} ${STATUS_LABEL[status as ImportResult['status']].toLowerCase()}`)
            .join(' · ')}
          {cancelled !== null && `${results.length ? ' · ' : ''}${formatCount(cancelled)} not imported (cancelled)`}
        </p>
      )}
      <ul className="import-results">
        {results.map((r, i) => (
          <li key={`${r.name}-${i}`} className={`import-result status-${r.status}`}>
            <span className="import-status">{STATUS_LABEL[r.status]}</span>
            <span className="import-name">
              {r.articleId && r.status !== 'refused' ? (
                <button type="button" className="link-button" onClick={() => onOpen(r.articleId!)}>
                  {r.title ?? r.name}
                </button>
              ) : (
                r.name
              )}
            </span>
            {r.message && <span className="import-message">{r.message}</span>}
          </li>
        ))}
      </ul>
    </aside>
  );
}
