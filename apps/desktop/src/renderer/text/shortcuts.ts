// Every keyboard shortcut, in one table the help overlay lists. `mod` is Ctrl
// (Cmd on macOS).
export interface Shortcut {
  keys: string;
  action: string;
}

export const SHORTCUT_GROUPS: { title: string; shortcuts: Shortcut[] }[] = [
  {
    title: 'Anywhere',
    shortcuts: [
      { keys: 'mod K', action: 'Search the notebook' },
      { keys: 'mod O', action: 'Import files' },
      {
        keys: '1 · 2 · 3 · 4 · 5 · 6 · 7',
        action: 'Library · Tags · Brief · Orphans · Stories · People & places · Export',
      },
      { keys: '?', action: 'Show this help' },
      { keys: 'Esc', action: 'Close an overlay, or go back to the library' },
    ],
  },
  {
    title: 'Library',
    shortcuts: [
      { keys: '↑ ↓  (j k)', action: 'Move through the articles' },
      { keys: 'Enter', action: 'Open the article' },
    ],
  },
  {
    title: 'Reader',
    shortcuts: [
      { keys: 'H', action: 'Highlight the selected text' },
      { keys: 'T', action: 'Highlight and tag the selection' },
      { keys: 'N', action: 'Highlight the selection with a note' },
      { keys: 'L', action: 'Link this article (or the selection) to another' },
      { keys: 'C', action: 'Show or hide removed clutter' },
      { keys: 'Enter · Esc', action: 'Save · cancel a field being edited' },
    ],
  },
  {
    title: 'Search and pickers',
    shortcuts: [
      { keys: '↑ ↓', action: 'Move through results' },
      { keys: 'Enter', action: 'Open the result' },
    ],
  },
  {
    title: 'Brief',
    shortcuts: [
      { keys: 'mod S', action: 'Save the brief to a file' },
      { keys: 'mod Shift C', action: 'Copy the brief' },
    ],
  },
];

/** Whether a key event comes from a place the user types into, where letter shortcuts must not fire. */
export function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName);
}

export function isMod(event: KeyboardEvent): boolean {
  return navigator.platform.startsWith('Mac') ? event.metaKey : event.ctrlKey;
}
