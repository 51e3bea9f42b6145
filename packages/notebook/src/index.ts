export { openNotebook, openSampleNotebook, type Notebook } from './open.js';
export type { OpenOptions } from './notebook.js';
export { defaultNotebookDir } from './paths.js';
export { dispatch } from '@dossier/core';
export {
  evaluateLabelledFolder,
  formatEvaluation,
  readLabels,
  type Evaluation,
  type EvaluationFigures,
} from './intelligence/evaluate.js';
