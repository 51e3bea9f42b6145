// Renderer entry: one client over the runtime's bridge, then the app.
import { createClient } from '@dossier/core';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App.js';
import { getBridge } from './bridge/index.js';
import { ErrorBoundary } from './components/ErrorBoundary.js';
import { ToastProvider } from './components/Toasts.js';
import { ClientProvider } from './data/client-context.js';
import './styles/base.css';
import './styles/layout.css';
import './styles/library.css';
import './styles/reader.css';
import './styles/overlays.css';
import './styles/views.css';

const root = createRoot(document.getElementById('root')!);

function start() {
  const client = createClient(getBridge());
  root.render(
    <StrictMode>
      <ErrorBoundary label="Dossier could not show this screen">
        <ToastProvider>
          <ClientProvider client={client}>
            <App />
          </ClientProvider>
        </ToastProvider>
      </ErrorBoundary>
    </StrictMode>,
  );
}

try {
  start();
} catch (error) {
  // No bridge means no notebook: say so instead of showing an empty window.
  root.render(
    <div className="error-state" role="alert">
      <h2>Dossier cannot reach its notebook</h2>
      <p className="error-message">{error instanceof Error ? error.message : String(error)}</p>
    </div>,
  );
}
