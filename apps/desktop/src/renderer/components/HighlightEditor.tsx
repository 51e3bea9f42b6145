// The popover for one highlight: its quote, tags and Markdown note. Used to
// make a new highlight from a selection and to edit (or delete) an existing one.
import { useState, type KeyboardEvent } from 'react';
import { TagPicker } from './TagPicker.js';

export interface HighlightDraft {
  tags: string[];
  note: string;
}

interface Props {
  title: string;
  quote: string;
  initial: HighlightDraft;
  focus: 'tags' | 'note';
  position: { top: number; left: number };
  saveLabel: string;
  onSave(draft: HighlightDraft): void;
  onCancel(): void;
  onDelete?(): void;
  onLink?(): void;
}

export function HighlightEditor(props: Props) {
  const [tags, setTags] = useState(props.initial.tags);
  const [note, setNote] = useState(props.initial.note);
  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key === 'Escape') {
      e.stopPropagation();
      props.onCancel();
    } else if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
      e.preventDefault();
      props.onSave({ tags, note });
    }
  };
  return (
    <div
      className="popover highlight-editor"
      role="dialog"
      aria-label={props.title}
      style={{ top: props.position.top, left: props.position.left }}
      onKeyDown={onKeyDown}
      onMouseDown={(e) => e.stopPropagation()}
    >
      <header className="popover-header">
        <h3>{props.title}</h3>
        <button type="button" className="icon-button" aria-label="Close" onClick={props.onCancel}>
          ×
        </button>
      </header>
      <blockquote className="popover-quote">{props.quote}</blockquote>
      <label className="field-label">Tags</label>
      <TagPicker value={tags} onChange={setTags} autoFocus={props.focus === 'tags'} />
      <label className="field-label" htmlFor="highlight-note">
        Note <span className="muted">(Markdown)</span>
      </label>
      <textarea
        id="highlight-note"
        className="note-input"
        rows={4}
        value={note}
        autoFocus={props.focus === 'note'}
        placeholder="Why this passage matters…"
        onChange={(e) => setNote(e.target.value)}
      />
      <footer className="popover-actions">
        {props.onDelete && (
          <button type="button" className="button button-danger" onClick={props.onDelete}>
            Delete
          </button>
        )}
        {props.onLink && (
          <button type="button" className="button button-quiet" onClick={props.onLink}>
            Link…
          </button>
        )}
        <span className="spacer" />
        <button type="button" className="button button-quiet" onClick={props.onCancel}>
          Cancel
        </button>
        <button type="button" className="button button-primary" onClick={() => props.onSave({ tags, note })}>
          {props.saveLabel}
        </button>
      </footer>
    </div>
  );
}
