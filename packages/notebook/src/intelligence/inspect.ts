// `check` on the intelligence files: intelligence.json holds the user's
// decisions (dismissed suggestions, entity aliases) and is reported as an
// error when damaged; intelligence-cache.json is derived data, so a damaged,
// or outdated one is a warning — it is rebuilt on the next use. Entries of
// changed articles are normal (redone on next use) and not reported. The same
// holds for intelligence-stories.ndjson, the saved story index.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { NotebookState } from '../notebook.js';
import type { Problem } from '../service/check.js';
import { INTELLIGENCE_FILE, parseDecisions } from './intelligence.js';
import { INTELLIGENCE_CACHE_FILE, readIntelligenceCache } from './persisted.js';
import { STORY_STATE_FILE, readStoryState, storyStateHeader } from './story-state.js';

export async function inspectIntelligence(state: NotebookState): Promise<Problem[]> {
  const problems: Problem[] = [];
  let raw: string | undefined;
  try {
    raw = await readFile(join(state.dir, INTELLIGENCE_FILE), 'utf8');
  } catch {
    raw = undefined; // No decisions yet.
  }
  if (raw !== undefined) {
    if (!parseDecisions(raw)) {
      problems.push({
        file: INTELLIGENCE_FILE,
        message: 'damaged: dismissals and aliases cannot be read',
        severity: 'error',
      });
    }
  }
  const cache = await readIntelligenceCache(state.dir);
  if (!cache.usable) {
    if (cache.reason !== 'missing') {
      problems.push({
        file: INTELLIGENCE_CACHE_FILE,
        message: `${cache.reason}: derived data, rebuilt from the articles on next use`,
        severity: 'warning',
      });
    }
  }
  const decisions = raw === undefined ? { aliases: [] } : parseDecisions(raw);
  if (decisions) {
    const stories = await readStoryState(state.dir, storyStateHeader(decisions.aliases));
    const reason = stories.usable ? stories.damaged : stories.reason !== 'missing' ? stories.reason : undefined;
    if (reason) {
      problems.push({
        file: STORY_STATE_FILE,
        message: `${reason}: derived data, rebuilt from the articles on next use`,
        severity: 'warning',
      });
    }
  }
  return problems;
}
