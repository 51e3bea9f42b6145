// The small toolbar over selected text in the reader.
import type { MouseEvent } from 'react';
interface Props {
  position: { top: number; left: number };
  onHighlight(): void;
  onTag(): void;
  onNote(): void;
  onLink(): void;
}

export function SelectionToolbar(props: Props) {
  // Keeps the selection alive: a mousedown on a button would otherwise clear it.
  const keep = (e: MouseEvent) => e.preventDefault();
  return (
    <div
      className="selection-toolbar"
      role="toolbar"
      aria-label="Selection"
      style={{ top: props.position.top, left: props.position.left }}
      onMouseDown={keep}
    >
      <button type="button" onClick={props.onHighlight} title="Highlight (H)">
        Highlight <kbd>H</kbd>
      </button>
      <button type="button" onClick={props.onTag} title="Tag (T)">
        Tag… <kbd>T</kbd>
      </button>
      <button type="button" onClick={props.onNote} title="Note (N)">
        Note… <kbd>N</kbd>
      </button>
      <button type="button" onClick={props.onLink} title="Link (L)">
        Link… <kbd>L</kbd>
      </button>
    </div>
  );
}
