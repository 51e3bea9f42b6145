// The one client every view talks through, handed down by context so views
// never reach for `window` themselves.
import { createContext, useContext, type ReactNode } from 'react';
import type { DossierClient } from '@dossier/core';

const ClientContext = createContext<DossierClient | null>(null);

export function ClientProvider({ client, children }: { client: DossierClient; children: ReactNode }) {
  return <ClientContext.Provider value={client}>{children}</ClientContext.Provider>;
}

export function useClient(): DossierClient {
  const client = useContext(ClientContext);
  if (!client) throw new Error('useClient outside <ClientProvider>');
  return client;
}
