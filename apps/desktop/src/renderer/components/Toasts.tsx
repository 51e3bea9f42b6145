// Short-lived messages: confirmations ("Copied") and errors with their message.
// Errors stay until dismissed, so a failure is never missed.
import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from 'react';

export interface Toast {
  id: number;
  kind: 'info' | 'error';
  message: string;
}

interface Notifier {
  info(message: string): void;
  error(error: unknown): void;
}

const ToastContext = createContext<Notifier>({ info: () => undefined, error: () => undefined });

export function useToast(): Notifier {
  return useContext(ToastContext);
}

let nextId = 1;

export function ToastProvider({ children }: { children: ReactNode }) {
  const [toasts, setToasts] = useState<Toast[]>([]);
  const dismiss = useCallback((id: number) => setToasts((all) => all.filter((t) => t.id !== id)), []);
  const notifier = useMemo<Notifier>(
    () => ({
      info(message) {
        const id = nextId++;
        setToasts((all) => [...all, { id, kind: 'info', message }]);
        setTimeout(() => dismiss(id), 2500);
      },
      error(error) {
        const message = error instanceof Error ? error.message : String(error);
        setToasts((all) => [...all, { id: nextId++, kind: 'error', message }]);
      },
    }),
    [dismiss],
  );
  return (
    <ToastContext.Provider value={notifier}>
      {children}
      <div className="toasts" aria-live="polite">
        {toasts.map((t) => (
          <div key={t.id} className={`toast toast-${t.kind}`} role={t.kind === 'error' ? 'alert' : 'status'}>
            <span>{t.message}</span>
            <button type="button" className="toast-close" aria-label="Dismiss" onClick={() => dismiss(t.id)}>
              ×
            </button>
          </div>
        ))}
      </div>
    </ToastContext.Provider>
  );
}
