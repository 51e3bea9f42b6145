// Links the current article (or one of its highlights) to another article,
// with a kind and a note. The link shows at both ends.
import { LINK_KINDS, type LinkEnd, type LinkKind } from '@dossier/core';
import { useState } from 'react';
import { useClient } from '../data/client-context.js';
import { useArticle } from '../data/queries.js';
import { ArticlePicker } from './ArticlePicker.js';
import { Modal } from './Modal.js';
import { useToast } from './Toasts.js';

const KIND_HINT: Record<LinkKind, string> = {
  related: 'on the same subject',
  'same-story': 'reports the same story',
  supports: 'backs this up',
  contradicts: 'says otherwise',
  'follows-up': 'comes after this',
};

export function LinkDialog(props: { from: LinkEnd; onClose(): void; onOpen(id: string): void }) {
  const client = useClient();
  const toast = useToast();
  const source = useArticle(props.from.articleId).data;
  const [to, setTo] = useState<string | null>(null);
  const [kind, setKind] = useState<LinkKind>('related');
  const [note, setNote] = useState('');

  const create = async () => {
    if (!to) return;
    try {
      await client.call('links.create', { from: props.from, to: { articleId: to }, kind, note });
      toast.info('Link created');
      props.onClose();
    } catch (error) {
      toast.error(error);
    }
  };

  return (
    <Modal label="Link to another article" onClose={props.onClose} className="link-dialog">
      <header className="modal-header">
        <div>
          <h2>Link {props.from.annotationId ? 'this highlight' : 'this article'}</h2>
          {source && <p className="view-subtitle">from “{source.title}”</p>}
        </div>
        <button type="button" className="icon-button" aria-label="Close" onClick={props.onClose}>
          ×
        </button>
      </header>
      <ArticlePicker exclude={props.from.articleId} value={to} onChange={setTo} />
      <fieldset className="kind-picker">
        <legend className="field-label">Kind of link</legend>
        {LINK_KINDS.map((k) => (
          <label key={k} className={`kind-option ${kind === k ? 'is-chosen' : ''}`} title={KIND_HINT[k]}>
            <input type="radio" name="link-kind" value={k} checked={kind === k} onChange={() => setKind(k)} />
            {k}
          </label>
        ))}
      </fieldset>
      <label className="field-label" htmlFor="link-note">
        Note <span className="muted">(optional)</span>
      </label>
      <textarea
        id="link-note"
        className="note-input"
        rows={2}
        value={note}
        placeholder="How these relate…"
        onChange={(e) => setNote(e.target.value)}
      />
      <footer className="modal-actions">
        <button type="button" className="button button-quiet" onClick={props.onClose}>
          Cancel
        </button>
        <button type="button" className="button button-primary" disabled={!to} onClick={() => void create()}>
          Create link
        </button>
      </footer>
    </Modal>
  );
}
