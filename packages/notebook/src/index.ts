export { openNotebook, openSampleNotebook, type Notebook } from './open.js';
export type { OpenOptions } from './notebook.js';
export { defaultNotebookDir } from './paths.js';
export { dispatch } from '@dossier/core';
export { writeObsidianVault, USER_MARKER, type VaultFileReport } from './export/index.js';
export { setExtractionWorkerFile } from './import/extractor.js';
