export { openNotebook, openSampleNotebook, type Notebook } from './open.js';
export type { OpenOptions } from './notebook.js';
export { defaultNotebookDir } from './paths.js';
export { dispatch } from '@dossier/core';
export { rebuildCatalog, needsCatalogRebuild } from './service/repair.js';
export { restoreArchive } from './storage/archive.js';
export { importLimit, MAX_IMPORT_BYTES, tooLargeMessage } from './import/size-limit.js';
export { readSavedIndex } from './search-sync.js';
export {
  evaluateLabelledFolder,
  formatEvaluation,
  readLabels,
  type Evaluation,
  type EvaluationFigures,
} from './intelligence/evaluate.js';
export { writeObsidianVault, USER_MARKER, type VaultFileReport } from './export/index.js';
export { setExtractionWorkerFile } from './import/extractor.js';
export { loadCompromise } from './intelligence/language-tools.js';
export { refreshSearchPostings } from './fts-postings-refresh.js';
