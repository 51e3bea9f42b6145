// The bridge for `pnpm dev:web`: the renderer runs in an ordinary browser tab and
// reaches the real notebook through the dev server's loopback endpoints. The
// per-run token comes from a meta tag the dev server writes into index.html.
import type { AppEvent, DispatchResult, DossierBridge } from '@dossier/core';

export const TOKEN_META = 'dossier-dev-token';

export function createHttpBridge(token: string, base = ''): DossierBridge {
  const listeners = new Set<(event: AppEvent) => void>();
  let source: EventSource | undefined;

  // One stream serves every listener; it opens with the first and closes with the last.
  const connect = () => {
    source = new EventSource(`${base}/__dossier/events?token=${encodeURIComponent(token)}`);
    source.onmessage = (message) => {
      const event = JSON.parse(String(message.data)) as AppEvent;
      for (const listener of listeners) listener(event);
    };
  };

  return {
    async invoke(method, input) {
      try {
        const response = await fetch(`${base}/__dossier/invoke`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', 'x-dossier-token': token },
          body: JSON.stringify({ method, input }),
        });
        if (!response.ok) {
          return failure(`dev server answered ${response.status} ${response.statusText}`);
        }
        return (await response.json()) as DispatchResult;
      } catch (error) {
        return failure(`dev server unreachable: ${error instanceof Error ? error.message : String(error)}`);
      }
    },
    onEvent(listener) {
      listeners.add(listener);
      if (!source) connect();
      return () => {
        listeners.delete(listener);
        if (listeners.size === 0) {
          source?.close();
          source = undefined;
        }
      };
    },
  };
}

function failure(message: string): DispatchResult {
  return { ok: false, error: { code: 'io_error', message } };
}
