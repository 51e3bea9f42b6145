// A dialog over the window: a backdrop that closes it on click, focus moved
// inside on open and given back on close.
import { useEffect, useRef, type ReactNode } from 'react';

export function Modal(props: { label: string; onClose(): void; className?: string; children: ReactNode }) {
  const dialog = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const before = document.activeElement as HTMLElement | null;
    // A field to type in gets the focus; a dialog that only shows things keeps it on itself.
    const first = dialog.current?.querySelector<HTMLElement>('[data-autofocus], input:not([type=radio]), textarea');
    (first ?? dialog.current)?.focus();
    return () => before?.focus?.();
  }, []);
  return (
    <div className="backdrop" onMouseDown={(e) => e.target === e.currentTarget && props.onClose()}>
      <div
        ref={dialog}
        className={`modal ${props.className ?? ''}`}
        role="dialog"
        aria-modal="true"
        aria-label={props.label}
        tabIndex={-1}
      >
        {props.children}
      </div>
    </div>
  );
}
