// Files dropped anywhere on the window are imported; while files are dragged
// over it the window says so. Anything else dropped — a link, text — is
// refused with a word to the user: left to the browser, a dropped link would
// navigate the window to it. Text fields keep their own drops (text goes in as text).
import { useEffect, useState } from 'react';
import { useToast } from './Toasts.js';

const hasFiles = (event: DragEvent) => Boolean(event.dataTransfer?.types.includes('Files'));
const intoTextField = (event: DragEvent) =>
  event.target instanceof HTMLElement && event.target.closest('input, textarea, [contenteditable]') !== null;

/** `readOnly`: the notebook takes nothing in, and a drop of files says so instead of importing them. */
export function DropZone({ onFiles, readOnly = false }: { onFiles(files: File[]): void; readOnly?: boolean }) {
  const [over, setOver] = useState(false);
  const toast = useToast();
  useEffect(() => {
    // dragenter/dragleave fire for every child crossed; count them to know when the drag left the window.
    let depth = 0;
    const enter = (e: DragEvent) => {
      if (!hasFiles(e)) return;
      depth++;
      setOver(true);
    };
    const leave = () => {
      depth = Math.max(0, depth - 1);
      if (depth === 0) setOver(false);
    };
    const overWindow = (e: DragEvent) => {
      if (!hasFiles(e) && intoTextField(e)) return;
      // Taking every drag (not only files) is what keeps a dropped link from navigating the window.
      e.preventDefault();
      // (A link keeps the browser's own drop effect, so the drop arrives and the user hears why it was refused.)
      if (e.dataTransfer && hasFiles(e)) e.dataTransfer.dropEffect = 'copy';
    };
    const drop = (e: DragEvent) => {
      depth = 0;
      setOver(false);
      const files = [...(e.dataTransfer?.files ?? [])];
      if (!files.length && intoTextField(e)) return;
      // Without this the browser would navigate to the dropped file or link.
      e.preventDefault();
      if (files.length && readOnly)
        toast.info('This notebook is open read-only (another Dossier holds it): nothing can be imported into it.');
      else if (files.length) onFiles(files);
      else toast.info('Only files can be imported: drop .txt or .md files. Dropped links are not opened.');
    };
    window.addEventListener('dragenter', enter);
    window.addEventListener('dragleave', leave);
    window.addEventListener('dragover', overWindow);
    window.addEventListener('drop', drop);
    return () => {
      window.removeEventListener('dragenter', enter);
      window.removeEventListener('dragleave', leave);
      window.removeEventListener('dragover', overWindow);
      window.removeEventListener('drop', drop);
    };
  }, [onFiles, toast, readOnly]);
  if (!over || readOnly) return null;
  return (
    <div className="drop-zone" aria-hidden="true">
      <div className="drop-zone-inner">Drop articles to import them: .txt, .md, saved web pages (.html) or PDFs</div>
    </div>
  );
}
