export { openNotebook, openSampleNotebook, type Notebook } from './open.js';
export type { OpenOptions } from './notebook.js';
export { defaultNotebookDir } from './paths.js';
export { dispatch } from '@dossier/core';
export { MAX_IMPORT_BYTES, tooLargeMessage } from './import/size-limit.js';
