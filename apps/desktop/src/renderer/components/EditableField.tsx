// A value shown as text that turns into an input on click: Enter (or leaving
// the field) saves, Esc cancels.
import { useRef, useState, type KeyboardEvent } from 'react';

interface Props {
  label: string;
  value: string;
  placeholder: string;
  className?: string;
  onSave(value: string): Promise<unknown>;
}

export function EditableField(props: Props) {
  const [draft, setDraft] = useState<string | null>(null);
  const settled = useRef(false);

  const start = () => {
    settled.current = false;
    setDraft(props.value);
  };
  const finish = async (save: boolean) => {
    if (settled.current || draft === null) return;
    settled.current = true;
    const next = draft.trim();
    setDraft(null);
    if (save && next !== props.value) await props.onSave(next).catch(() => undefined);
  };

  if (draft !== null) {
    const onKeyDown = (e: KeyboardEvent) => {
      if (e.key === 'Enter') void finish(true);
      else if (e.key === 'Escape') void finish(false);
      else return;
      e.preventDefault();
      e.stopPropagation();
    };
    return (
      <input
        className={`field-input ${props.className ?? ''}`}
        aria-label={props.label}
        value={draft}
        placeholder={props.placeholder}
        autoFocus
        onChange={(e) => setDraft(e.target.value)}
        onKeyDown={onKeyDown}
        onBlur={() => void finish(true)}
      />
    );
  }
  return (
    <button
      type="button"
      className={`field ${props.value ? '' : 'field-empty'} ${props.className ?? ''}`}
      title={`Edit ${props.label.toLowerCase()}`}
      aria-label={`${props.label}: ${props.value || 'not set'} (click to edit)`}
      onClick={start}
    >
      {props.value || props.placeholder}
    </button>
  );
}
