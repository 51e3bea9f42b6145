import { SHORTCUT_GROUPS } from '../text/shortcuts.js';
import { Modal } from './Modal.js';

const mod = navigator.platform.startsWith('Mac') ? '⌘' : 'Ctrl';

export function HelpOverlay({ onClose }: { onClose(): void }) {
  return (
    <Modal label="Keyboard shortcuts" onClose={onClose} className="help">
      <header className="modal-header">
        <h2>Keyboard shortcuts</h2>
        <button type="button" className="icon-button" aria-label="Close" onClick={onClose}>
          ×
        </button>
      </header>
      <div className="help-groups">
        {SHORTCUT_GROUPS.map((group) => (
          <section key={group.title}>
            <h3>{group.title}</h3>
            <dl>
              {group.shortcuts.map((s) => (
                <div key={s.keys} className="help-row">
                  <dt>
                    <kbd>{s.keys.replace(/\bmod\b/gu, mod)}</kbd>
                  </dt>
                  <dd>{s.action}</dd>
                </div>
              ))}
            </dl>
          </section>
        ))}
      </div>
    </Modal>
  );
}
