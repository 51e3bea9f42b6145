// The window: sidebar, the current view in the centre, overlays on top. Holds
// navigation state and the shortcuts that work anywhere.
import type { LinkEnd } from '@dossier/core';
import { useCallback, useEffect, useState } from 'react';
import { CaptureDialog, pastedFrom, type Pasted } from './components/CaptureDialog.js';
import { DropZone } from './components/DropZone.js';
import { ErrorBoundary } from './components/ErrorBoundary.js';
import { HelpOverlay } from './components/HelpOverlay.js';
import { ImportPanel } from './components/ImportPanel.js';
import { LinkDialog } from './components/LinkDialog.js';
import { NotebookWarnings } from './components/NotebookWarnings.js';
import { SearchPalette } from './components/SearchPalette.js';
import { Sidebar } from './components/Sidebar.js';
import { useClient } from './data/client-context.js';
import { useNotebookInfo } from './data/queries.js';
import { useImport } from './data/use-import.js';
import { isMod, isTyping } from './text/shortcuts.js';
import { BriefView } from './views/BriefView.js';
import { ExportView } from './views/ExportView.js';
import { LibraryView, type LibraryFilter } from './views/LibraryView.js';
import { OrphansView } from './views/OrphansView.js';
import { ReaderView } from './views/ReaderView.js';
import { TagsView } from './views/TagsView.js';
import { StoriesView } from './views/StoriesView.js';
import { EntitiesView } from './views/EntitiesView.js';

export type View = 'library' | 'tags' | 'brief' | 'orphans' | 'reader' | 'stories' | 'entities' | 'export';

/** Where to scroll in the opened article, and flash; `key` makes a repeat request count. */
export interface ReaderFocus {
  start: number;
  end: number;
  key: number;
}

type Overlay =
  { kind: 'search' } | { kind: 'help' } | { kind: 'link'; from: LinkEnd } | { kind: 'capture'; pasted?: Pasted } | null;

const NAV_KEYS: Record<string, View> = {
  '1': 'library',
  '2': 'tags',
  '3': 'brief',
  '4': 'orphans',
  '5': 'stories',
  '6': 'entities',
  '7': 'export',
};

export function App() {
  const client = useClient();
  const [view, setView] = useState<View>('library');
  const [articleId, setArticleId] = useState<string | null>(null);
  const [focus, setFocus] = useState<ReaderFocus | null>(null);
  const [filter, setFilter] = useState<LibraryFilter>({});
  const [overlay, setOverlay] = useState<Overlay>(null);
  const imports = useImport();
  // A notebook open read-only takes nothing in: Import, Paste, the shortcut and drops are off (Sidebar says why).
  const readOnly = useNotebookInfo().data?.readOnly === true;

  const openArticle = useCallback((id: string, at?: { start: number; end: number }) => {
    setArticleId(id);
    setFocus(at ? { ...at, key: Date.now() } : null);
    setView('reader');
  }, []);

  const showLibrary = useCallback((next: LibraryFilter) => {
    setFilter(next);
    setView('library');
  }, []);

  // Another notebook replaced this one: nothing selected here exists there.
  useEffect(
    () =>
      client.onEvent((event) => {
        if (event.type === 'notebook.opened') {
          setArticleId(null);
          setFilter({});
          setView('library');
        }
        if (event.type === 'menu.command' && event.command === 'shortcuts') setOverlay({ kind: 'help' });
        if (event.type === 'menu.command' && event.command === 'export') setView('export');
      }),
    [client],
  );

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (isMod(event) && event.key.toLowerCase() === 'k') {
        event.preventDefault();
        setOverlay({ kind: 'search' });
        return;
      }
      if (isMod(event) && event.key.toLowerCase() === 'o') {
        event.preventDefault();
        if (!readOnly) void imports.importWithDialog();
        return;
      }
      if (event.key === 'Escape') {
        if (overlay) setOverlay(null);
        else if (view === 'reader') setView('library');
        return;
      }
      if (isTyping(event.target) || event.ctrlKey || event.metaKey || event.altKey) return;
      if (event.key === '?') {
        event.preventDefault();
        setOverlay({ kind: 'help' });
      } else if (!overlay && NAV_KEYS[event.key]) {
        setView(NAV_KEYS[event.key]!);
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [overlay, view, imports, readOnly]);

  // Pasting outside a text field makes a new article of what was pasted.
  useEffect(() => {
    const onPaste = (event: ClipboardEvent) => {
      if (overlay || readOnly || isTyping(event.target)) return;
      const pasted = pastedFrom(event.clipboardData);
      if (!pasted.text.trim() && !pasted.html) return;
      event.preventDefault();
      setOverlay({ kind: 'capture', pasted });
    };
    window.addEventListener('paste', onPaste);
    return () => window.removeEventListener('paste', onPaste);
  }, [overlay, readOnly]);

  const closeOverlay = useCallback(() => setOverlay(null), []);

  return (
    <div className="app">
      <Sidebar
        view={view}
        filter={filter}
        onNavigate={setView}
        onFilter={showLibrary}
        onSearch={() => setOverlay({ kind: 'search' })}
        onImport={() => void imports.importWithDialog()}
        onCapture={() => setOverlay({ kind: 'capture' })}
        onHelp={() => setOverlay({ kind: 'help' })}
      />
      <main className="centre">
        <NotebookWarnings />
        <ErrorBoundary label="This view failed to render">
          {view === 'library' && <LibraryView filter={filter} onFilter={setFilter} onOpen={openArticle} />}
          {view === 'reader' && articleId && (
            <ReaderView
              key={articleId}
              articleId={articleId}
              focus={focus}
              active={overlay === null}
              onBack={() => setView('library')}
              onOpen={openArticle}
              onLink={(from) => setOverlay({ kind: 'link', from })}
              onFilter={showLibrary}
            />
          )}
          {view === 'tags' && <TagsView onFilter={showLibrary} />}
          {view === 'brief' && <BriefView active={overlay === null} />}
          {view === 'orphans' && <OrphansView onOpen={openArticle} />}
          {view === 'stories' && <StoriesView onOpen={openArticle} />}
          {view === 'entities' && <EntitiesView onOpen={openArticle} />}
          {view === 'export' && <ExportView />}
        </ErrorBoundary>
      </main>
      {overlay?.kind === 'search' && <SearchPalette onClose={closeOverlay} onOpen={openArticle} />}
      {overlay?.kind === 'help' && <HelpOverlay onClose={closeOverlay} />}
      {overlay?.kind === 'link' && <LinkDialog from={overlay.from} onClose={closeOverlay} onOpen={openArticle} />}
      {overlay?.kind === 'capture' && (
        <CaptureDialog initial={overlay.pasted} onClose={closeOverlay} onOpen={openArticle} />
      )}
      <ImportPanel imports={imports} onOpen={openArticle} />
      <DropZone onFiles={(files) => void imports.importFiles(files)} readOnly={readOnly} />
    </div>
  );
}
