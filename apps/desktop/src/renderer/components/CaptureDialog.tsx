// Quick capture: text or HTML pasted from anywhere becomes an article, with the
// metadata typed here. HTML copied from a browser is read as a web page on the
// notebook's side — as text, never as markup.
import { useState, type ClipboardEvent } from 'react';
import { useClient } from '../data/client-context.js';
import { Modal } from './Modal.js';
import { useToast } from './Toasts.js';

export interface Pasted {
  text: string;
  /** Set when the clipboard held HTML (a selection copied from a web page). */
  html?: string;
}

/** The clipboard's content as capture wants it: its HTML when it has some, and its plain text. */
export function pastedFrom(data: DataTransfer | null): Pasted {
  const html = data?.getData('text/html') ?? '';
  return { text: data?.getData('text/plain') ?? '', ...(html.trim() ? { html } : {}) };
}

export function CaptureDialog(props: { initial?: Pasted; onClose(): void; onOpen(id: string): void }) {
  const client = useClient();
  const toast = useToast();
  const [pasted, setPasted] = useState<Pasted>(props.initial ?? { text: '' });
  const [title, setTitle] = useState('');
  const [outlet, setOutlet] = useState('');
  const [date, setDate] = useState('');
  const [url, setUrl] = useState('');
  const [busy, setBusy] = useState(false);

  const onPaste = (event: ClipboardEvent<HTMLTextAreaElement>) => {
    const next = pastedFrom(event.clipboardData);
    if (!next.html) return; // Plain text pastes into the box as usual.
    event.preventDefault();
    setPasted(next);
  };

  const save = async () => {
    setBusy(true);
    try {
      const result = await client.call('articles.capture', {
        title: title.trim(),
        ...(outlet.trim() ? { outlet } : {}),
        ...(date.trim() ? { publishedAt: date } : {}),
        ...(url.trim() ? { url } : {}),
        ...(pasted.html ? { html: pasted.html } : { text: pasted.text }),
      });
      if (result.status === 'refused') throw new Error(result.message ?? 'the text was refused');
      toast.info(
        result.status === 'duplicate' ? `Already in the notebook as “${result.title}”` : `Captured “${result.title}”`,
      );
      props.onClose();
      if (result.articleId) props.onOpen(result.articleId);
    } catch (error) {
      toast.error(error);
    } finally {
      setBusy(false);
    }
  };

  const ready = title.trim() && (pasted.text.trim() || pasted.html?.trim());
  return (
    <Modal label="New article from pasted text" onClose={props.onClose} className="capture-dialog">
      <header className="modal-header">
        <h2>New article from pasted text</h2>
        <button type="button" className="icon-button" aria-label="Close" onClick={props.onClose}>
          ×
        </button>
      </header>
      <label className="field-label" htmlFor="capture-title">
        Title
      </label>
      <input id="capture-title" className="text-input" value={title} onChange={(e) => setTitle(e.target.value)} />
      <div className="capture-row">
        <label>
          <span className="field-label">Outlet</span>
          <input className="text-input" value={outlet} onChange={(e) => setOutlet(e.target.value)} />
        </label>
        <label>
          <span className="field-label">Date</span>
          <input
            className="text-input"
            placeholder="2025-03-11"
            value={date}
            onChange={(e) => setDate(e.target.value)}
          />
        </label>
      </div>
      <label className="field-label" htmlFor="capture-url">
        Address <span className="muted">(optional)</span>
      </label>
      <input id="capture-url" className="text-input" value={url} onChange={(e) => setUrl(e.target.value)} />
      <label className="field-label" htmlFor="capture-text">
        Text
      </label>
      <textarea
        id="capture-text"
        className="note-input"
        rows={8}
        value={pasted.text}
        placeholder="Paste the article here…"
        onPaste={onPaste}
        onChange={(e) => setPasted({ text: e.target.value })}
      />
      {pasted.html && (
        <p className="muted">Pasted from a web page: its headings, paragraphs and quotes are kept, as text.</p>
      )}
      <footer className="modal-actions">
        <button type="button" className="button button-quiet" onClick={props.onClose}>
          Cancel
        </button>
        <button type="button" className="button button-primary" disabled={!ready || busy} onClick={() => void save()}>
          Add to notebook
        </button>
      </footer>
    </Modal>
  );
}
