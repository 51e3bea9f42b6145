// What the notebook had to work around when it opened (a damaged file kept
// aside, a backup used, a cut-off change put back), said once at the top of
// the window until the user has read it. Nothing was lost silently: this is
// where the user learns what happened.
import { useState } from 'react';
import { useNotebookInfo } from '../data/queries.js';

export function NotebookWarnings() {
  const info = useNotebookInfo();
  const [dismissed, setDismissed] = useState<string | null>(null);
  const warnings = info.data?.warnings ?? [];
  // A notebook opened later may have warnings of its own: dismissal is per notebook and per set of warnings.
  const key = `${info.data?.path ?? ''}\n${warnings.join('\n')}`;
  if (!warnings.length || dismissed === key) return null;
  return (
    <div className="banner banner-warning notebook-warnings" role="alert">
      <strong>When this notebook opened, Dossier had to work around damage:</strong>
      <ul>
        {warnings.map((warning) => (
          <li key={warning}>{warning}</li>
        ))}
      </ul>
      <p>
        Nothing was written over; the damaged copies are still in the notebook folder. Run{' '}
        <code>dossier check --repair</code> to restore what can be restored.
      </p>
      <button type="button" onClick={() => setDismissed(key)}>
        Got it
      </button>
    </div>
  );
}
