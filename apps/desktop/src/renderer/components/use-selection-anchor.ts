// Watches the reader's text selection and reports it in canonical offsets with
// the place (inside the scrolling reader) where a toolbar should float.
import { useEffect, useState, type RefObject } from 'react';
import { selectionRange } from '../text/selection-offsets.js';

export interface Anchored {
  start: number;
  end: number;
  position: { top: number; left: number };
}

/** Where a popover for `rect` goes inside `container`, whose content scrolls. */
export function positionIn(container: HTMLElement, rect: DOMRect, below = false): { top: number; left: number } {
  const box = container.getBoundingClientRect();
  const left = Math.max(12, Math.min(rect.left + rect.width / 2 - box.left, box.width - 12));
  const top = (below ? rect.bottom + 8 : rect.top - 8) - box.top + container.scrollTop;
  return { top, left };
}

export function useSelectionAnchor(
  body: RefObject<HTMLElement | null>,
  container: RefObject<HTMLElement | null>,
  text: string,
  paused: boolean,
): [Anchored | null, () => void] {
  const [anchored, setAnchored] = useState<Anchored | null>(null);
  useEffect(() => {
    if (paused) return;
    let frame = 0;
    const update = () => {
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(() => {
        const root = body.current;
        const box = container.current;
        const range = root && text ? selectionRange(root, text) : null;
        const selection = document.getSelection();
        if (!range || !box || !selection?.rangeCount) return setAnchored(null);
        const rect = selection.getRangeAt(0).getBoundingClientRect();
        setAnchored({ ...range, position: positionIn(box, rect) });
      });
    };
    document.addEventListener('selectionchange', update);
    return () => {
      cancelAnimationFrame(frame);
      document.removeEventListener('selectionchange', update);
    };
  }, [body, container, text, paused]);
  const clear = () => {
    document.getSelection()?.removeAllRanges();
    setAnchored(null);
  };
  return [anchored, clear];
}
